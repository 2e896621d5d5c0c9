/** An operating-system error (EACCES, EISDIR, ENOSPC…) as one line the user reads, Chinese first. */
import type { Locale } from "../i18n";

const REASONS: Record<string, [string, string]> = {
  ENOENT: ["文件不存在", "no such file"],
  EACCES: ["没有读取权限", "permission denied"],
  EPERM: ["没有权限", "operation not permitted"],
  EISDIR: ["是文件夹，不是文件", "is a folder, not a file"],
  ENOTDIR: ["路径中有一段不是文件夹", "a part of the path is not a folder"],
  ELOOP: ["符号链接循环", "too many symbolic links"],
  ENAMETOOLONG: ["文件名太长", "file name too long"],
  EMFILE: ["同时打开的文件太多", "too many open files"],
  ENFILE: ["同时打开的文件太多", "too many open files"],
  EIO: ["读写出错（磁盘或网络故障）", "input/output error (disk or network)"],
  EBUSY: ["文件正被占用", "the file is busy"],
  ENOSPC: ["磁盘已满", "no space left on the disk"],
  EDQUOT: ["超出磁盘配额", "disk quota exceeded"],
  EROFS: ["所在磁盘只读", "read-only file system"],
  EEXIST: ["同名文件已存在", "a file of that name exists"],
  EXDEV: ["不能跨磁盘移动", "cross-device link"],
  EFBIG: ["文件太大", "file too large"],
  EAGAIN: ["暂时无法读取", "resource temporarily unavailable"],
};

/** Writing differs from reading in one word: "没有写入权限". */
export function osErrorText(error: unknown, locale: Locale, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const zh = locale === "zh-CN";
  if (code === "EACCES")
    return zh ? (writing ? "没有写入权限" : "没有读取权限") : "permission denied";
  const known = REASONS[code];
  if (known) return zh ? known[0] : known[1];
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return zh
    ? `${writing ? "写入" : "读取"}失败（${code || message}）`
    : `${writing ? "write" : "read"} failed (${code || message})`;
}
