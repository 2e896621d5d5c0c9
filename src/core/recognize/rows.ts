/** Reading rows: their labels, their roles in a table, and whether a row is a header. */
import { kindOf, readNumber } from "../numbers";
import {
  isPartOfAboveLabel,
  isPendingOrApproximate,
  isStatisticalSymbol,
  isSubtotalLabel,
  isTotalLabel,
  isTotalSubtotalOrPartLabel,
  mayNameARole,
} from "../vocabulary";
import type { RowRole } from "./layout";
import type { SheetView } from "./sheetView";

/** How many cells after the first filled one a row's label may sit (serial numbers come first). */
const LABEL_REACH = 6;

export interface RowLabel {
  column: number;
  text: string;
}

/**
 * The label of a row: its first text cell from its first filled cell on, before `limit` — or, when another text
 * cell before the numbers names a total, subtotal or 其中 (`A类小计` right of a category merged down), that one.
 * Cells continuing a merge from the rows above (a category column) are not the row's own label.
 */
export function rowLabel(
  view: SheetView,
  row: number,
  from: number,
  limit: number
): RowLabel | null {
  if (from !== view.left) return readRowLabel(view, row, from, limit).label;
  // Remembered per view: the recognizer reads a row's label several times (the scan for totals up to the sheet's
  // right edge, then each walk up to the table's numbers). A reading serves every limit it holds for. The labels
  // are never changed by their readers.
  let known = labelsOf.get(view);
  if (!known) labelsOf.set(view, (known = new Map()));
  const latest = known.get(row);
  for (let r = latest; r; r = r.earlier)
    if (r.lowestLimit <= limit && limit <= r.highestLimit) return r.label;
  const reading = readRowLabel(view, row, from, limit);
  reading.earlier = latest;
  known.set(row, reading);
  return reading.label;
}

const labelsOf = new WeakMap<SheetView, Map<number, LabelReading>>();

/** A row's label and the limits that give the same label (those under which the same cells are read). */
interface LabelReading {
  label: RowLabel | null;
  lowestLimit: number;
  highestLimit: number;
  /** The row's reading for other limits, read before this one. */
  earlier?: LabelReading;
}

/** A reading ended by what the row holds, not by the limit: every limit from the last cell read on ends the same. */
function endedReading(label: RowLabel | null, lastRead: number): LabelReading {
  return { label, lowestLimit: lastRead, highestLimit: Infinity };
}

function readRowLabel(view: SheetView, row: number, from: number, limit: number): LabelReading {
  let firstFilled = -1;
  let first: RowLabel | null = null;
  // The last cell read that did not end the reading: any limit from it on reads the same cells up to it.
  let lastRead = from - 1;
  for (let c = from; c <= limit; lastRead = c, c++) {
    if (firstFilled >= 0 && c > firstFilled + LABEL_REACH) return endedReading(first, lastRead);
    const shown = view.shown(row, c);
    // A typed number is never blank and never a label: no need to write it out (this runs for most cells).
    if (typeof shown === "number" && Number.isFinite(shown)) {
      if (firstFilled < 0) firstFilled = c;
      const area = view.merge(row, c);
      if (area && area.top < row) continue;
      if (first) return endedReading(first, lastRead); // the numbers have begun
      continue; // a serial number
    }
    const text = view.shownText(row, c);
    if (text === "") continue;
    if (firstFilled < 0) firstFilled = c;
    const area = view.merge(row, c);
    if (area && area.top < row) continue;
    const kind = kindOf(shown);
    if (kind === "number" || kind === "numeric-text") {
      if (first) return endedReading(first, lastRead); // the numbers have begun
      continue; // a serial number
    }
    const column = area?.left ?? c;
    if (isTotalSubtotalOrPartLabel(text))
      return { label: { column, text }, lowestLimit: c, highestLimit: Infinity };
    first ??= { column, text };
    if (area) c = area.right;
  }
  return { label: first, lowestLimit: lastRead, highestLimit: limit };
}

/** Something (not blank) in one of the columns. */
export function hasData(view: SheetView, row: number, columns: number[]): boolean {
  // Indexed: asked of every row of a large sheet, it allocates nothing.
  for (let i = 0; i < columns.length; i++)
    if (kindOf(view.value(row, columns[i])) !== "blank") return true;
  return false;
}

export function roleOf(
  view: SheetView,
  row: number,
  label: RowLabel | null,
  numericColumns: number[]
): RowRole {
  // Most labels are unit names: one character test says they name no role.
  if (label && mayNameARole(label.text)) {
    if (isTotalLabel(label.text)) return "total";
    if (isSubtotalLabel(label.text)) return "subtotal";
    if (isPartOfAboveLabel(label.text)) return "part-of-above";
  }
  return hasData(view, row, numericColumns) ? "unit" : "category";
}

/** A year written as a header: `2023`, `2023年`, `FY2023`. */
function isYearText(text: string): boolean {
  return /^(FY)?(19|20)\d{2}年?$/i.test(text.trim());
}

function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * A header row: most of the numeric columns hold words, not numbers (`2023年`, `一季度`), or they hold years in
 * ascending order (English templates put bare years `2023 2024` over the columns).
 */
export function isHeaderRow(view: SheetView, row: number, numericColumns: number[]): boolean {
  let words = 0;
  let numbers = 0;
  const years: number[] = [];
  // Indexed: asked of every row of a large sheet, it allocates nothing (no iterator).
  for (let i = 0; i < numericColumns.length; i++) {
    const shown = view.shown(row, numericColumns[i]);
    if (typeof shown === "number" && Number.isFinite(shown)) {
      // A typed number (most cells of a sheet): read without a reading.
      numbers++;
      if (isYearNumber(shown)) years.push(shown);
      continue;
    }
    const reading = readNumber(shown);
    if (typeof shown === "string" && isYearText(shown)) words++;
    else if (
      reading.kind === "text" &&
      !isPendingOrApproximate(reading.text) &&
      !isStatisticalSymbol(reading.text)
    )
      words++;
    else if (reading.kind === "number" || reading.kind === "numeric-text") {
      numbers++;
      if (isYearNumber(reading.value)) years.push(reading.value);
    }
  }
  const ascendingYears =
    years.length >= 2 &&
    years.length === numbers &&
    years.every((y, i) => i === 0 || y > years[i - 1]);
  return (words > 0 && words >= numbers) || ascendingYears;
}

/** A row with words but nothing in the numeric columns: a note, a caption, or the next table's title. */
export function isTextOnlyRow(view: SheetView, row: number, numericColumns: number[]): boolean {
  return !hasData(view, row, numericColumns) && !view.isBlankRow(row);
}
