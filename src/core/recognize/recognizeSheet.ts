/**
 * First recognizer: a table is anchored on its total row (合计 / 总计 / Total …). From there it walks up
 * through the unit rows to the header, reads the header block and the caption above it.
 * Subtotal (小计) rows add up the units since the previous subtotal; the grand total adds every unit once.
 */
import { areaAddress, cellAddress, columnLetters, compressCells } from "../a1";
import type { SheetGrid } from "../grid";
import type { RecognizedTable, SumRelation } from "../model";
import { readNumber } from "../numbers";
import {
  indicatorFromTitle,
  isAttachmentCaption,
  isPartOfAboveLabel,
  isSubtotalLabel,
  isTotalLabel,
  unitOfMeasureIn,
} from "../vocabulary";
import { findSerialColumn, readColumns } from "./headers";
import type { RowRole, SumRow, TableLayout } from "./layout";
import { SheetView } from "./sheetView";

/** How far left of the numbers a row's label may sit, in columns. */
const MAX_LABEL_COLUMNS = 6;
/** Caption lines read above a header. */
const MAX_CAPTION_ROWS = 4;

interface RowLabel {
  column: number;
  text: string;
}

/** The first text cell of a row, if it comes before the row's first number. */
function rowLabel(view: SheetView, row: number, from: number, to: number): RowLabel | null {
  for (let c = from; c <= to && c < from + MAX_LABEL_COLUMNS + 4; c++) {
    const text = view.shownText(row, c);
    if (text === "") continue;
    const reading = readNumber(view.shown(row, c));
    if (reading.kind === "number" || reading.kind === "numeric-text") continue; // a serial number
    return { column: view.merge(row, c)?.left ?? c, text };
  }
  return null;
}

function roleOf(
  view: SheetView,
  row: number,
  label: RowLabel | null,
  numericColumns: number[]
): RowRole {
  if (label && isTotalLabel(label.text)) return "total";
  if (label && isSubtotalLabel(label.text)) return "subtotal";
  if (label && isPartOfAboveLabel(label.text)) return "part-of-above";
  const hasData = numericColumns.some((c) => readNumber(view.value(row, c)).kind !== "blank");
  return hasData ? "unit" : "category";
}

/** A year written as a header: `2023`, `2023年`, `FY2023` — as text, or as a number in an ascending run. */
function isYearText(text: string): boolean {
  return /^(FY)?(19|20)\d{2}年?$/i.test(text.trim());
}

/**
 * A header row: most of the numeric columns hold words, not numbers (`2023年`, `一季度`), or they hold years in
 * ascending order (English templates put bare years `2023 2024` over the columns).
 */
function isHeaderRow(view: SheetView, row: number, numericColumns: number[]): boolean {
  let words = 0;
  let numbers = 0;
  const years: number[] = [];
  for (const c of numericColumns) {
    const shown = view.shown(row, c);
    const reading = readNumber(shown);
    if (typeof shown === "string" && isYearText(shown)) words++;
    else if (reading.kind === "text") words++;
    else if (reading.kind === "number" || reading.kind === "numeric-text") {
      numbers++;
      if (Number.isInteger(reading.value) && reading.value >= 1900 && reading.value <= 2100)
        years.push(reading.value);
    }
  }
  const ascendingYears =
    years.length >= 2 &&
    years.length === numbers &&
    years.every((y, i) => i === 0 || y > years[i - 1]);
  return (words > 0 && words >= numbers) || ascendingYears;
}

export function recognizeSheet(sheet: SheetGrid): TableLayout[] {
  const view = new SheetView(sheet);
  const tables: TableLayout[] = [];
  let floor = view.top; // rows above belong to tables already recognized
  for (let row = view.top; row <= view.bottom; row++) {
    const label = rowLabel(view, row, view.left, view.right);
    if (!label || !isTotalLabel(label.text)) continue;
    const table = recognizeTableEndingAt(view, row, label, floor);
    if (table) {
      tables.push(table);
      floor = row + 1;
    }
  }
  return tables;
}

function recognizeTableEndingAt(
  view: SheetView,
  totalRow: number,
  label: RowLabel,
  floor: number
): TableLayout | null {
  const labelEnd = view.merge(totalRow, label.column)?.right ?? label.column;
  const numericColumns: number[] = [];
  for (let c = labelEnd + 1; c <= view.right; c++) {
    const kind = readNumber(view.value(totalRow, c)).kind;
    if (kind === "number" || kind === "numeric-text") numericColumns.push(c);
  }
  if (numericColumns.length === 0) return null;

  // Walk up from the total row to the header, sorting rows by role.
  const roles = new Map<number, RowRole>();
  let headerBottom = -1;
  for (let r = totalRow - 1; r >= floor; r--) {
    if (view.isBlankRow(r)) continue;
    if (isHeaderRow(view, r, numericColumns)) {
      headerBottom = r;
      break;
    }
    const role = roleOf(
      view,
      r,
      rowLabel(view, r, view.left, numericColumns[0] - 1),
      numericColumns
    );
    if (role === "total") break; // the previous table's total without a header between: stop
    roles.set(r, role);
  }
  if (headerBottom < 0) return null;

  const rowsTopDown = [...roles.keys()].sort((a, b) => a - b);
  const unitRows = rowsTopDown.filter((r) => roles.get(r) === "unit");
  if (unitRows.length === 0) return null;
  const sumRows: SumRow[] = [];
  let groupStart = 0;
  rowsTopDown.forEach((r, i) => {
    if (roles.get(r) !== "subtotal") return;
    const members = rowsTopDown.slice(groupStart, i).filter((m) => roles.get(m) === "unit");
    sumRows.push({
      row: r,
      role: "subtotal",
      label: view.shownText(r, rowLabel(view, r, view.left, numericColumns[0] - 1)!.column),
      members,
    });
    groupStart = i + 1;
  });
  sumRows.push({ row: totalRow, role: "total", label: label.text, members: unitRows });

  const headerTop = findHeaderTop(
    view,
    headerBottom,
    label.column,
    numericColumns[numericColumns.length - 1],
    floor
  );
  const left = Math.min(label.column, view.left);
  const tableLeft = firstUsedColumn(view, headerTop, totalRow, left, numericColumns[0]);
  const right = numericColumns[numericColumns.length - 1];
  const labelColumn = chooseLabelColumn(view, unitRows, tableLeft, numericColumns[0] - 1);
  const serialColumn = findSerialColumn(view, tableLeft, labelColumn, headerTop, headerBottom);
  const caption = readCaption(view, headerTop, tableLeft, right, floor);
  const titleIndicator = caption.title ? indicatorFromTitle(caption.title) : null;
  const columns = readColumns(view, numericColumns, headerTop, headerBottom, titleIndicator);

  const layout: Omit<TableLayout, "summary"> = {
    sheet: view.name,
    headerTop,
    headerBottom,
    bottom: totalRow,
    left: tableLeft,
    right,
    labelColumn,
    serialColumn,
    unitRows,
    sumRows,
    columns,
    title: caption.title,
    unitOfMeasure: caption.unitOfMeasure,
  };
  return { ...layout, summary: summarize(layout) };
}

/** The header block: rows above the first data row that still carry header words within the table's columns. */
function findHeaderTop(
  view: SheetView,
  headerBottom: number,
  left: number,
  right: number,
  floor: number
): number {
  let top = headerBottom;
  for (let r = headerBottom - 1; r >= floor; r--) {
    let filled = 0;
    let mergedFromBelow = false;
    for (let c = left; c <= right; c++) {
      if (view.shownText(r, c) !== "") filled++;
      const area = view.merge(r, c);
      if (area && area.bottom > r) mergedFromBelow = true;
    }
    // Header rows fill several columns; a caption (title, unit line) is one text, usually merged across.
    const isCaptionLike =
      filled <= 1 ||
      (filled === right - left + 1 && new Set(rangeTexts(view, r, left, right)).size === 1);
    if (isCaptionLike && !mergedFromBelow) break;
    top = r;
  }
  return top;
}

function rangeTexts(view: SheetView, row: number, left: number, right: number): string[] {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) texts.push(view.shownText(row, c));
  return texts;
}

function firstUsedColumn(
  view: SheetView,
  top: number,
  bottom: number,
  from: number,
  to: number
): number {
  for (let c = from; c < to; c++) {
    for (let r = top; r <= bottom; r++) if (view.shownText(r, c) !== "") return c;
  }
  return to;
}

/** The unit-name column: among the columns before the numbers, the one with the most texts in unit rows. */
function chooseLabelColumn(view: SheetView, unitRows: number[], from: number, to: number): number {
  let best = to;
  let bestCount = -1;
  for (let c = from; c <= to; c++) {
    const texts = new Set<string>();
    for (const r of unitRows) {
      const reading = readNumber(view.value(r, c));
      if (reading.kind === "text") texts.add(reading.text);
    }
    if (texts.size > bestCount || (texts.size === bestCount && texts.size > 0)) {
      best = c;
      bestCount = texts.size;
    }
  }
  return best;
}

/** Title and unit of measure from the caption lines above the header (`附件1` / title / `（单位：万元）`). */
function readCaption(
  view: SheetView,
  headerTop: number,
  left: number,
  right: number,
  floor: number
) {
  let title: string | null = null;
  let unitOfMeasure: string | null = null;
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - MAX_CAPTION_ROWS); r--) {
    const texts = rangeTexts(
      view,
      r,
      Math.max(view.left, left - 1),
      Math.min(view.right, right + 1)
    ).filter((t) => t !== "");
    for (const text of texts) {
      const unit = unitOfMeasureIn(text);
      if (unit && !unitOfMeasure) unitOfMeasure = unit;
      else if (!unit && !title && !isAttachmentCaption(text)) title = text.trim();
    }
  }
  return { title, unitOfMeasure };
}

function summarize(layout: Omit<TableLayout, "summary">): RecognizedTable {
  const sums: SumRelation[] = [];
  const summed = layout.columns.filter((c) => c.kind !== "rate");
  for (const sumRow of layout.sumRows) {
    for (const column of summed) {
      sums.push({
        cell: cellAddress(sumRow.row, column.index),
        members: compressCells(sumRow.members.map((row) => ({ row, column: column.index }))),
      });
    }
  }
  const indicators = [
    ...new Set(layout.columns.map((c) => c.indicator).filter((i): i is string => i !== null)),
  ];
  return {
    sheet: layout.sheet,
    range: areaAddress({
      top: layout.headerTop,
      left: layout.left,
      bottom: layout.bottom,
      right: layout.right,
    }),
    title: layout.title,
    indicators,
    unitOfMeasure: layout.unitOfMeasure,
    labelColumn: columnLetters(layout.labelColumn),
    unitRows: layout.unitRows.map((r) => r + 1),
    totalRows: layout.sumRows.filter((s) => s.role === "total").map((s) => s.row + 1),
    subtotalRows: layout.sumRows.filter((s) => s.role === "subtotal").map((s) => s.row + 1),
    periods: layout.columns.map((c) => ({
      column: columnLetters(c.index),
      indicator: c.indicator,
      period: c.period ?? "",
      kind: c.kind,
      header: c.headers.join(" / "),
    })),
    sums,
  };
}
