/**
 * Formula totals as evidence of a table's structure. The recognizer believes a reading of a total row when its
 * sums agree; a total row whose every SUM stops one row short (the last unit left out, the formula copied
 * across) agrees nowhere, and the table used to vanish — the worst mistake passed as clean. The formulas
 * themselves say which rows the officer meant: when every summable total of the row is a plain sum and all of
 * them reach the same rows of the reading's body, covering at least half of its units, the reading stands and
 * the omission is reported (`formula-omits`, `sum-mismatch`) instead of doubted.
 */
import { formulaAt } from "../grid";
import { coveredCells, isSubtotalFormula } from "../formulaRefs";
import type { RowRole, SumRow } from "../recognize/layout";
import type { SheetView } from "../recognize/sheetView";

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

export function formulasConfirmReading(
  view: SheetView,
  roles: Map<number, RowRole>,
  sumRows: SumRow[],
  columns: number[]
): boolean {
  const total = sumRows.find((s) => s.role === "total");
  if (!total || columns.length === 0 || total.members.length === 0) return false;
  let rows: number[] | null = null;
  for (const column of columns) {
    const formula = formulaAt(view.sheet, total.row, column);
    if (!formula) return false;
    const covered = coveredCells(formula, view.name, {
      isHiddenRow: (r) => view.isHiddenRow(r),
      isSubtotalCell: (r, c) => isSubtotalFormula(formulaAt(view.sheet, r, c)),
    });
    if (!covered || covered.length === 0) return false;
    // The rows reached, each once, in order (one pass: a total row covers thousands of cells).
    const seen = new Set<number>();
    const covers: number[] = [];
    for (const c of covered) {
      if (c.column !== column || !roles.has(c.row)) return false;
      if (!seen.has(c.row)) {
        seen.add(c.row);
        covers.push(c.row);
      }
    }
    covers.sort((a, b) => a - b);
    if (rows !== null && !sameNumbers(rows, covers)) return false;
    rows = covers;
  }
  if (rows === null) return false;
  // Units reached directly or through a subtotal the formula names.
  const units = new Set<number>();
  for (const row of rows) {
    if (roles.get(row) === "unit") units.add(row);
    const subtotal = sumRows.find((s) => s.row === row && s.role === "subtotal");
    subtotal?.members.forEach((m) => units.add(m));
  }
  const reached = total.members.filter((m) => units.has(m)).length;
  return reached * 2 >= total.members.length;
}
