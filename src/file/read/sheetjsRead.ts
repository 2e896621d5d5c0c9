/**
 * SheetJS CE (@e965/xlsx) for what the streaming .xlsx reader (./xlsx/) does not take: .xls and .et (BIFF),
 * .ods, .xlsb, .csv, and any .xlsx part that is not well-formed XML (SheetJS is lenient). Loaded only when such
 * a file comes (it takes a tenth of a second to load), and for the new .xlsx made from a file of another format.
 */
import * as XLSX from "@e965/xlsx";
import type { WorkbookGrid } from "../../core/grid";
import { CHART_SHEET_NAME } from "../../core/charts";
import { RESULTS_SHEET_NAME } from "../../core/marks";
import { unreadable, UnreadableWorkbookError } from "./errors";
import { sheetHead } from "./ooxmlPackage";
import type { ReadWorkbook, SourceSheet, WorkbookFormat } from "./readWorkbook";
import { sheetGrids } from "./sheetGrid";
import type { TextEncoding } from "./text";
import type { ZipParts } from "./unzip";

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

function parsed(read: () => XLSX.WorkBook): XLSX.WorkBook {
  try {
    return read();
  } catch (error) {
    throw parseFailure(error);
  }
}

/** A zip package's parts (already unzipped, capped and checked whole) read by SheetJS. */
export function readZipParts(
  parts: ZipParts,
  format: WorkbookFormat,
  partOfSheet: Map<string, string>
): ReadWorkbook {
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of parts)
    XLSX.CFB.utils.cfb_add(
      container,
      name,
      content as unknown as number[],
      { unsafe: true } as never
    );
  const workbook = parsed(() => parseZip(container, readOptions()));
  return assemble(workbook, format, undefined, parts, partOfSheet);
}

/** An Excel 97–2003 (.xls, .et) workbook. */
export function readBiff(bytes: Uint8Array): ReadWorkbook {
  const workbook = parsed(() => XLSX.read(bytes, { ...readOptions(), type: "array" }));
  return assemble(workbook, "xls", undefined, null, new Map());
}

/** A CSV's text; its one sheet is named after the file, as Excel does. */
export function readCsv(text: string, encoding: TextEncoding, sheetName: string): ReadWorkbook {
  const workbook = parsed(() => XLSX.read(text, { ...readOptions(), type: "string" }));
  renameOnlySheet(workbook, sheetName);
  return assemble(workbook, "csv", encoding, null, new Map());
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
  parts: ZipParts | null,
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
    for (const g of sheetGrids(name, sheet)) grid.sheets.push(g);
  });
  return { format, ...(encoding ? { encoding } : {}), grid, sheets };
}

/**
 * Worksheets (as SheetJS objects) as a new .xlsx package: values, formulas, number formats and merges are kept;
 * the original's look is not.
 */
export function writeXlsx(sheets: SourceSheet[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(book, withoutRowHoles(s.sheet), s.name);
  const out = XLSX.write(book, { type: "array", bookType: "xlsx", compression: true });
  return new Uint8Array(out as ArrayBuffer);
}

/**
 * A dense sheet whose empty rows are empty arrays: the reader leaves a row with no cell out (an .xls or .ods with a
 * blank row), and SheetJS's .xlsx writer reads every row of the range, so it would fail on the hole.
 */
function withoutRowHoles(sheet: XLSX.WorkSheet): XLSX.WorkSheet {
  const data = sheet["!data"];
  if (!data) return sheet;
  const last = sheet["!ref"] ? XLSX.utils.decode_range(sheet["!ref"]).e.r : data.length - 1;
  const rows = data.slice();
  for (let r = 0; r <= last; r++) rows[r] ??= [];
  return { ...sheet, "!data": rows };
}
