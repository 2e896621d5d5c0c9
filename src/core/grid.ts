/**
 * The grid: what every door (Excel, .xlsx file, browser) hands the core.
 * Plain data only — no Office.js, ExcelJS or DOM types — so the same checks run everywhere.
 */

/** An Excel error value such as `#REF!`, kept apart from text so checks can name it. */
export interface CellError {
  error: string;
}

/**
 * A formula's value that nobody computed: the file had no cached value and the core could not evaluate the
 * formula (see `formulas/evaluate.ts`). Never blank, never 0: the checks treat it as unknown.
 */
export interface UnknownValue {
  unknown: true;
}

export type CellValue = number | string | boolean | null | CellError | UnknownValue;

/** An inclusive block of cells, 0-based worksheet coordinates. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet's used range, as read. */
export interface SheetGrid {
  name: string;
  /** 0-based worksheet row and column of `values[0][0]` (a used range need not start at A1). */
  top: number;
  left: number;
  /** Cached values: numbers, text, booleans, errors; null for an empty cell. Rows may be ragged. */
  values: CellValue[][];
  /** Formula text such as `=SUM(C4:C30)` (English/invariant) where a cell holds a formula; null otherwise. */
  formulas?: (string | null)[][];
  /** Number format codes (`0.00`, `General`); null where unknown. */
  numberFormats?: (string | null)[][];
  /** Merged areas in worksheet coordinates. */
  merges?: CellArea[];
  /** Formula cells whose value the core computed (the file had none cached), worksheet coordinates. */
  computed?: { row: number; column: number }[];
  /** Hidden worksheet rows and columns, 0-based. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /**
   * Cells whose style indents their text (`<alignment indent="2"/>`: levels, not spaces), worksheet coordinates.
   * Absent where the door reads no styles or nothing is indented; leading spaces stay in the values.
   */
  indents?: CellIndent[];
}

export interface CellIndent {
  row: number;
  column: number;
  level: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /**
   * Every formula's value is as the spreadsheet computed it (the Excel door): an empty formula cell is blank,
   * not uncached, and nothing is evaluated. Files written by scripts may lack cached values: leave it unset.
   */
  valuesComputed?: boolean;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isUnknownValue(value: CellValue | undefined): value is UnknownValue {
  return typeof value === "object" && value !== null && "unknown" in value;
}

/** The cached value at a worksheet position, or null outside the grid. */
export function valueAt(sheet: SheetGrid, row: number, column: number): CellValue {
  const r = row - sheet.top;
  const c = column - sheet.left;
  if (r < 0 || c < 0) return null;
  const value = sheet.values[r]?.[c];
  return value === undefined ? null : value;
}

export function formulaAt(sheet: SheetGrid, row: number, column: number): string | null {
  return sheet.formulas?.[row - sheet.top]?.[column - sheet.left] ?? null;
}

export function numberFormatAt(sheet: SheetGrid, row: number, column: number): string | null {
  return sheet.numberFormats?.[row - sheet.top]?.[column - sheet.left] ?? null;
}

/** Number of rows and the widest row of the grid. */
export function gridSize(sheet: SheetGrid): { rows: number; columns: number } {
  let columns = 0;
  for (const row of sheet.values) if (row.length > columns) columns = row.length;
  return { rows: sheet.values.length, columns };
}
