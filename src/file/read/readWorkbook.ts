/**
 * The one reader every door uses (CLI, browser worker, tests): a file's bytes and name in, the core's grid out, with
 * what the browser page needs to draw the sheets when asked. No `fs` here — the CLI reads the file.
 *
 * Zip packages are unpacked here first, with a cap on every part (./unzip.ts) and a check that the package is whole
 * (./ooxmlPackage.ts). An .xlsx/.xlsm is then read by the streaming reader (./xlsx/: htmlparser2's XML tokenizer over each part, straight
 * into the grid); .xls/.et, .ods, .xlsb and .csv by SheetJS CE (./sheetjsRead.ts, loaded only for those), which
 * also takes over an .xlsx part that is not well-formed XML.
 */
import type { WorkSheet } from "@e965/xlsx";
import type { WorkbookGrid } from "../../core/grid";
import { unreadable, UnreadableWorkbookError } from "./errors";
import { checkPackage, sheetParts, type PackageKind, type SheetHead } from "./ooxmlPackage";
import { decodeText, type TextEncoding } from "./text";
import { DEFAULT_MAX_PART_BYTES, unzipParts, type InflateRaw } from "./unzip";
import { readXlsxPackage } from "./xlsx/workbook";

export { UnreadableWorkbookError } from "./errors";
export type { UnreadableReason } from "./errors";
export { DEFAULT_MAX_PART_BYTES, type InflateRaw } from "./unzip";

export type WorkbookFormat = PackageKind | "xls" | "csv";

export interface ReadOptions {
  /** The file's name: `.csv`/`.txt` names let a text file be read as CSV. */
  name?: string;
  /** Cap on one unzipped part, bytes (default 1 GB). */
  maxPartBytes?: number;
  /** Also read what only the browser page draws (cells' look, sizes, frozen panes). */
  styles?: boolean;
  /** A faster inflater where the platform has one (Node's zlib); the JavaScript one otherwise. */
  inflateRaw?: InflateRaw;
  /** For tests: read an .xlsx/.xlsm with SheetJS as well, as every other format is. */
  reader?: "streaming" | "sheetjs";
}

/**
 * A worksheet for the page's display model, its cells as SheetJS-shaped objects in `sheet["!data"]`. An
 * .xlsx/.xlsm read without `styles` has no cell objects (only the grid is read then).
 */
export interface SourceSheet extends SheetHead {
  name: string;
  hidden: boolean;
  sheet: WorkSheet;
}

export interface ReadWorkbook {
  format: WorkbookFormat;
  /** For a CSV: the encoding it was decoded from. */
  encoding?: TextEncoding;
  grid: WorkbookGrid;
  /** Every worksheet in workbook order (chart, macro and dialog sheets left out). */
  sheets: SourceSheet[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Compound File (OLE): .xls, .et, and password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** SheetJS, loaded at its first use: the CLI reading an .xlsx never pays for loading it. */
function sheetjs(): typeof import("./sheetjsRead") {
  return require("./sheetjsRead");
}

function isTextName(name: string | undefined): boolean {
  return /\.(csv|txt|tsv)$/i.test(name ?? "");
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadWorkbook {
  const styles = options.styles ?? false;
  const maxPartBytes = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  if (bytes.length === 0) throw unreadable.empty();
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    const parts = unzipParts(bytes, maxPartBytes, options.inflateRaw);
    const format = checkPackage(parts);
    if ((format === "xlsx" || format === "xlsm") && options.reader !== "sheetjs") {
      try {
        return readXlsxPackage(parts, format, styles);
      } catch (error) {
        if (error instanceof UnreadableWorkbookError) throw error;
        // A part that is not well-formed XML: the lenient reader below reads it or says why not.
      }
    }
    const partOfSheet = styles && format !== "ods" ? sheetParts(parts) : new Map<string, string>();
    return sheetjs().readZipParts(parts, format, partOfSheet);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (bytes.length > maxPartBytes)
      throw unreadable.tooLarge("Excel 97-2003 workbook", maxPartBytes);
    if (oleHasStream(bytes, "EncryptionInfo") || oleHasStream(bytes, "EncryptedPackage"))
      throw unreadable.encrypted();
    return sheetjs().readBiff(bytes);
  }
  if (isTextName(options.name)) {
    const decoded = decodeText(bytes);
    // A CSV has one sheet; SheetJS calls it Sheet1. Name it after the file, as Excel does.
    const base = (options.name ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "Sheet1";
    return sheetjs().readCsv(decoded.text, decoded.encoding, base.slice(0, 31));
  }
  throw unreadable.notWorkbook();
}

/** True when the Compound File names a stream (directory names are UTF-16LE). */
function oleHasStream(bytes: Uint8Array, name: string): boolean {
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    for (let k = 0; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * The workbook as a new .xlsx package (for an input that is not one: its annotated copy starts from this). Values,
 * formulas, number formats and merges are kept; the original's look is not.
 */
export function asXlsxBytes(bytes: Uint8Array, options: ReadOptions = {}): Uint8Array {
  const read = readWorkbook(bytes, { ...options, styles: false, reader: "sheetjs" });
  return sheetjs().writeXlsx(read.sheets);
}
