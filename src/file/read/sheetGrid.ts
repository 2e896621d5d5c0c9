/**
 * A SheetJS worksheet (dense mode) → the core's grid, covering only the cells that hold something. Formats, styles
 * and heights alone cost nothing; a stray value far away (XFD1048576) becomes a small grid of its own under the
 * same sheet name rather than stretching one grid over a million rows: the core walks a grid by its extent, and
 * no table spans a gap of more than GAP empty rows or columns.
 */
import type { CellObject, WorkSheet } from "@e965/xlsx";
import type { CellArea, CellIndent, CellValue, SheetGrid } from "../../core/grid";

/** Empty rows or columns that separate two parts of a sheet. */
export const GAP = 64;

/** Excel's error codes as SheetJS stores them (the BIFF numbers). */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** One shared, frozen empty row for the rows of a grid that hold nothing. */
const EMPTY_ROW = Object.freeze([]) as unknown as never[];

export function cellValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? cell.v : null;
    case "s":
      return typeof cell.v === "string" ? cell.v : cell.v == null ? null : String(cell.v);
    case "b":
      return Boolean(cell.v);
    case "e":
      return { error: cell.w ?? ERROR_TEXT[cell.v as number] ?? "#N/A" };
    case "d":
      return cell.v instanceof Date
        ? (cell.v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
        : null;
    default:
      return null; // "z": a styled empty cell
  }
}

/** A row's cells that hold something, in column order, as parallel lists (no object per cell). */
export interface RowCells {
  row: number;
  columns: number[];
  values: CellValue[];
  /** Beside `columns`; null while no cell of the row holds a formula (or a number format). */
  formulas: (string | null)[] | null;
  formats: (string | null)[] | null;
}

/** The rows that hold something, built cell by cell in sheet order (every reader hands the grid these). */
export class RowList {
  readonly rows: RowCells[] = [];
  private current: RowCells | null = null;

  add(
    row: number,
    column: number,
    value: CellValue,
    formula: string | null,
    format: string | null
  ): void {
    let r = this.current;
    if (r === null || r.row !== row) {
      r = { row, columns: [], values: [], formulas: null, formats: null };
      this.rows.push(r);
      this.current = r;
    }
    const i = r.columns.length;
    r.columns.push(column);
    r.values.push(value);
    if (r.formulas) r.formulas.push(formula);
    else if (formula !== null) (r.formulas = new Array<string | null>(i).fill(null)).push(formula);
    if (r.formats) r.formats.push(format);
    else if (format !== null) (r.formats = new Array<string | null>(i).fill(null)).push(format);
  }
}

/** Consecutive runs of sorted numbers, split where the gap between two is more than GAP. */
function runs(sorted: number[]): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n - last[last.length - 1] <= GAP + 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

export interface SheetExtras {
  merges: CellArea[];
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Cells indented by their style (only the streaming .xlsx reader reads them), in sheet order. */
  indents?: CellIndent[];
}

/** The sheet's merges, hidden rows and hidden columns (0-based), read without walking its extent. */
export function sheetExtras(ws: WorkSheet): SheetExtras {
  const merges = (ws["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.push(r);
  });
  const hiddenColumns: number[] = [];
  (ws["!cols"] ?? []).forEach((info, c) => {
    if (info?.hidden) hiddenColumns.push(c);
  });
  return { merges, hiddenRows, hiddenColumns };
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The grids of one worksheet: one for an ordinary sheet, one per far-apart block otherwise. */
export function sheetGrids(name: string, ws: WorkSheet): SheetGrid[] {
  const data = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  const list = new RowList();
  data.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const value = cellValue(cell);
      const formula = cell.f ? `=${cell.f}` : null;
      if (value === null && formula === null) return;
      const format = typeof cell.z === "string" && cell.z !== "General" ? cell.z : null;
      list.add(r, c, value, formula, format);
    });
  });
  return gridsFromRows(name, list.rows, sheetExtras(ws));
}

/**
 * The grids of one worksheet from its rows that hold something (ascending, each row's entries in column order):
 * one grid for an ordinary sheet, one per far-apart block otherwise.
 */
export function gridsFromRows(name: string, rows: RowCells[], extras: SheetExtras): SheetGrid[] {
  if (rows.length === 0)
    return [{ name, top: 0, left: 0, values: [], formulas: [], numberFormats: [], ...extras }];

  const grids: SheetGrid[] = [];
  let next = 0;
  for (const band of runs(rows.map((r) => r.row))) {
    const bandRows = rows.slice(next, next + band.length);
    next += band.length;
    // The columns in use, marked in one array (a row's columns ascend: its last is its widest).
    let widest = 0;
    for (const r of bandRows) widest = Math.max(widest, r.columns[r.columns.length - 1]);
    const used = new Uint8Array(widest + 1);
    for (const r of bandRows) for (const c of r.columns) used[c] = 1;
    const columns: number[] = [];
    for (let c = 0; c <= widest; c++) if (used[c]) columns.push(c);
    const groups = runs(columns);
    if (groups.length === 1) {
      // The usual sheet: one block of columns, its rows as they are.
      grids.push(piece(name, bandRows, groups[0][0], extras));
      continue;
    }
    const groupOf = new Map<number, number>();
    groups.forEach((group, g) => group.forEach((c) => groupOf.set(c, g)));
    // Each row's cells dealt to the column groups in one pass.
    const pieces = groups.map(() => new RowList());
    for (const r of bandRows)
      r.columns.forEach((c, i) =>
        pieces[groupOf.get(c)!].add(
          r.row,
          c,
          r.values[i],
          r.formulas?.[i] ?? null,
          r.formats?.[i] ?? null
        )
      );
    groups.forEach((group, g) => grids.push(piece(name, pieces[g].rows, group[0], extras)));
  }
  return grids;
}

/** A row's list beside its columns, laid out by column from `left`. */
function spread(
  columns: number[],
  list: (string | null)[],
  left: number,
  width: number
): (string | null)[] {
  const out: (string | null)[] = new Array(width).fill(null);
  for (let i = 0; i < columns.length; i++) out[columns[i] - left] = list[i];
  return out;
}

function piece(
  name: string,
  rows: RowCells[],
  firstColumn: number,
  extras: SheetExtras
): SheetGrid {
  // An ordinary sheet keeps its grid at A1, as every door has always given it.
  const top = rows[0].row <= GAP ? 0 : rows[0].row;
  const left = firstColumn <= GAP ? 0 : firstColumn;
  const height = rows[rows.length - 1].row - top + 1;
  const values: CellValue[][] = new Array(height).fill(EMPTY_ROW);
  const formulas: (string | null)[][] = new Array(height).fill(EMPTY_ROW);
  const numberFormats: (string | null)[][] = new Array(height).fill(EMPTY_ROW);
  let right = left;
  for (const r of rows) {
    const count = r.columns.length;
    const width = r.columns[count - 1] - left + 1;
    right = Math.max(right, left + width - 1);
    const rowValues: CellValue[] = new Array(width).fill(null);
    for (let i = 0; i < count; i++) rowValues[r.columns[i] - left] = r.values[i];
    values[r.row - top] = rowValues;
    if (r.formulas) formulas[r.row - top] = spread(r.columns, r.formulas, left, width);
    if (r.formats) numberFormats[r.row - top] = spread(r.columns, r.formats, left, width);
  }
  const extent = { top, left, bottom: top + height - 1, right };
  const merges = extras.merges.filter((m) => overlaps(m, extent));
  const indents = extras.indents?.filter(
    (i) => i.row >= top && i.row <= extent.bottom && i.column >= left && i.column <= right
  );
  // A merged area shows its top-left value only: a value left under it is not what the sheet shows.
  for (const m of merges)
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, extent.bottom); r++) {
      const row = values[r - top];
      if (row.length === 0) continue;
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, left + row.length - 1); c++) {
        if (r === m.top && c === m.left) continue;
        row[c - left] = null;
        const f = formulas[r - top];
        if (f.length > c - left) f[c - left] = null;
      }
    }
  return {
    name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    merges,
    hiddenRows: extras.hiddenRows.filter((r) => r >= top && r <= extent.bottom),
    hiddenColumns: extras.hiddenColumns.filter((c) => c >= left && c <= right),
    ...(indents?.length ? { indents } : {}),
  };
}
