/**
 * The one reader every door uses (CLI, browser worker, tests): a file's bytes and name in, the core's grid out, with
 * what the browser page needs to draw the sheets when asked. No `fs` here — the CLI reads the file.
 *
 * SheetJS CE (@e965/xlsx) parses .xlsx/.xlsm/.xlsb, .xls and .et (BIFF), .ods and .csv. Zip packages are unpacked
 * here first, with a cap on every part (./unzip.ts) and a check that the package is whole (./ooxmlPackage.ts), and
 * handed to SheetJS already unpacked.
 */
import * as XLSX from "@e965/xlsx";
import type { WorkSheet } from "@e965/xlsx";
import type { WorkbookGrid } from "../../core/grid";
import { CHART_SHEET_NAME } from "../../core/charts";
import { RESULTS_SHEET_NAME } from "../../core/marks";
import { unreadable, UnreadableWorkbookError } from "./errors";
import {
  checkPackage,
  sheetHead,
  sheetParts,
  type PackageKind,
  type SheetHead,
} from "./ooxmlPackage";
import { sheetGrids } from "./sheetGrid";
import { decodeText, type TextEncoding } from "./text";
import { DEFAULT_MAX_PART_BYTES, unzipParts, type InflateRaw } from "./unzip";

export { UnreadableWorkbookError } from "./errors";
export type { UnreadableReason } from "./errors";
export { DEFAULT_MAX_PART_BYTES, type InflateRaw } from "./unzip";

export type WorkbookFormat = PackageKind | "xls" | "csv";

export interface ReadOptions {
  /** The file's name: `.csv`/`.txt` names let a text file be read as CSV. */
  name?: string;
  /** Cap on one unzipped part, bytes (default 1 GB). */
  maxPartBytes?: number;
  /** Also read what only the browser page draws (frozen panes). */
  styles?: boolean;
  /** A faster inflater where the platform has one (Node's zlib); the JavaScript one otherwise. */
  inflateRaw?: InflateRaw;
}

/** A worksheet as SheetJS read it, for the page's display model. */
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

/**
 * SheetJS's fastest reading that still has what the checks need. `cellStyles` is on for every door: without it
 * SheetJS drops hidden rows and columns (and widths), and it costs little; it also gives each cell's fill.
 */
function readOptions(): XLSX.ParsingOptions {
  return {
    dense: true,
    cellNF: true,
    cellFormula: true,
    // Without stubs SheetJS drops a formula saved without its value (as scripts write them): the core computes those.
    sheetStubs: true,
    cellHTML: false,
    cellText: false,
    cellDates: false,
    cellStyles: true,
    bookVBA: false,
    bookDeps: false,
    WTF: false,
  };
}

/** Anything SheetJS throws about a password is an open password; anything else a damaged file. */
function parseFailure(error: unknown): UnreadableWorkbookError {
  if (error instanceof UnreadableWorkbookError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return unreadable.encrypted();
  return unreadable.corrupt(
    "无法解析工作簿内容",
    `its content cannot be parsed (${message.split("\n")[0]})`
  );
}

/** SheetJS's own step after unzipping (exported, not in its typings): it takes the parts we unpacked. */
const parseZip = (
  XLSX as unknown as {
    parse_zip: (container: unknown, options: XLSX.ParsingOptions) => XLSX.WorkBook;
  }
).parse_zip;

function isTextName(name: string | undefined): boolean {
  return /\.(csv|txt|tsv)$/i.test(name ?? "");
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadWorkbook {
  const styles = options.styles ?? false;
  const maxPartBytes = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  let workbook: XLSX.WorkBook;
  let format: WorkbookFormat;
  let encoding: TextEncoding | undefined;
  let partOfSheet = new Map<string, string>();
  let parts: Map<string, Uint8Array> | null = null;
  if (bytes.length === 0) throw unreadable.empty();
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    parts = unzipParts(bytes, maxPartBytes, options.inflateRaw);
    format = checkPackage(parts);
    if (styles && format !== "ods") partOfSheet = sheetParts(parts);
    const container = XLSX.CFB.utils.cfb_new();
    for (const [name, content] of parts)
      XLSX.CFB.utils.cfb_add(
        container,
        name,
        content as unknown as number[],
        { unsafe: true } as never
      );
    try {
      workbook = parseZip(container, readOptions());
    } catch (error) {
      throw parseFailure(error);
    }
  } else if (startsWith(bytes, OLE_MAGIC)) {
    if (bytes.length > maxPartBytes)
      throw unreadable.tooLarge("Excel 97-2003 workbook", maxPartBytes);
    if (oleHasStream(bytes, "EncryptionInfo") || oleHasStream(bytes, "EncryptedPackage"))
      throw unreadable.encrypted();
    format = "xls";
    try {
      workbook = XLSX.read(bytes, { ...readOptions(), type: "array" });
    } catch (error) {
      throw parseFailure(error);
    }
  } else if (isTextName(options.name)) {
    const decoded = decodeText(bytes);
    format = "csv";
    encoding = decoded.encoding;
    try {
      workbook = XLSX.read(decoded.text, { ...readOptions(), type: "string" });
    } catch (error) {
      throw parseFailure(error);
    }
    // A CSV has one sheet; SheetJS calls it Sheet1. Name it after the file, as Excel does.
    const base = (options.name ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "Sheet1";
    renameOnlySheet(workbook, base.slice(0, 31));
  } else {
    throw unreadable.notWorkbook();
  }
  return assemble(workbook, format, encoding, parts, partOfSheet);
}

function renameOnlySheet(workbook: XLSX.WorkBook, name: string): void {
  const [old] = workbook.SheetNames;
  if (!old || old === name) return;
  workbook.Sheets[name] = workbook.Sheets[old];
  delete workbook.Sheets[old];
  workbook.SheetNames[0] = name;
}

function assemble(
  workbook: XLSX.WorkBook,
  format: WorkbookFormat,
  encoding: TextEncoding | undefined,
  parts: Map<string, Uint8Array> | null,
  partOfSheet: Map<string, string>
): ReadWorkbook {
  const grid: WorkbookGrid = { sheets: [] };
  const sheets: SourceSheet[] = [];
  const info = workbook.Workbook?.Sheets ?? [];
  workbook.SheetNames.forEach((name, i) => {
    const sheet = workbook.Sheets[name];
    if (!sheet)
      throw unreadable.corrupt(`工作表“${name}”无法读取`, `sheet "${name}" cannot be read`);
    const type = sheet["!type"];
    if (type && type !== "sheet") return; // chart, macro and dialog sheets hold no table
    const part = partOfSheet.get(name);
    sheets.push({
      name,
      hidden: Boolean(info[i]?.Hidden),
      sheet,
      ...sheetHead(part ? parts?.get(part) : undefined),
    });
    // The 校验结果 and 进度图表 sheets this tool (or the add-in) wrote earlier are not checked.
    if (name === RESULTS_SHEET_NAME || name === CHART_SHEET_NAME) return;
    grid.sheets.push(...sheetGrids(name, sheet));
  });
  return { format, ...(encoding ? { encoding } : {}), grid, sheets };
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
  const read = readWorkbook(bytes, { ...options, styles: false });
  const book = XLSX.utils.book_new();
  for (const s of read.sheets) XLSX.utils.book_append_sheet(book, s.sheet, s.name);
  const out = XLSX.write(book, { type: "array", bookType: "xlsx", compression: true });
  return new Uint8Array(out as ArrayBuffer);
}
