/**
 * `--previous last-month.xlsx`: last month's workbook, read by the same reader as the inputs (any format they may
 * have). Its grids go to the core as data (`CheckOptions.previous`); an unreadable file is a one-line reason.
 */
import path from "node:path";
import type { PreviousWorkbook } from "../core/model";
import { readWorkbook } from "../file/read/readWorkbook";
import { catalog, type Locale } from "../i18n";
import { unreadableText } from "./checkFile";
import { nodeInflateRaw } from "./nodeInflate";
import { readInputFile } from "./readInput";

export async function readPreviousWorkbook(
  file: string,
  locale: Locale,
  maxPartBytes: number
): Promise<PreviousWorkbook> {
  try {
    const bytes = await readInputFile(file, maxPartBytes);
    const read = readWorkbook(bytes, { name: file, maxPartBytes, inflateRaw: nodeInflateRaw });
    return { name: path.basename(file), workbook: read.grid };
  } catch (error) {
    throw new Error(catalog(locale).cli.previousFileError(file, unreadableText(error, locale)));
  }
}
