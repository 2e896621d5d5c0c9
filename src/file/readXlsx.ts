/**
 * The file door's reading half: an .xlsx (as bytes) → the core's grid. No `fs` here, so the browser page can
 * use it as well as the CLI.
 */
import ExcelJS from "exceljs";
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { parseArea } from "../core/a1";
import { CHART_SHEET_NAME } from "../core/charts";
import { RESULTS_SHEET_NAME } from "../core/marks";

export type UnreadableReason = "not-xlsx" | "encrypted" | "corrupt";

/** A file that is no workbook we can read, with the reason the user is told. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail?: string
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "UnreadableWorkbookError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File (OLE) header: old .xls files and password-protected .xlsx files both start with it. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An encrypted OOXML package is an OLE file holding an `EncryptionInfo` stream (its name in UTF-16). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = "EncryptionInfo";
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  if (startsWith(data, OLE_MAGIC))
    throw new UnreadableWorkbookError(isEncryptedPackage(data) ? "encrypted" : "not-xlsx");
  if (!startsWith(data, ZIP_MAGIC)) throw new UnreadableWorkbookError("not-xlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want Node's Buffer; a plain Uint8Array/ArrayBuffer works in both Node and the browser.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(
      "corrupt",
      error instanceof Error ? error.message : String(error)
    );
  }
  return workbook;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((part) => part.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
    if (typeof v.text === "string") return v.text; // hyperlink
  }
  return String(value);
}

function formulaText(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const formula = cell.formula; // shared formulas are expanded by ExcelJS
  return formula ? `=${formula}` : null;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // A cached result of 0 can be missing from `cell.value.result`; `cell.result` has it.
    return plainValue(cell.result);
  }
  return plainValue(cell.value);
}

function sheetMerges(worksheet: ExcelJS.Worksheet): CellArea[] {
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return merges.map((m) => parseArea(m)).filter((a): a is CellArea => a !== null);
}

export function worksheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = 1; c <= Math.max(columnCount, row.cellCount); c++) {
      const cell = row.getCell(c);
      const merged = cell.isMerged && cell.master !== cell;
      rowValues.push(merged ? null : cellValue(cell));
      rowFormulas.push(merged ? null : formulaText(cell));
      rowFormats.push(cell.numFmt ?? null);
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
  }
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= columnCount; c++)
    if (worksheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
  return {
    name: worksheet.name,
    top: 0,
    left: 0,
    values,
    formulas,
    numberFormats,
    merges: sheetMerges(worksheet),
    hiddenRows,
    hiddenColumns,
  };
}

/** Every worksheet except the 校验结果 and 进度图表 sheets this tool (or the add-in) wrote earlier. */
export function workbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: workbook.worksheets
      .filter((ws) => ws.name !== RESULTS_SHEET_NAME && ws.name !== CHART_SHEET_NAME)
      .map(worksheetGrid),
  };
}

export async function readWorkbookBytes(
  data: Uint8Array
): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const workbook = await loadWorkbook(data);
  return { workbook, grid: workbookGrid(workbook) };
}
