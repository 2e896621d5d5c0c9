/**
 * What the browser page draws for a worksheet: the shown text of every non-empty cell, its look (fill, font,
 * alignment, borders), column widths and row heights in pixels, merged areas and frozen panes. Built in the worker
 * from the ExcelJS worksheet; cells are stored row by row in flat arrays (compressed-row form), so a sheet of
 * several hundred thousand cells crosses to the page as a few arrays rather than as many small objects.
 */
import type ExcelJS from "exceljs";
import type { CellArea } from "../core/grid";
import { parseArea } from "../core/a1";
import { dateText, numberWithFormat, generalNumber } from "./format";

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

/** Excel's default theme (Office 2013–2024): lt1, dk1, lt2, dk2, accent1–6, hyperlink, followed hyperlink. */
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** The legacy indexed palette (indexes 0–63); 64 is the system foreground, 65 the system background. */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

function applyTint(hex: string, tint: number | undefined): string {
  if (!tint) return hex;
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const tinted = channels.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return tinted
    .map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** An ExcelJS colour (`{argb}`, `{theme, tint}` or `{indexed}`) as `#RRGGBB`; undefined when it has none. */
export function colourHex(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!colour) return undefined;
  const c = colour as { argb?: string; theme?: number; tint?: number; indexed?: number };
  if (typeof c.argb === "string" && /^[0-9a-f]{6,8}$/i.test(c.argb)) {
    return `#${c.argb.slice(-6).toUpperCase()}`;
  }
  if (typeof c.theme === "number" && THEME[c.theme]) return `#${applyTint(THEME[c.theme], c.tint)}`;
  if (typeof c.indexed === "number" && INDEXED[c.indexed]) return `#${INDEXED[c.indexed]}`;
  return undefined;
}

function fillHex(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill) return undefined;
  if (fill.type === "pattern") {
    if (fill.pattern === "none") return undefined;
    return (
      colourHex(fill.fgColor) ?? (fill.pattern === "solid" ? undefined : colourHex(fill.bgColor))
    );
  }
  if (fill.type === "gradient") return colourHex(fill.stops?.[0]?.color);
  return undefined;
}

type CellContent = { text: string; kind: "number" | "text" | "boolean" | "error" | "empty" };

/** What a cell shows, after its number format. */
export function cellContent(cell: ExcelJS.Cell): CellContent {
  let value: unknown = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    // A cached result of 0 can be missing from `cell.value.result`; `cell.result` has it.
    value = cell.result;
  }
  const format = cell.numFmt;
  if (value === null || value === undefined) return { text: "", kind: "empty" };
  if (typeof value === "number") return { text: numberWithFormat(value, format), kind: "number" };
  if (typeof value === "string") return { text: value, kind: "text" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", kind: "boolean" };
  if (value instanceof Date) {
    const serial = (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { text: dateText(serial, format ?? ""), kind: "number" };
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { text: v.error, kind: "error" };
    if (Array.isArray(v.richText)) {
      return { text: (v.richText as { text: string }[]).map((p) => p.text).join(""), kind: "text" };
    }
    if (typeof v.text === "string") return { text: v.text, kind: "text" };
    if (typeof v.result === "number") return { text: generalNumber(v.result), kind: "number" };
  }
  return { text: String(value), kind: "text" };
}

function styleOf(cell: ExcelJS.Cell, kind: CellContent["kind"]): DisplayStyle {
  const font = cell.font ?? {};
  const alignment = cell.alignment ?? {};
  const border = cell.border ?? {};
  const horizontal = alignment.horizontal;
  const align: HorizontalAlign =
    horizontal === "center" || horizontal === "centerContinuous" || horizontal === "distributed"
      ? "center"
      : horizontal === "right"
        ? "right"
        : horizontal === "left" || horizontal === "justify" || horizontal === "fill"
          ? "left"
          : kind === "number"
            ? "right"
            : kind === "boolean" || kind === "error"
              ? "center"
              : "left";
  const vertical = alignment.vertical;
  const valign: VerticalAlign =
    vertical === "top"
      ? "top"
      : vertical === "middle" || vertical === "distributed" || vertical === "justify"
        ? "middle"
        : "bottom";
  const style: DisplayStyle = { align, valign };
  const fill = fillHex(cell.fill);
  if (fill) style.fill = fill;
  const color = colourHex(font.color);
  if (color && color !== "#000000") style.color = color;
  if (font.bold) style.bold = true;
  if (font.italic) style.italic = true;
  if (font.underline) style.underline = true;
  if (typeof font.size === "number" && font.size !== 11) style.size = font.size;
  if (alignment.wrapText) style.wrap = true;
  const sides = [border.top, border.right, border.bottom, border.left].map((b) =>
    Boolean(b?.style)
  );
  if (sides.some(Boolean)) style.borders = sides as [boolean, boolean, boolean, boolean];
  return style;
}

/** Excel column width (characters of the default font) → pixels at 100% zoom. */
export function columnPixels(width: number): number {
  return Math.round(width * 7 + 5);
}

/** Row height in points → pixels. */
export function rowPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

function frozenPanes(worksheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  const view = worksheet.views?.[0] as
    { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state !== "frozen") return { rows: 0, columns: 0 };
  return { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
}

/** The display model of one worksheet. */
export function displaySheet(worksheet: ExcelJS.Worksheet): DisplaySheet {
  const rows = worksheet.rowCount;
  let columns = worksheet.columnCount;
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? [])
    .map((m) => parseArea(m))
    .filter((a): a is CellArea => a !== null);
  for (const m of merges) columns = Math.max(columns, m.right + 1);

  const styles: DisplayStyle[] = [];
  const styleIndex = new Map<string, number>();
  const internStyle = (style: DisplayStyle) => {
    const key = JSON.stringify(style);
    let index = styleIndex.get(key);
    if (index === undefined) {
      index = styles.length;
      styles.push(style);
      styleIndex.set(key, index);
    }
    return index;
  };

  const rowStart = new Int32Array(rows + 1);
  const cellColumns: number[] = [];
  const cellStyles: number[] = [];
  const texts: string[] = [];
  const rowHeights: number[] = [];
  const hiddenRows: number[] = [];
  const defaultRow = rowPixels(worksheet.properties?.defaultRowHeight || 15);

  for (let r = 1; r <= rows; r++) {
    rowStart[r - 1] = texts.length;
    const row = worksheet.findRow(r);
    rowHeights.push(row?.height ? rowPixels(row.height) : defaultRow);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r - 1);
    const last = row.cellCount;
    columns = Math.max(columns, last);
    for (let c = 1; c <= last; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      if (cell.isMerged && cell.master !== cell) continue; // the master cell draws the merged area
      const content = cellContent(cell);
      const style = styleOf(cell, content.kind);
      const plain = !style.fill && !style.borders;
      if (content.kind === "empty" && plain) continue;
      cellColumns.push(c - 1);
      cellStyles.push(internStyle(style));
      texts.push(content.text);
    }
  }
  rowStart[rows] = texts.length;

  const columnWidths: number[] = [];
  const hiddenColumns: number[] = [];
  const defaultColumn = worksheet.properties?.defaultColWidth || 8.43;
  for (let c = 1; c <= columns; c++) {
    const column = worksheet.getColumn(c);
    columnWidths.push(columnPixels(column.width || defaultColumn));
    if (column.hidden) hiddenColumns.push(c - 1);
  }

  const frozen = frozenPanes(worksheet);
  return {
    name: worksheet.name,
    hidden: worksheet.state === "hidden" || worksheet.state === "veryHidden",
    rows,
    columns,
    columnWidths,
    rowHeights,
    hiddenRows,
    hiddenColumns,
    frozenRows: Math.min(frozen.rows, rows),
    frozenColumns: Math.min(frozen.columns, columns),
    merges,
    rowStart,
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
