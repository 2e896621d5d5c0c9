/**
 * Which rows a total row adds up. Officers put 合计 under the units; statistics offices often put `Total`
 * above them. Several readings are tried and the one whose sums agree is kept (see agreement.ts).
 */
import type { RowRole, SumRelation, SumRow } from "./layout";
import { agreementOf, compareAgreement, isConvincing, type Agreement } from "./agreement";
import { normalizeLabel } from "../vocabulary";
import { formulasConfirmReading } from "../formulas/reach";
import { isHeaderRow, isTextOnlyRow, roleOf, rowLabel } from "./rows";
import type { SheetView } from "./sheetView";

/** How far off a one- or two-column table's total may be and still be reported rather than disbelieved. */
const SMALL_TABLE_SLACK = 0.5;

const CONVENTIONS = ["before", "after"] as const;

export interface RowReading {
  /** Rows of the body top-down (units, subtotals, 其中 and category rows), the total row excluded. */
  roles: Map<number, RowRole>;
  sumRows: SumRow[];
  direction: "up" | "down";
}

export interface WalkUp {
  roles: Map<number, RowRole>;
  /** The last header row above the body, or -1 when none was met. */
  headerBottom: number;
}

/** Walks up from a total row to the header, sorting rows by role; stops at another total. */
export function walkUp(
  view: SheetView,
  totalRow: number,
  totalLabel: string,
  numericColumns: number[],
  floor: number
): WalkUp {
  const roles = new Map<number, RowRole>();
  const labelLimit = numericColumns[0] - 1;
  for (let r = totalRow - 1; r >= floor; r--) {
    if (view.isBlankRow(r)) continue;
    if (isHeaderRow(view, r, numericColumns)) return { roles, headerBottom: r };
    const role = roleOf(view, r, rowLabel(view, r, view.left, labelLimit), numericColumns);
    if (role === "total") {
      // The same total label again is the previous block's total (`Total All Companies` after each block);
      // another one inside the block is nested (`East total` … `Grand total`): a subtotal here.
      const label = rowLabel(view, r, view.left, labelLimit)?.text ?? "";
      if (normalizeLabel(label) === normalizeLabel(totalLabel)) break;
      roles.set(r, "subtotal");
      continue;
    }
    roles.set(r, role);
  }
  return { roles, headerBottom: -1 };
}

/** The block of rows right below a total row (after at most two blank rows), up to a blank, text or total row. */
function walkDown(
  view: SheetView,
  totalRow: number,
  totalLabel: string,
  numericColumns: number[]
): Map<number, RowRole> {
  const roles = new Map<number, RowRole>();
  const labelLimit = numericColumns[0] - 1;
  let r = totalRow + 1;
  for (let skipped = 0; r <= view.bottom && view.isBlankRow(r) && skipped < 2; skipped++) r++;
  for (; r <= view.bottom; r++) {
    if (
      view.isBlankRow(r) ||
      isTextOnlyRow(view, r, numericColumns) ||
      isHeaderRow(view, r, numericColumns)
    )
      break;
    const label = rowLabel(view, r, view.left, labelLimit);
    const role = roleOf(view, r, label, numericColumns);
    if (role === "total" && normalizeLabel(label?.text ?? "") === normalizeLabel(totalLabel)) break; // the next block
    roles.set(r, role === "total" ? "subtotal" : role);
  }
  return roles;
}

/**
 * Subtotals add up their group — the units since the previous subtotal (`before`, 小计 under its units) or the
 * units up to the next one (`after`, statistics tables put the subtotal first); the total adds up every unit once.
 */
function sumRowsOf(
  view: SheetView,
  roles: Map<number, RowRole>,
  totalRow: number,
  totalLabel: string,
  labelLimit: number,
  convention: "before" | "after"
): SumRow[] {
  const rows = [...roles.keys()].sort((a, b) => a - b);
  const subtotalIndexes = rows.flatMap((r, i) => (roles.get(r) === "subtotal" ? [i] : []));
  const sumRows: SumRow[] = subtotalIndexes.map((i, k) => {
    const [from, to] =
      convention === "before"
        ? [k === 0 ? 0 : subtotalIndexes[k - 1] + 1, i]
        : [i + 1, k + 1 < subtotalIndexes.length ? subtotalIndexes[k + 1] : rows.length];
    const members = rows.slice(from, to).filter((m) => roles.get(m) === "unit");
    return {
      row: rows[i],
      role: "subtotal",
      label: rowLabel(view, rows[i], view.left, labelLimit)?.text ?? "",
      members,
    };
  });
  const units = rows.filter((r) => roles.get(r) === "unit");
  sumRows.push({ row: totalRow, role: "total", label: totalLabel, members: units });
  return sumRows;
}

function contiguousAbove(roles: Map<number, RowRole>, totalRow: number): Map<number, RowRole> {
  const block = new Map<number, RowRole>();
  for (let r = totalRow - 1; roles.has(r); r--) block.set(r, roles.get(r)!);
  return block;
}

export function rowRelations(sumRows: SumRow[], columns: number[]): SumRelation[] {
  const relations: SumRelation[] = [];
  for (const sumRow of sumRows) {
    if (sumRow.members.length === 0) continue;
    for (const column of columns)
      relations.push({
        cell: { row: sumRow.row, column },
        members: sumRow.members.map((row) => ({ row, column })),
        across: "rows",
        role: sumRow.role,
      });
  }
  return relations;
}

/**
 * The best reading of a total row's members over the given (summable) columns, or null when none adds up.
 * A small table read upward under a header may keep a total that is off in every column: that is the officer's
 * mistake to report, not a sign of a wrong reading — as long as it is off by little.
 */
export function readTotalRow(
  view: SheetView,
  totalRow: number,
  totalLabel: string,
  summable: number[],
  numericColumns: number[],
  up: WalkUp
): RowReading | null {
  const labelLimit = numericColumns[0] - 1;
  const candidates: { roles: Map<number, RowRole>; direction: "up" | "down" }[] = [];
  candidates.push({ roles: up.roles, direction: "up" });
  const block = contiguousAbove(up.roles, totalRow);
  if (block.size !== up.roles.size) candidates.push({ roles: block, direction: "up" });
  candidates.push({
    roles: walkDown(view, totalRow, totalLabel, numericColumns),
    direction: "down",
  });

  let best: { reading: RowReading; agreement: Agreement } | null = null;
  let confirmed: RowReading | null = null;
  for (const candidate of candidates) {
    if (![...candidate.roles.values()].some((role) => role === "unit")) continue;
    const hasSubtotals = [...candidate.roles.values()].includes("subtotal");
    for (const convention of hasSubtotals ? CONVENTIONS : CONVENTIONS.slice(0, 1)) {
      const sumRows = sumRowsOf(
        view,
        candidate.roles,
        totalRow,
        totalLabel,
        labelLimit,
        convention
      );
      const agreement = agreementOf(view, rowRelations(sumRows, summable));
      if (!confirmed && formulasConfirmReading(view, candidate.roles, sumRows, summable))
        confirmed = { roles: candidate.roles, sumRows, direction: candidate.direction };
      if (!best || compareAgreement(agreement, best.agreement) < 0)
        best = {
          reading: { roles: candidate.roles, sumRows, direction: candidate.direction },
          agreement,
        };
    }
  }
  if (!best) return null;
  const { reading, agreement } = best;
  if (isConvincing(agreement)) return reading;
  // Formula totals that all reach the same rows of a reading name its members, however wrong their sums.
  if (confirmed) return confirmed;
  const smallTableUnderHeader =
    reading.direction === "up" && up.headerBottom >= 0 && agreement.informative <= 2;
  return smallTableUnderHeader && agreement.worstRelative <= SMALL_TABLE_SLACK ? reading : null;
}
