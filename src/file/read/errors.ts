/**
 * Why a file could not be read, told to the user in one line (Chinese first, English for `--lang en-US`). The
 * reader throws only this for a bad input; anything else thrown is a bug.
 */

/**
 * `not-xlsx`: no spreadsheet (a renamed text or image, a plain zip); `encrypted`: an open password; `corrupt`: a
 * workbook package that is broken or incomplete; `too-large`: a part that unzips past the size cap.
 */
export type UnreadableReason = "not-xlsx" | "encrypted" | "corrupt" | "too-large";

export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    /** The one-line reason in Chinese and in English. */
    readonly zh: string,
    readonly en: string
  ) {
    super(en);
    this.name = "UnreadableWorkbookError";
  }
}

export const unreadable = {
  empty: () =>
    new UnreadableWorkbookError(
      "not-xlsx",
      "文件是空的（0 字节），没有可读的内容；请确认选对了文件，或重新保存后再试",
      "the file is empty (0 bytes): nothing to read; check that it is the right file, or save it again"
    ),
  notWorkbook: () =>
    new UnreadableWorkbookError(
      "not-xlsx",
      "不是可识别的工作簿（支持 .xlsx、.xlsm、.xls、.et、.ods、.csv；可能是改了扩展名的其他文件）",
      "not a workbook this tool reads (.xlsx, .xlsm, .xls, .et, .ods, .csv); perhaps another file renamed"
    ),
  plainZip: () =>
    new UnreadableWorkbookError(
      "not-xlsx",
      "是 zip 压缩包，但不是 Excel 或 ODS 工作簿",
      "a zip archive, but no Excel or ODS workbook"
    ),
  encrypted: () =>
    new UnreadableWorkbookError(
      "encrypted",
      "工作簿设有打开密码，请在 Excel 中取消密码后另存再校验",
      "the workbook has an open password; remove it in Excel, save, and check again"
    ),
  corrupt: (zhWhat: string, enWhat: string) =>
    new UnreadableWorkbookError(
      "corrupt",
      `文件已损坏或不完整：${zhWhat}`,
      `the file is damaged or incomplete: ${enWhat}`
    ),
  tooLarge: (part: string, limitBytes: number) =>
    new UnreadableWorkbookError(
      "too-large",
      `文件中的 ${part} 解压后超过 ${sizeText(limitBytes)}（上限可用 --max-part-size 调整），未读取`,
      `${part} unzips to more than ${sizeText(limitBytes)} (raise the cap with --max-part-size); not read`
    ),
};

export function sizeText(bytes: number): string {
  if (bytes >= 1 << 30) return `${+(bytes / (1 << 30)).toFixed(2)} GB`;
  if (bytes >= 1 << 20) return `${+(bytes / (1 << 20)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
