/**
 * The plain in-memory workbook behind the fake Excel API, and the cell semantics Excel applies on write
 * (a string starting with "=" becomes a formula unless the cell is formatted as text "@", numeric text becomes a number …).
 * Tests build workbooks in this shape and compare snapshots of it before and after.
 */
import type { CellArea } from "../../../src/core/grid";
import { cellAddress, parseArea, parseCell } from "../../../src/core/a1";

export type FakeValue = number | string | boolean | { error: string };

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
}

export interface FakeCell {
  /** The cached value; for a formula cell, its last result (the fake has no calculation engine). */
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  /** Absent: no fill. */
  fill?: FakeFill;
  bold?: boolean;
  /** `range.hyperlink` (ExcelApi 1.7): a link to a place in the workbook or an address. */
  hyperlink?: FakeHyperlink;
}

export interface FakeHyperlink {
  /** `'附件1'!G32`. */
  documentReference?: string;
  address?: string;
  screenTip?: string;
}

/** A chart series: what it is called and drawn as, and the ranges it reads (`'进度图表'!B6:B10`). */
export interface FakeChartSeries {
  name?: string;
  chartType?: string;
  axisGroup?: "Primary" | "Secondary";
  values?: string;
  xValues?: string;
}

export interface FakeChartAxis {
  title?: string;
  numberFormat?: string;
}

/** A chart on a sheet. Axes by `Value/Primary`, `Category/Primary`, `Value/Secondary` … */
export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  series: FakeChartSeries[];
  axes: Record<string, FakeChartAxis>;
  position?: { from: string; to?: string };
  legend?: string;
}

export interface FakeSheet {
  name: string;
  /** A1 address → cell. */
  cells: Record<string, FakeCell>;
  /** Merged areas, e.g. `A1:B1`. */
  merges?: string[];
  /** A1 address → note text. */
  notes?: Record<string, string>;
  /** Hidden rows and columns, 0-based worksheet indexes (like SheetGrid's): `hiddenRows: [4]` hides row 5. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  charts?: FakeChart[];
  /** Sheet protection (`worksheet.protection.protected`): every write to the sheet fails with AccessDenied. */
  protected?: boolean;
  /** `worksheet.visibility`; absent: Visible. */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** A1 address → who wrote the note (`note.authorName`); absent: "Fake User". */
  noteAuthors?: Record<string, string>;
}

export interface FakeThreadedComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
  /** Replies in the thread (deleting the comment deletes them too). */
  replies?: FakeCommentReply[];
}

export interface FakeCommentReply {
  id: string;
  content: string;
  author?: string;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  comments?: FakeThreadedComment[];
  /** workbook.settings, as stored (JSON values). */
  settings?: Record<string, unknown>;
  /** Workbook (structure) protection: sheets cannot be added, deleted or renamed. */
  protected?: boolean;
}

export const MAX_ROW = 1_048_575;
export const MAX_COLUMN = 16_383;
export const NO_FILL_COLOR = "#FFFFFF";

export function findSheet(workbook: FakeWorkbook, name: string): FakeSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name);
}

/** Worksheet ids the way Excel hands them out: stable for the sheet's life, unrelated to its name. */
const sheetIds = new WeakMap<FakeSheet, string>();
let sheetIdCounter = 0;

export function sheetIdOf(sheet: FakeSheet): string {
  let id = sheetIds.get(sheet);
  if (!id) {
    sheetIdCounter++;
    id = `{5A1E${String(sheetIdCounter).padStart(4, "0")}-0000-4000-8000-000000000000}`;
    sheetIds.set(sheet, id);
  }
  return id;
}

/** `worksheets.getItem(key)`: by name, else by id (as Office.js does). */
export function findSheetByKey(workbook: FakeWorkbook, key: string): FakeSheet | undefined {
  return findSheet(workbook, key) ?? workbook.sheets.find((sheet) => sheetIdOf(sheet) === key);
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells[cellAddress(row, column)];
}

export function cellsIn(area: CellArea): { row: number; column: number; address: string }[] {
  const count = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  if (count > 5_000_000)
    throw new Error(
      `fake Excel: ${count} cells is beyond Excel's 5 million cell limit for one range`
    );
  const cells: { row: number; column: number; address: string }[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++)
      cells.push({ row, column, address: cellAddress(row, column) });
  }
  return cells;
}

/** Existing cells of a sheet inside an area (cheap for the whole sheet). */
export function existingCellsIn(sheet: FakeSheet, area: CellArea): string[] {
  return Object.keys(sheet.cells).filter((address) => {
    const p = parseCell(address);
    return (
      p !== null &&
      p.row >= area.top &&
      p.row <= area.bottom &&
      p.column >= area.left &&
      p.column <= area.right
    );
  });
}

/** Like Excel's used range: the bounding box of cells with a value or formula (valuesOnly) or with anything at all. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): CellArea | undefined {
  let area: CellArea | undefined;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const hasValue = (cell.value !== undefined && cell.value !== "") || cell.formula !== undefined;
    const hasFormat =
      cell.fill !== undefined ||
      cell.numberFormat !== undefined ||
      cell.bold !== undefined ||
      cell.hyperlink !== undefined;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const p = parseCell(address)!;
    if (!area) area = { top: p.row, bottom: p.row, left: p.column, right: p.column };
    else {
      area.top = Math.min(area.top, p.row);
      area.bottom = Math.max(area.bottom, p.row);
      area.left = Math.min(area.left, p.column);
      area.right = Math.max(area.right, p.column);
    }
  }
  return area;
}

export function mutableCell(sheet: FakeSheet, address: string): FakeCell {
  return (sheet.cells[address] ??= {});
}

/** Drops a cell that holds nothing any more, so snapshots compare equal after a full undo. */
export function tidyCell(sheet: FakeSheet, address: string): void {
  const cell = sheet.cells[address];
  if (!cell) return;
  for (const key of Object.keys(cell) as (keyof FakeCell)[])
    if (cell[key] === undefined) delete cell[key];
  if (Object.keys(cell).length === 0) delete sheet.cells[address];
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** What Excel does with one element of `range.values = […]`. */
export function writeValue(sheet: FakeSheet, address: string, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is
  const cell = mutableCell(sheet, address);
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (typeof input === "string") {
    if (input === "")
      delete cell.value; // an empty string leaves an empty cell, text format or not
    else if (cell.numberFormat === "@") cell.value = input;
    else if (input.length > 1 && input.startsWith("=")) {
      cell.formula = input;
      delete cell.value; // no calculation engine: the result is unknown
    } else if (input.startsWith("'")) cell.value = input.slice(1);
    else if (NUMERIC_TEXT.test(input)) cell.value = Number(input);
    else if (input === "") delete cell.value;
    else cell.value = input;
  } else throw new Error(`fake Excel: cannot write ${JSON.stringify(input)}`);
  tidyCell(sheet, address);
}

export function isError(value: FakeValue | undefined): value is { error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

/** `range.values` element. */
export function readValue(cell: FakeCell | undefined): number | string | boolean {
  const value = cell?.value;
  if (value === undefined) return "";
  return isError(value) ? value.error : value;
}

/** `range.formulas` element: the formula, else the constant. */
export function readFormula(cell: FakeCell | undefined): number | string | boolean {
  return cell?.formula ?? readValue(cell);
}

export function readValueType(cell: FakeCell | undefined): string {
  const value = cell?.value;
  if (value === undefined || value === "") return "Empty";
  if (isError(value)) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** A deep copy with empty parts removed, for `toEqual` comparisons of the whole workbook state. */
export function snapshotWorkbook(workbook: FakeWorkbook): FakeWorkbook {
  const copy = JSON.parse(JSON.stringify(workbook)) as FakeWorkbook;
  for (const sheet of copy.sheets) {
    for (const address of Object.keys(sheet.cells)) tidyCell(sheet, address);
    if (sheet.notes && Object.keys(sheet.notes).length === 0) delete sheet.notes;
    if (sheet.merges && sheet.merges.length === 0) delete sheet.merges;
    if (sheet.hiddenRows && sheet.hiddenRows.length === 0) delete sheet.hiddenRows;
    if (sheet.hiddenColumns && sheet.hiddenColumns.length === 0) delete sheet.hiddenColumns;
    if (sheet.charts && sheet.charts.length === 0) delete sheet.charts;
  }
  if (copy.comments && copy.comments.length === 0) delete copy.comments;
  if (copy.settings && Object.keys(copy.settings).length === 0) delete copy.settings;
  return copy;
}

/** Maximal runs of indexes in [from, to] that `hidden` does not contain, as [first, last] pairs. */
export function visibleRuns(
  from: number,
  to: number,
  hidden: readonly number[] = []
): [number, number][] {
  const skip = new Set(hidden);
  const runs: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (skip.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The visible cells of an area as Excel lists them: row bands of visible rows, split at hidden columns. */
export function visibleAreas(sheet: FakeSheet, area: CellArea): CellArea[] {
  const areas: CellArea[] = [];
  for (const [top, bottom] of visibleRuns(area.top, area.bottom, sheet.hiddenRows))
    for (const [left, right] of visibleRuns(area.left, area.right, sheet.hiddenColumns))
      areas.push({ top, bottom, left, right });
  return areas;
}

/** `Sheet1` or `'附件 1'` as Excel writes a sheet name into an address. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** The values a chart series or a link points at: `'进度图表'!B6:B10` → the cells' values, row by row. */
export function valuesAt(workbook: FakeWorkbook, reference: string): (number | string | boolean)[] {
  const bang = reference.lastIndexOf("!");
  let name = reference.slice(0, bang);
  if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  const sheet = findSheet(workbook, name);
  const area = parseArea(reference.slice(bang + 1));
  if (!sheet || !area) throw new Error(`fake Excel: no range ${reference}`);
  return cellsIn(area).map(({ row, column }) => readValue(cellAt(sheet, row, column)));
}
