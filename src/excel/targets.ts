/**
 * The workbook's plan targets, kept on its `目标` sheet in the spec's format (`指标 | 期间 | 条件 | 目标值 | 依据`),
 * so the command line, the browser page and the next colleague read the same targets as the pane.
 *   read: 1 sync without the sheet, 2 with it (the sheet, then its used range);
 *   save: 2 syncs for a new sheet (look, write), 3 for an existing one (look, read what is there, write), so that
 *   a title above the table, unreadable rows and unknown columns are kept, and a sheet holding anything else is
 *   never overwritten (TargetSheetOccupiedError).
 * Text cells are formatted "@" before their value is written: a sentence or name starting with `=` stays text.
 */
import { parseArea } from "../core/a1";
import type { CellValue, SheetGrid } from "../core/grid";
import type { PlanTarget } from "../core/model";
import { readTargetSheet } from "../core/targets/targetSheet";
import { layoutTargetSheet, TARGET_SHEET_NAME } from "../core/targets/targetSheetLayout";
import { splitQualifiedAddress } from "./addresses";
import { countSync, type SyncCounter } from "./syncCounter";

export interface TargetsOptions {
  counter?: SyncCounter;
}

/** The 目标 sheet's targets (each with the cell it was read from); none when there is no such sheet. */
export async function readTargetsInExcel(
  context: Excel.RequestContext,
  options: TargetsOptions = {}
): Promise<PlanTarget[]> {
  const grid = await readTargetSheetGrid(context, options.counter);
  return grid ? (readTargetSheet(grid)?.targets ?? []) : [];
}

/** Writes the targets to the 目标 sheet (creating it), replacing the targets it held. */
export async function saveTargetsInExcel(
  context: Excel.RequestContext,
  targets: readonly PlanTarget[],
  options: TargetsOptions = {}
): Promise<void> {
  const existing = await readTargetSheetGrid(context, options.counter);
  const layout = layoutTargetSheet(existing, targets);
  const worksheets = context.workbook.worksheets;
  const sheet = existing
    ? worksheets.getItem(TARGET_SHEET_NAME)
    : worksheets.add(TARGET_SHEET_NAME);

  if (layout.clear) {
    const { top, left, bottom, right } = layout.clear;
    const old = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
    old.clear("Contents");
    // Cells left empty get no text format: a number typed there later must be a number.
    old.numberFormat = Array.from({ length: bottom - top + 1 }, () =>
      Array.from({ length: right - left + 1 }, () => "General")
    );
  }
  const width = layout.rows[0].length;
  const range = sheet.getRangeByIndexes(layout.top, layout.left, layout.rows.length, width);
  range.numberFormat = layout.rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? "@" : "General"))
  );
  range.values = layout.rows.map((row) => row.map((cell) => cell ?? ""));
  sheet.getRangeByIndexes(layout.top, layout.left, 1, width).format.font.bold = true;
  if (!existing) range.format.autofitColumns();
  await context.sync();
  countSync(options.counter);
}

/** The 目标 sheet's used range as the core's grid; null when there is no such sheet. */
async function readTargetSheetGrid(
  context: Excel.RequestContext,
  counter: SyncCounter | undefined
): Promise<SheetGrid | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(TARGET_SHEET_NAME);
  sheet.load("name");
  await context.sync();
  countSync(counter);
  if (sheet.isNullObject) return null;

  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values,numberFormat,valueTypes");
  await context.sync();
  countSync(counter);
  const grid: SheetGrid = { name: TARGET_SHEET_NAME, top: 0, left: 0, values: [] };
  if (used.isNullObject) return grid;
  const area = parseArea(splitQualifiedAddress(used.address).address);
  if (!area) return grid;
  grid.top = area.top;
  grid.left = area.left;
  grid.values = used.values.map((row, r) =>
    row.map((value, c) => cellValue(value, used.valueTypes[r]?.[c]))
  );
  grid.numberFormats = used.numberFormat.map((row) =>
    row.map((format) => (typeof format === "string" ? format : null))
  );
  return grid;
}

/** Office.js gives an error cell as its text with value type Error, and an empty cell as "". */
function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}
