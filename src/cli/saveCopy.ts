/**
 * Writing an annotated copy into the --out folder without ever touching a file we did not write: the bytes go to a
 * new temporary file (created exclusively, so a symlink or an existing file under that name is never opened), and
 * that file is then linked under the first free name — `x.checked.xlsx`, `x.checked (2).xlsx`, … — which fails
 * rather than replace anything already there (an input, a symlink, an earlier copy). The temporary file is removed
 * whatever happens.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

export interface SaveHooks {
  /** Writes the bytes into the open temporary file (tests pass one that fails, as a full disk would). */
  write?: (handle: fs.FileHandle, bytes: Uint8Array) => Promise<void>;
}

const MAX_NUMBER = 9999;

/**
 * `x` → `x.checked.xlsx`, then `x.checked (2).xlsx`, … A macro workbook's copy keeps its macros, so it stays `.xlsm`
 * (Excel refuses a macro-enabled package named .xlsx).
 */
export function copyName(stem: string, n: number, extension: ".xlsx" | ".xlsm" = ".xlsx"): string {
  return n === 1 ? `${stem}.checked${extension}` : `${stem}.checked (${n})${extension}`;
}

/** The name of an input without its folder and extension (`报表.xls` → `报表`). */
export function copyStem(file: string): string {
  return path.basename(file, path.extname(file)) || "workbook";
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export class OutFolderNotDirectory extends Error {
  constructor(readonly folder: string) {
    super(`${folder} is not a folder`);
    this.name = "OutFolderNotDirectory";
  }
}

export async function saveCopy(
  outDir: string,
  stem: string,
  bytes: Uint8Array,
  hooks: SaveHooks = {},
  extension: ".xlsx" | ".xlsm" = ".xlsx"
): Promise<string> {
  await fs.mkdir(outDir, { recursive: true }).catch(async (error) => {
    if (code(error) === "EEXIST" || code(error) === "ENOTDIR")
      throw new OutFolderNotDirectory(outDir);
    throw error;
  });
  if (!(await fs.stat(outDir)).isDirectory()) throw new OutFolderNotDirectory(outDir);
  const temp = path.join(outDir, `.${stem}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(temp, "wx", 0o644);
  try {
    try {
      if (hooks.write) await hooks.write(handle, bytes);
      else await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let n = 1; n <= MAX_NUMBER; n++) {
      const target = path.join(outDir, copyName(stem, n, extension));
      if (await claim(temp, target)) return target;
    }
    throw Object.assign(new Error("no free name"), { code: "EEXIST" });
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** Puts the temporary file under `target` unless that name is taken; false when it is. */
async function claim(temp: string, target: string): Promise<boolean> {
  try {
    await fs.link(temp, target); // never replaces: EEXIST for a file, a folder or a symlink (even a dangling one)
    return true;
  } catch (error) {
    if (code(error) === "EEXIST") return false;
    // A file system without hard links (FAT, some shares): check the name is free, then rename onto it.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(code(error) ?? ""))
      throw error;
  }
  try {
    await fs.lstat(target);
    return false;
  } catch (error) {
    if (code(error) !== "ENOENT") throw error;
  }
  await fs.rename(temp, target);
  return true;
}
