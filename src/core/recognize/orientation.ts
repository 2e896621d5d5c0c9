/**
 * Which way round a sheet's tables run. Most put units in rows and periods in columns; some put the periods in
 * rows (`2024年`, `2025年` down the side) and the units across. Those are read on the transposed sheet
 * (transpose.ts) so that every per-unit rule follows each unit down the periods.
 */
import type { SheetGrid } from "../grid";
import { headerPeriod } from "../vocabulary";
import type { TableLayout } from "./layout";
import { readSheet, type SheetReading } from "./recognizeSheet";
import { SheetView } from "./sheetView";
import { swapArea, transposeSheet } from "./transpose";
import type { UnverifiedBlock } from "./unverified";

/** Sheets longer than this are not read turned round (a plan has a few dozen periods at most). */
const MAX_TURNED_ROWS = 300;

export interface OrientedReading extends SheetReading {
  /** The grid the tables were read on: the sheet itself, or its transpose. */
  grid: SheetGrid;
  transposed: boolean;
}

/** A row label that names a period: `2024年`, `2024`, `2025年度`, `一季度`, `Q3`, `2022年实际数`. */
function isPeriodLabel(value: unknown): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2100;
  if (typeof value !== "string") return false;
  const t = value.replace(/\s+/g, "");
  // `2024年`, `2022年实际数`, `一季度目标`: a period and at most a few words of kind.
  return t.length <= 12 && headerPeriod(t) !== null;
}

/** The unit rows of a table are periods: some column left of its numbers names a period in most of them. */
function hasPeriodRows(view: SheetView, table: TableLayout): boolean {
  if (table.unitRows.length < 2) return false;
  for (let c = table.left; c < table.columns[0].index; c++)
    if (mostArePeriods(view, table.unitRows, c)) return true;
  return false;
}

/** At least two thirds of the rows name a period in the column; read until the others are too many. */
function mostArePeriods(view: SheetView, rows: number[], column: number): boolean {
  const othersAllowed = rows.length - Math.ceil((rows.length * 2) / 3);
  let others = 0;
  for (const r of rows)
    if (!isPeriodLabel(view.shown(r, column)) && ++others > othersAllowed) return false;
  return true;
}

/** A column holding at least two period labels: the only sign of periods-as-rows when nothing was recognized. */
function hasPeriodColumn(view: SheetView): boolean {
  for (let c = view.left; c <= Math.min(view.right, view.left + 10); c++) {
    let periods = 0;
    for (let r = view.top; r <= view.bottom; r++)
      if (isPeriodLabel(view.shown(r, c)) && ++periods >= 2) return true;
  }
  return false;
}

function overlaps(
  a: { top: number; left: number; bottom: number; right: number },
  b: { top: number; left: number; bottom: number; right: number }
) {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

const areaOf = (t: TableLayout) => ({
  top: t.headerTop,
  left: t.left,
  bottom: t.bottom,
  right: t.right,
});

export function readOriented(sheet: SheetGrid): OrientedReading[] {
  const original = readSheet(sheet);
  const view = new SheetView(sheet);
  const periodTables = original.tables.filter((t) => hasPeriodRows(view, t));
  // Periods down the side make a short table: a long sheet turned round would only cost time.
  const worthTrying =
    view.bottom - view.top < MAX_TURNED_ROWS &&
    (periodTables.length > 0 ||
      ((original.tables.length === 0 || original.unverified.length > 0) && hasPeriodColumn(view)));
  const plain: OrientedReading = { ...original, grid: sheet, transposed: false };
  if (!worthTrying) return [plain];

  const grid = transposeSheet(sheet);
  const turned = readSheet(grid);
  const turnedView = new SheetView(grid);
  const keptOriginal = original.tables.filter((t) => !periodTables.includes(t));
  // A transposed table is kept where its columns are periods and its units are not, away from the tables kept.
  const accepted = turned.tables.filter((t) => {
    const periods = new Set(t.columns.map((c) => c.period).filter((p) => p !== null));
    const area = swapArea(areaOf(t));
    return (
      periods.size >= 2 &&
      !hasPeriodRows(turnedView, t) &&
      !keptOriginal.some((k) => overlaps(areaOf(k), area))
    );
  });
  const acceptedAreas = accepted.map((t) => swapArea(areaOf(t)));
  const covered = (block: { top: number; left: number; bottom: number; right: number }) =>
    acceptedAreas.some((a) => overlaps(a, block));
  const stillOriginal = original.tables.filter(
    (t) => !(periodTables.includes(t) && covered(areaOf(t)))
  );
  const unverified: UnverifiedBlock[] = original.unverified.filter((b) => !covered(b));
  const readings: OrientedReading[] = [
    { tables: stillOriginal, unverified, grid: sheet, transposed: false },
  ];
  if (accepted.length > 0)
    readings.push({ tables: accepted, unverified: [], grid, transposed: true });
  return readings;
}
