/** Plain views of a recognized table for the pane: what its totals are, in rows and in columns. */
import { columnIndex, parseArea, parseCell } from "../core/a1";
import type { RecognizedTable } from "../core/model";

/**
 * The table's total columns (`合计` after the quarters): columns of a sum cell whose members all lie in the cell's own
 * row. Column letters, left to right, each once.
 */
export function totalColumns(table: RecognizedTable): string[] {
  const columns = new Set<string>();
  for (const sum of table.sums) {
    const cell = parseCell(sum.cell);
    if (!cell || sum.members.length === 0) continue;
    const inRow = sum.members.every((member) => {
      const area = parseArea(member);
      return area !== null && area.top === cell.row && area.bottom === cell.row;
    });
    if (inRow) columns.add(sum.cell.replace(/[0-9$]/g, ""));
  }
  return [...columns].sort((a, b) => columnIndex(a) - columnIndex(b));
}

/** Whether the period columns need their indicator to be told apart (a table of several indicators). */
export function periodsNeedIndicator(table: RecognizedTable): boolean {
  return new Set(table.periods.map((period) => period.indicator)).size > 1;
}
