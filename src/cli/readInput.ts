/**
 * An input file's bytes, read only if it is a regular file: a FIFO would block forever, a directory or a device is
 * no workbook. The file is opened without blocking and checked on the open handle (a symlink is followed once, to
 * whatever it names, and that must be a regular file too). Every refusal is one line naming no more than the reason.
 */
import { constants, promises as fs } from "node:fs";
import type { Locale } from "../i18n";
import { sizeText } from "../file/read/errors";
import { osErrorText } from "./osErrors";

export class InputRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(en);
    this.name = "InputRefused";
  }

  text(locale: Locale): string {
    return locale === "zh-CN" ? this.zh : this.en;
  }
}

function kindOf(stat: import("node:fs").Stats): [string, string] {
  if (stat.isDirectory()) return ["是文件夹，不是文件", "is a folder, not a file"];
  if (stat.isFIFO()) return ["是命名管道，不是普通文件", "is a named pipe, not a regular file"];
  if (stat.isSocket()) return ["是套接字，不是普通文件", "is a socket, not a regular file"];
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return ["是设备，不是普通文件", "is a device, not a regular file"];
  return ["不是普通文件", "is not a regular file"];
}

export async function readInputFile(file: string, maxBytes: number): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO that nobody writes to returns at once instead of waiting for a writer.
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new InputRefused(...kindOf(stat));
    if (stat.size > maxBytes)
      throw new InputRefused(
        `文件大于 ${sizeText(maxBytes)} 的上限（可用 --max-part-size 调整）`,
        `the file is larger than the ${sizeText(maxBytes)} cap (see --max-part-size)`
      );
    const bytes = await handle.readFile();
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await handle.close();
  }
}

/** The one-line reason for a file that could not be read, in the user's language. */
export function inputErrorText(error: unknown, locale: Locale): string {
  if (error instanceof InputRefused) return error.text(locale);
  return osErrorText(error, locale);
}
