/**
 * Finds the breakdown tables of a sheet. A table is anchored on a total row (合计 / 总计 / Total …) whose
 * members are read above or below it, or — where a table has no total row — on a total column header.
 * Then its header block, caption, column kinds, serial and label columns are read, and its total columns found.
 */
import { cellAddress, columnLetters, areaAddress, compressCells } from "../a1";
import type { SheetGrid } from "../grid";
import type { RecognizedTable } from "../model";
import { kindOf, readNumber } from "../numbers";
import {
  computedMeasure,
  isAttachmentCaption,
  isAllLabel,
  isTotalHeader,
  isTotalLabel,
  unitOfMeasureIn,
  withoutTrailingNotes,
} from "../vocabulary";
import { findSumColumns } from "./columnTotals";
import { columnHeaders, findSerialColumn, readColumns } from "./headers";
import type { RowRole, SumRow, TableLayout } from "./layout";
import { readTotalRow, rowRelations, walkUp } from "./rowTotals";
import { isHeaderRow, isTextOnlyRow, rowLabel, type RowLabel } from "./rows";
import { SheetView } from "./sheetView";
import { readNamedTotals } from "./namedTotals";
import { append } from "../append";
import type { UnverifiedBlock } from "./unverified";
import { valueAt } from "./agreement";

/** Caption lines read above a header. */
const MAX_CAPTION_ROWS = 4;

export function recognizeSheet(sheet: SheetGrid): TableLayout[] {
  return readSheet(sheet).tables;
}

export interface SheetReading {
  tables: TableLayout[];
  /** Blocks that look like tables (a total label, numbers) whose totals could not be read: never skipped silently. */
  unverified: UnverifiedBlock[];
}

export function readSheet(sheet: SheetGrid): SheetReading {
  const view = new SheetView(sheet);
  const tables: TableLayout[] = [];
  const unverified: UnverifiedBlock[] = [];
  let floor = view.top; // rows above belong to tables already recognized
  for (let row = view.top; row <= view.bottom; row++) {
    const label = rowLabel(view, row, view.left, view.right);
    if (!label || !isTotalLabel(label.text)) continue;
    const found = tableAroundTotalRow(view, row, label, floor);
    if (!found) continue;
    if ("reason" in found) {
      unverified.push(found);
      floor = row + 1;
      continue;
    }
    tables.push(found);
    unverified.push(...(found.unverified ?? []));
    floor = found.bottom + 1;
    row = found.bottom;
  }
  append(tables, tablesOnNamedTotals(view, tables));
  append(tables, tablesWithTotalColumnsOnly(view, tables));
  return {
    tables: tables.sort((a, b) => a.headerTop - b.headerTop || a.left - b.left),
    unverified: unverified.sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

function numericCellsRightOf(view: SheetView, row: number, from: number): number[] {
  const columns: number[] = [];
  for (let c = from; c <= view.right; c++) {
    // A total cell holding an error (`#REF!`), or a formula nobody could compute (unknown), still heads a
    // column of numbers the checks must see.
    const kind = kindOf(view.value(row, c));
    if (kind === "number" || kind === "numeric-text" || kind === "error" || kind === "unknown")
      columns.push(c);
  }
  return columns;
}

function tableAroundTotalRow(
  view: SheetView,
  totalRow: number,
  label: RowLabel,
  floor: number
): TableLayout | UnverifiedBlock | null {
  const labelEnd = view.merge(totalRow, label.column)?.right ?? label.column;
  const numericColumns = numericCellsRightOf(view, totalRow, labelEnd + 1);
  if (numericColumns.length === 0) return null;
  const up = walkUp(view, totalRow, label.text, numericColumns, floor);

  // Column kinds come from the header; rate columns are never summed, so they do not vote either.
  const headerBottom = up.headerBottom;
  const headerTop =
    headerBottom >= 0
      ? findHeaderTop(
          view,
          headerBottom,
          label.column,
          numericColumns[numericColumns.length - 1],
          floor
        )
      : totalRow;
  const caption =
    headerBottom >= 0
      ? readCaption(view, headerTop, label.column, numericColumns[numericColumns.length - 1], floor)
      : { title: null, unitOfMeasure: null };
  const columns =
    headerBottom >= 0
      ? readColumns(
          view,
          withComputedColumns(view, numericColumns, up.roles, headerTop, headerBottom, labelEnd),
          headerTop,
          headerBottom,
          caption.title
        )
      : readColumns(view, numericColumns, totalRow, totalRow - 1, caption.title);
  const summable = columns.filter((c) => c.kind !== "rate").map((c) => c.index);

  const outcome = readTotalRow(view, totalRow, label.text, summable, numericColumns, up);
  if ("unverified" in outcome) {
    const withNumbers = summable.length > 0 ? summable : numericColumns;
    return {
      sheet: view.name,
      top: headerBottom >= 0 ? headerTop : Math.min(totalRow, ...up.roles.keys()),
      left: Math.min(label.column, withNumbers[0]),
      bottom: totalRow,
      right: numericColumns[numericColumns.length - 1],
      totalCells: withNumbers.map((column) => ({ row: totalRow, column })),
      label: label.text.trim(),
      reason: outcome.unverified,
    };
  }
  const { reading } = outcome;
  const farOff = outcome.farOff ?? [];
  const bodyRows = [...reading.roles.keys(), totalRow].sort((a, b) => a - b);
  return buildLayout(view, {
    headerTop: headerBottom >= 0 ? headerTop : bodyRows[0],
    headerBottom,
    bodyRows,
    roles: reading.roles,
    sumRows: reading.sumRows,
    unjudged: farOff,
    columns,
    caption,
    labelFrom: Math.min(
      label.column,
      ...bodyRows.map(
        (r) => rowLabel(view, r, view.left, numericColumns[0] - 1)?.column ?? label.column
      )
    ),
  });
}

/**
 * Computed columns whose total cell holds no number (a 排名 column is blank on the 合计 row, a 时序进度 column may be
 * too): kept beside the numeric columns when their header names the computation and the units' cells are numbers.
 * Inside the numeric columns' span, or right after it without a gap. Never summed (they are rates).
 */
function withComputedColumns(
  view: SheetView,
  numericColumns: number[],
  roles: Map<number, RowRole>,
  headerTop: number,
  headerBottom: number,
  labelEnd: number
): number[] {
  const units: number[] = [];
  roles.forEach((role, row) => {
    if (role === "unit") units.push(row);
  });
  if (units.length === 0) return numericColumns;
  const known = new Set(numericColumns);
  const isComputed = (c: number) => {
    if (computedMeasure(columnHeaders(view, c, headerTop, headerBottom)) === null) return false;
    const numbers = units.filter((r) => {
      const kind = kindOf(view.value(r, c));
      return kind === "number" || kind === "numeric-text";
    }).length;
    return numbers * 2 >= units.length;
  };
  const extra: number[] = [];
  const last = numericColumns[numericColumns.length - 1];
  for (let c = labelEnd + 1; c < last; c++) if (!known.has(c) && isComputed(c)) extra.push(c);
  for (let c = last + 1; c <= view.right && isComputed(c); c++) extra.push(c);
  return extra.length ? [...numericColumns, ...extra].sort((a, b) => a - b) : numericColumns;
}

interface LayoutParts {
  headerTop: number;
  headerBottom: number;
  bodyRows: number[];
  roles: Map<number, RowRole>;
  sumRows: SumRow[];
  columns: TableLayout["columns"];
  caption: { title: string | null; unitOfMeasure: string | null };
  labelFrom: number;
  /** Columns whose row totals are far off their units in a table read on its labels: not judged, said. */
  unjudged?: number[];
  /** Totals read from their figures (named totals): only the cells holding a figure are claimed. */
  filledOnly?: boolean;
}

function buildLayout(view: SheetView, parts: LayoutParts): TableLayout | null {
  const { headerTop, headerBottom, bodyRows, roles, sumRows, columns, caption } = parts;
  const unitRows = bodyRows.filter((r) => roles.get(r) === "unit");
  const firstNumeric = columns[0].index;
  const right = columns[columns.length - 1].index;
  const tableLeft = leftEdge(
    view,
    headerTop,
    bodyRows[bodyRows.length - 1],
    Math.min(parts.labelFrom, firstNumeric)
  );
  const labelColumn = chooseLabelColumn(view, unitRows, tableLeft, firstNumeric - 1);
  const serialColumn =
    headerBottom >= 0
      ? findSerialColumn(view, tableLeft, labelColumn, headerTop, headerBottom)
      : null;
  const summable = columns.filter((c) => c.kind !== "rate").map((c) => c.index);
  const totalColumns = findSumColumns(view, columns, headerTop, headerBottom, bodyRows);
  // A total column is not a member of a total row's sum of itself… but the 合计 row's 合计 cell is still a
  // row total over the units, so row relations keep every summable column.
  const unjudged = new Set(parts.unjudged ?? []);
  const relations = [
    ...rowRelations(
      sumRows,
      summable.filter((c) => !unjudged.has(c))
    ).filter((r) => !parts.filledOnly || holdsFigure(view, r.cell.row, r.cell.column)),
    ...totalColumns.relations,
    ...sharesThatAddUp(view, sumRows, columns),
  ];
  if (relations.length === 0) return null;
  const bottom = bodyRows[bodyRows.length - 1];
  const block = { sheet: view.name, top: headerTop, left: tableLeft, bottom, right };
  const total = sumRows.find((s) => s.role === "total");
  const unverified: UnverifiedBlock[] = [
    ...(total && unjudged.size > 0
      ? [
          {
            ...block,
            totalCells: [...unjudged].map((column) => ({ row: total.row, column })),
            label: total.label,
            reason: { kind: "far-off" as const, units: unitRows.length },
          },
        ]
      : []),
    ...totalColumns.unverified.map((u) => ({
      ...block,
      totalCells: bodyRows
        .filter((row) => valueAt(view, { row, column: u.column }) !== null)
        .map((row) => ({ row, column: u.column })),
      label: u.header,
      reason: { kind: "total-column" as const, header: u.header, tried: u.tried },
    })),
  ];
  const layout: Omit<TableLayout, "summary"> = {
    sheet: view.name,
    headerTop,
    headerBottom,
    bodyTop: bodyRows[0],
    bottom: bodyRows[bodyRows.length - 1],
    left: tableLeft,
    right,
    labelColumn,
    serialColumn,
    unitRows,
    sumRows,
    sumColumns: totalColumns.sumColumns,
    unverified,
    relations,
    columns,
    title: caption.title,
    unitOfMeasure: caption.unitOfMeasure,
  };
  return { ...layout, summary: summarize(layout) };
}

/** A number, typed or as text: what a total read from its figures may claim (not a word left on its row). */
function holdsFigure(view: SheetView, row: number, column: number): boolean {
  const kind = kindOf(view.value(row, column));
  return kind === "number" || kind === "numeric-text";
}

/**
 * Rate columns are never summed… except that shares of a total (`% of Total Sales`) add up to the total's share.
 * Claimed cell by cell, only where the figures agree: such a claim can never be an alarm.
 */
function sharesThatAddUp(
  view: SheetView,
  sumRows: SumRow[],
  columns: TableLayout["columns"]
): ReturnType<typeof rowRelations> {
  const rates = columns.filter((c) => c.kind === "rate").map((c) => c.index);
  return rowRelations(sumRows, rates).filter((relation) => {
    const total = valueAt(view, relation.cell);
    const parts = relation.members
      .map((m) => valueAt(view, m))
      .filter((v): v is number => v !== null && v !== 0);
    if (total === null || total === 0 || parts.length < 2) return false;
    const sum = parts.reduce((a, b) => a + b, 0);
    return Math.abs(sum - total) <= Math.max(1e-6, 0.005 * Math.abs(total));
  });
}

/** Tables ending in totals named in other words (`Total assets`, `Subtotal` without a grand total): see namedTotals.ts. */
function tablesOnNamedTotals(view: SheetView, known: TableLayout[]): TableLayout[] {
  const isCovered = (row: number) => {
    // Indexed: asked of every row of the sheet, it allocates nothing.
    for (let i = 0; i < known.length; i++)
      if (row >= known[i].headerTop && row <= known[i].bottom) return true;
    return false;
  };
  const standsForTable = (row: number) =>
    known.some(
      (t) => t.bottom === row && t.sumRows.some((s) => s.row === row && s.role === "total")
    );
  // A block may reach up to the total row of a table above it, not into its body.
  const floorAt = (row: number) =>
    Math.max(
      view.top,
      ...known
        .filter((t) => t.bottom < row)
        .map((t) => (standsForTable(t.bottom) ? t.bottom : t.bottom + 1))
    );
  const headerTopOf = (headerBottom: number, numericColumns: number[]) =>
    findHeaderTop(
      view,
      headerBottom,
      numericColumns[0],
      numericColumns[numericColumns.length - 1],
      view.top
    );
  const summableOf = (numericColumns: number[], headerBottom: number) =>
    headerBottom < 0
      ? numericColumns
      : readColumns(
          view,
          numericColumns,
          headerTopOf(headerBottom, numericColumns),
          headerBottom,
          null
        )
          .filter((c) => c.kind !== "rate")
          .map((c) => c.index);
  const found: TableLayout[] = [];
  for (const block of readNamedTotals(view, floorAt, isCovered, standsForTable, summableOf)) {
    const { headerBottom, numericColumns, bodyRows } = block;
    const right = numericColumns[numericColumns.length - 1];
    const headerTop = headerBottom >= 0 ? headerTopOf(headerBottom, numericColumns) : bodyRows[0];
    const caption =
      headerBottom >= 0
        ? readCaption(view, headerTop, block.labelColumn, right, view.top)
        : { title: null, unitOfMeasure: null };
    const columns =
      headerBottom >= 0
        ? readColumns(view, numericColumns, headerTop, headerBottom, caption.title)
        : readColumns(view, numericColumns, bodyRows[0], bodyRows[0] - 1, caption.title);
    const table = buildLayout(view, {
      headerTop,
      headerBottom,
      bodyRows,
      roles: block.roles,
      sumRows: block.sumRows,
      columns,
      caption,
      labelFrom: block.labelColumn,
      filledOnly: true,
    });
    if (table) found.push(table);
  }
  return found;
}

/**
 * Tables without a total row can still have a total column (`Total` / `合计` in the header). Anchored on such a
 * header cell outside the tables found so far; kept only when the column really adds up its siblings.
 */
function tablesWithTotalColumnsOnly(view: SheetView, known: TableLayout[]): TableLayout[] {
  const found: TableLayout[] = [];
  const covers = (t: TableLayout, row: number, column: number) =>
    row >= t.headerTop && row <= t.bottom && column >= t.left && column <= t.right;
  const covered = (row: number, column: number) =>
    known.some((t) => covers(t, row, column)) || found.some((t) => covers(t, row, column));
  // A row inside a table as wide as the sheet has no cell left to anchor on: not read (most rows of a large sheet).
  const spans = (t: TableLayout, row: number) =>
    covers(t, row, view.left) && covers(t, row, view.right);
  const coveredRow = (row: number) => {
    // Indexed: asked of every row of the sheet, it allocates nothing.
    for (let i = 0; i < known.length; i++) if (spans(known[i], row)) return true;
    for (let i = 0; i < found.length; i++) if (spans(found[i], row)) return true;
    return false;
  };
  for (let row = view.top; row <= view.bottom; row++) {
    if (coveredRow(row)) continue;
    for (let column = view.left; column <= view.right; column++) {
      const text = view.value(row, column);
      if (typeof text !== "string" || covered(row, column)) continue;
      if (!isTotalHeader(text) && !isAllLabel(text)) continue;
      const table = tableUnderTotalHeader(view, row, column);
      if (table) found.push(table);
    }
  }
  return found;
}

function tableUnderTotalHeader(
  view: SheetView,
  anchorRow: number,
  anchorColumn: number
): TableLayout | null {
  const isNumber = (r: number, c: number) => {
    const kind = kindOf(view.value(r, c));
    return kind === "number" || kind === "numeric-text";
  };
  // The header goes down to the row above the first number in the anchor's column (at most 4 rows).
  let headerBottom = anchorRow;
  while (
    headerBottom + 1 <= view.bottom &&
    headerBottom - anchorRow < 4 &&
    !isNumber(headerBottom + 1, anchorColumn)
  )
    headerBottom++;
  if (headerBottom + 1 > view.bottom || !isNumber(headerBottom + 1, anchorColumn)) return null;
  const bodyRows: number[] = [];
  let blanks = 0;
  for (let r = headerBottom + 1; r <= view.bottom && blanks < 2; r++) {
    if (view.isBlankRow(r)) {
      blanks++;
      continue;
    }
    if (!isNumber(r, anchorColumn) && isTextOnlyRow(view, r, [anchorColumn])) {
      // A section heading (`Sec. 8006`) right above more rows with figures in the column: the body goes on.
      if (r + 1 <= view.bottom && isNumber(r + 1, anchorColumn)) continue;
      break;
    }
    blanks = 0;
    bodyRows.push(r);
  }
  if (bodyRows.length === 0) return null;
  // Numeric columns around the anchor: columns with numbers in the body, across gaps of at most two columns
  // (a column headed like its neighbours but still empty — `final`, `curve` before the exam is sat — is no gap).
  const hasNumbers = (c: number) => bodyRows.some((r) => isNumber(r, c));
  const headed = (c: number) => {
    for (let r = anchorRow; r <= headerBottom; r++) if (view.shownText(r, c) !== "") return true;
    return false;
  };
  const step = (c: number, gap: number) => (hasNumbers(c) ? 0 : headed(c) ? gap : gap + 1);
  let left = anchorColumn;
  let right = anchorColumn;
  for (let c = anchorColumn - 1, gap = 0; c >= view.left && gap <= 2; c--) {
    gap = step(c, gap);
    if (hasNumbers(c)) left = c;
  }
  for (let c = anchorColumn + 1, gap = 0; c <= view.right && gap <= 2; c++) {
    gap = step(c, gap);
    if (hasNumbers(c)) right = c;
  }
  const numericColumns: number[] = [];
  for (let c = left; c <= right; c++)
    if (hasNumbers(c) && !isHeaderRowColumnOfLabels(view, bodyRows, c)) numericColumns.push(c);
  if (numericColumns.length < 3) return null;
  // The header holds the anchor: rows under it may be one-word continuations (`Free &` / `Reduced`) that would
  // end a climb from the header's last row.
  const headerTop = findHeaderTop(view, anchorRow, left, right, view.top);
  const caption = readCaption(view, headerTop, left, right, view.top);
  const columns = readColumns(view, numericColumns, headerTop, headerBottom, caption.title);
  const roles = new Map<number, RowRole>(bodyRows.map((r) => [r, "unit"]));
  return buildLayout(view, {
    headerTop,
    headerBottom,
    bodyRows,
    roles,
    sumRows: [],
    columns,
    caption,
    labelFrom: view.left,
  });
}

/** A column of row labels that happen to be numbers (years, codes) is not data. */
function isHeaderRowColumnOfLabels(view: SheetView, rows: number[], column: number): boolean {
  const values = rows
    .map((r) => readNumber(view.value(r, column)))
    .filter((v) => v.kind === "number") as { value: number }[];
  return (
    values.length >= 2 &&
    values.every(
      (v, i) =>
        Number.isInteger(v.value) &&
        v.value >= 1900 &&
        v.value <= 2100 &&
        (i === 0 || v.value > values[i - 1].value)
    )
  );
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
    const texts = new Set<string>();
    for (let c = left; c <= right; c++) {
      const text = view.shownText(r, c);
      if (text !== "") {
        filled++;
        texts.add(text);
      }
      const area = view.merge(r, c);
      if (area && area.bottom > r) mergedFromBelow = true;
    }
    if (filled === 0 && !mergedFromBelow) {
      // One blank row may separate header rows (statistics tables); two end the header.
      if (
        r - 1 >= floor &&
        !view.isBlankRow(r - 1, left, right) &&
        isHeaderLike(view, r - 1, left, right)
      )
        continue;
      break;
    }
    // Header rows fill several columns; a caption (title, unit line) is one text, usually merged across.
    const isCaptionLike = texts.size <= 1;
    if (isCaptionLike && !mergedFromBelow) break;
    top = r;
  }
  return top;
}

function isHeaderLike(view: SheetView, row: number, left: number, right: number): boolean {
  const texts = new Set<string>();
  for (let c = left; c <= right; c++) {
    const text = view.shownText(row, c);
    if (text !== "") texts.add(text);
  }
  return texts.size >= 2 && !isHeaderRowNumbers(view, row, left, right);
}

function isHeaderRowNumbers(view: SheetView, row: number, left: number, right: number): boolean {
  const columns: number[] = [];
  for (let c = left; c <= right; c++) columns.push(c);
  return !isHeaderRow(view, row, columns);
}

/** A column whose only text is one tall merge over the given rows: a caption at a turned table's side. */
function isSideCaption(view: SheetView, column: number, top: number, bottom: number): boolean {
  const area = view.merge(top, column);
  if (!area || area.left !== column || area.right !== column || area.bottom - area.top < 2)
    return false;
  for (let r = top; r <= bottom; r++) {
    const other = view.merge(r, column);
    if (other !== area && view.shownText(r, column) !== "") return false;
  }
  return view.shownText(area.top, column) !== "";
}

/** The table extends left of its labels over adjacent filled columns (序号, 类型), up to an empty column. */
function leftEdge(view: SheetView, top: number, bottom: number, from: number): number {
  const filled = (c: number) => {
    if (isSideCaption(view, c, top, bottom)) return false;
    for (let r = top; r <= bottom; r++) if (view.shownText(r, c) !== "") return true;
    return false;
  };
  let left = from;
  while (left > view.left && filled(left - 1)) left--;
  while (left < from && !filled(left)) left++;
  return left;
}

/** The unit-name column: among the columns before the numbers, the one with the most texts in unit rows. */
function chooseLabelColumn(view: SheetView, unitRows: number[], from: number, to: number): number {
  let best = Math.max(from, to);
  let bestCount = -1;
  for (let c = from; c <= to; c++) {
    const texts = new Set<string>();
    for (const r of unitRows) {
      const value = view.value(r, c);
      if (value === null || typeof value === "number") continue; // never text: no reading needed
      const reading = readNumber(value);
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
    for (let c = Math.max(view.left, left - 1); c <= Math.min(view.right, right + 1); c++) {
      const text = view.shownText(r, c);
      if (text === "" || (view.merge(r, c) && view.merge(r, c)!.left !== c)) continue;
      const unit = unitOfMeasureIn(text);
      if (unit && !unitOfMeasure) unitOfMeasure = unit;
      // A title may carry its unit in brackets: `…任务分解表（单位：家）` is both.
      const words = unit ? withoutTrailingNotes(text) : text.trim();
      const isTitle = !unit || (words !== text.trim() && unitOfMeasureIn(words) === null);
      if (isTitle && !title && words.length >= 2 && !isAttachmentCaption(words)) title = words;
    }
  }
  // A table read turned round (orientation.ts) has its title at its side, merged down over the header.
  for (let c = left - 1; !title && c >= Math.max(view.left, left - 2); c--) {
    if (!isSideCaption(view, c, headerTop, headerTop)) continue;
    const text = view.shownText(headerTop, c);
    const unit = unitOfMeasureIn(text);
    if (unit && !unitOfMeasure) unitOfMeasure = unit;
    const words = unit ? withoutTrailingNotes(text) : text;
    if (words.length >= 2 && unitOfMeasureIn(words) === null && !isAttachmentCaption(words))
      title = words;
  }
  return { title, unitOfMeasure };
}

function summarize(layout: Omit<TableLayout, "summary">): RecognizedTable {
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
    sums: layout.relations.map((relation) => ({
      cell: cellAddress(relation.cell.row, relation.cell.column),
      members: compressCells(relation.members),
    })),
  };
}
