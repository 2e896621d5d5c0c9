/**
 * What the browser page draws for a worksheet: the shown text of every non-empty cell, its look (fill; fonts and
 * borders where the reader gives them), column widths and row heights in pixels, merged areas and frozen panes.
 * Built in the worker from the same read as the checked grid (src/file/read): one conversion of the file's cells.
 * Cells are stored row by row in flat arrays (compressed-row form), so a sheet of several hundred thousand cells
 * crosses to the page as a few arrays rather than as many small objects.
 */
import type { CellObject } from "@e965/xlsx";
import type { CellArea } from "../core/grid";
import { cellValue } from "../file/read/sheetGrid";
import type { SourceSheet } from "../file/read/readWorkbook";
import { isCellError, isUnknownValue } from "../core/grid";
import { numberWithFormat } from "./format";
export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface DisplayStyle {
  /** `#RRGGBB` */
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  align: HorizontalAlign;
  valign: VerticalAlign;
  wrap?: boolean;
  /** Which sides carry a border line in the file: top, right, bottom, left. */
  borders?: [boolean, boolean, boolean, boolean];
}

export interface DisplaySheet {
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
  rows: number;
  columns: number;
  /** Pixels, one per column / row. */
  columnWidths: number[];
  rowHeights: number[];
  hiddenRows: number[];
  hiddenColumns: number[];
  frozenRows: number;
  frozenColumns: number;
  merges: CellArea[];
  /** Cells of row r are `rowStart[r]` … `rowStart[r + 1] - 1` in the arrays below. */
  rowStart: Int32Array;
  cellColumns: Int32Array;
  cellStyles: Int32Array;
  texts: string[];
  styles: DisplayStyle[];
}

export interface DisplayWorkbook {
  /** The file's name as the user picked it. */
  name: string;
  sheets: DisplaySheet[];
}

type CellContent = { text: string; kind: "number" | "text" | "boolean" | "error" | "empty" };

/** What a cell shows, after its number format. */
export function cellContent(cell: CellObject): CellContent {
  const value = cellValue(cell);
  if (value === null) return { text: "", kind: "empty" };
  if (typeof value === "number")
    return { text: numberWithFormat(value, cell.z as string | undefined), kind: "number" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", kind: "boolean" };
  if (isCellError(value)) return { text: value.error, kind: "error" };
  // A formula saved without its value: the page shows it empty, as Excel would before recalculating.
  if (isUnknownValue(value)) return { text: "", kind: "empty" };
  return { text: value, kind: "text" };
}

/** A SheetJS fill (`{ patternType, fgColor: { rgb } }`, theme colours already resolved) as `#RRGGBB`. */
function fillHex(fill: unknown): string | undefined {
  const f = fill as
    { patternType?: string; fgColor?: { rgb?: string }; bgColor?: { rgb?: string } } | undefined;
  if (!f || !f.patternType || f.patternType === "none") return undefined;
  const rgb = f.fgColor?.rgb ?? (f.patternType === "solid" ? undefined : f.bgColor?.rgb);
  return typeof rgb === "string" && /^[0-9a-f]{6,8}$/i.test(rgb)
    ? `#${rgb.slice(-6).toUpperCase()}`
    : undefined;
}

function styleOf(cell: CellObject, kind: CellContent["kind"]): DisplayStyle {
  const align: HorizontalAlign =
    kind === "number" ? "right" : kind === "boolean" || kind === "error" ? "center" : "left";
  const style: DisplayStyle = { align, valign: "bottom" };
  const fill = fillHex(cell.s);
  if (fill) style.fill = fill;
  return style;
}

/** One text per distinct look (cheaper than JSON for every cell of a large sheet). */
function styleKey(s: DisplayStyle): string {
  return `${s.align}|${s.valign}|${s.fill ?? ""}|${s.color ?? ""}|${s.bold ? 1 : 0}${s.italic ? 1 : 0}${s.underline ? 1 : 0}${s.wrap ? 1 : 0}|${s.size ?? ""}|${s.borders?.join(",") ?? ""}`;
}

/** Excel column width (characters of the default font) → pixels at 100% zoom. */
export function columnPixels(width: number): number {
  return Math.round(width * 7 + 5);
}

/** Row height in points → pixels. */
export function rowPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** The page draws every row and column up to the last one holding something; beyond that nothing is kept. */
export function displaySheet(source: SourceSheet): DisplaySheet {
  const ws = source.sheet;
  const data = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  const merges: CellArea[] = (ws["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const styles: DisplayStyle[] = [];
  const styleIndex = new Map<string, number>();
  const internStyle = (style: DisplayStyle) => {
    const key = styleKey(style);
    let index = styleIndex.get(key);
    if (index === undefined) {
      index = styles.length;
      styles.push(style);
      styleIndex.set(key, index);
    }
    return index;
  };
  // Cells under a merge (other than its top-left) are drawn by the merge: the merges over each row that has cells.
  const mergesOfRow = new Map<number, CellArea[]>();
  for (const m of merges)
    for (let r = m.top; r <= Math.min(m.bottom, data.length - 1); r++)
      if (data[r]) {
        const list = mergesOfRow.get(r);
        if (list) list.push(m);
        else mergesOfRow.set(r, [m]);
      }
  const isCovered = (r: number, c: number) =>
    mergesOfRow.get(r)?.some((m) => c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) ??
    false;
  const rowStarts: number[] = [];
  const cellColumns: number[] = [];
  const cellStyles: number[] = [];
  const texts: string[] = [];
  let rows = 0;
  let columns = 0;
  data.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const content = cellContent(cell);
      const style = styleOf(cell, content.kind);
      if (content.kind === "empty" && !style.fill) return;
      if (isCovered(r, c)) return;
      while (rowStarts.length <= r) rowStarts.push(texts.length);
      cellColumns.push(c);
      cellStyles.push(internStyle(style));
      texts.push(content.text);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  // A merge drawn from a cell the sheet shows widens the sheet to its edge (within reason: not to XFD).
  for (const m of merges)
    if (m.top < rows && m.left < columns) {
      rows = Math.max(rows, Math.min(m.bottom + 1, rows + 64));
      columns = Math.max(columns, Math.min(m.right + 1, columns + 64));
    }
  while (rowStarts.length <= rows) rowStarts.push(texts.length);

  const rowInfo = ws["!rows"] ?? [];
  const colInfo = ws["!cols"] ?? [];
  const defaultRow = rowPixels(source.defaultRowHeight ?? 15);
  const rowHeights: number[] = new Array(rows);
  const hiddenRows: number[] = [];
  for (let r = 0; r < rows; r++) {
    const info = rowInfo[r];
    rowHeights[r] = info?.hpt ? rowPixels(info.hpt) : info?.hpx ? Math.round(info.hpx) : defaultRow;
    if (info?.hidden) hiddenRows.push(r);
  }
  const columnWidths: number[] = new Array(columns);
  const hiddenColumns: number[] = [];
  for (let c = 0; c < columns; c++) {
    const info = colInfo[c];
    columnWidths[c] = columnPixels(info?.width ?? info?.wch ?? source.defaultColumnWidth ?? 8.43);
    if (info?.hidden) hiddenColumns.push(c);
  }
  return {
    name: source.name,
    hidden: source.hidden,
    rows,
    columns,
    columnWidths,
    rowHeights,
    hiddenRows,
    hiddenColumns,
    frozenRows: Math.min(source.frozen.rows, rows),
    frozenColumns: Math.min(source.frozen.columns, columns),
    merges,
    rowStart: Int32Array.from(rowStarts),
    cellColumns: Int32Array.from(cellColumns),
    cellStyles: Int32Array.from(cellStyles),
    texts,
    styles,
  };
}

/** The typed arrays of every sheet, handed to postMessage as transferables (moved, not copied). */
export function transferables(workbook: DisplayWorkbook): ArrayBuffer[] {
  return workbook.sheets.flatMap((s) => [
    s.rowStart.buffer as ArrayBuffer,
    s.cellColumns.buffer as ArrayBuffer,
    s.cellStyles.buffer as ArrayBuffer,
  ]);
}
