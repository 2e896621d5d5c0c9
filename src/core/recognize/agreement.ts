/**
 * Does a guessed structure add up? The recognizer tries several readings of a table (members above or below a
 * total row, sibling columns left or right of a total column) and keeps the one whose sums agree most often.
 * A reading that does not agree is never claimed: a wrong claim would be a false alarm in the user's sheet.
 */
import { memberFigure, numberIn } from "../numbers";
import type { CellPosition } from "./layout";
import type { SheetView } from "./sheetView";

export interface Agreement {
  /** Sums with something in them (not all blank, not all zero). */
  informative: number;
  /** Informative sums that agree within the loose tolerance. */
  agreeing: number;
  /** The largest relative difference among the disagreeing ones. */
  worstRelative: number;
  /** The smallest relative difference among the disagreeing ones (Infinity when none disagrees). */
  bestRelative: number;
}

/** Rounded published figures (and typed totals) differ from their parts by a little; structure voting allows it. */
const RELATIVE_SLACK = 0.005;

export function valueAt(view: SheetView, cell: CellPosition): number | null {
  return numberIn(view.value(cell.row, cell.column));
}

export function agreementOf(
  view: SheetView,
  sums: { cell: CellPosition; members: CellPosition[] }[]
): Agreement {
  const result = noAgreement();
  for (const sum of sums) {
    const total = valueAt(view, sum.cell);
    if (total === null) continue;
    let expected = 0;
    let counted = 0;
    let unknown = false;
    for (const member of sum.members) {
      // A formula nobody could compute says nothing for or against a reading.
      const figure = memberFigure(view.value(member.row, member.column));
      if (figure === undefined) unknown = true;
      else if (figure !== null) {
        expected += figure;
        counted++;
      }
    }
    vote(result, total, expected, counted, unknown);
  }
  return result;
}

/**
 * `agreementOf(view, rowRelations(sumRows, columns))` without building the relations: each sum row's cell in each
 * column against its members' cells in that column (the recognizer votes on every reading of every total row).
 */
export function rowAgreementOf(
  view: SheetView,
  sumRows: { row: number; members: number[] }[],
  columns: number[]
): Agreement {
  const result = noAgreement();
  for (const sumRow of sumRows) {
    if (sumRow.members.length === 0) continue;
    for (const column of columns) {
      const total = numberIn(view.value(sumRow.row, column));
      if (total === null) continue;
      let expected = 0;
      let counted = 0;
      let unknown = false;
      // Indexed: run for thousands of members per reading, it allocates nothing (no iterator).
      for (let i = 0; i < sumRow.members.length; i++) {
        const figure = memberFigure(view.value(sumRow.members[i], column));
        if (figure === undefined) unknown = true;
        else if (figure !== null) {
          expected += figure;
          counted++;
        }
      }
      vote(result, total, expected, counted, unknown);
    }
  }
  return result;
}

function noAgreement(): Agreement {
  return { informative: 0, agreeing: 0, worstRelative: 0, bestRelative: Infinity };
}

/** One sum's vote: its total against what its members add up to. */
function vote(
  result: Agreement,
  total: number,
  expected: number,
  counted: number,
  unknown: boolean
): void {
  if (counted === 0 || unknown || (total === 0 && expected === 0)) return;
  result.informative++;
  const difference = Math.abs(total - expected);
  const scale = Math.max(Math.abs(total), Math.abs(expected));
  if (difference <= Math.max(1e-6, RELATIVE_SLACK * scale)) result.agreeing++;
  else {
    result.worstRelative = Math.max(result.worstRelative, difference / scale);
    result.bestRelative = Math.min(result.bestRelative, difference / scale);
  }
}

/** A reading is claimed when at least half of its informative sums agree (and at least one does). */
export function isConvincing(agreement: Agreement): boolean {
  return agreement.agreeing >= 1 && agreement.agreeing * 2 >= agreement.informative;
}

/** Orders readings: more agreeing sums first, then fewer disagreeing ones. */
export function compareAgreement(a: Agreement, b: Agreement): number {
  return b.agreeing - a.agreeing || a.informative - a.agreeing - (b.informative - b.agreeing);
}
