/**
 * Which rows a total row adds up. Officers put 合计 under the units; statistics offices often put `Total`
 * above them. Several readings are tried and the one whose sums agree is kept (see agreement.ts).
 */
import type { RowRole, SumRelation, SumRow } from "./layout";
import {
  compareAgreement,
  isConvincing,
  rowAgreementOf,
  valueAt,
  type Agreement,
} from "./agreement";
import { readNumber } from "../numbers";
import type { ReadingTried, UnverifiedReason } from "./unverified";
import { isNamedTotalLabel, normalizeLabel } from "../vocabulary";
import { labelIndent, readHierarchy } from "./hierarchy";
import { formulasConfirmReading } from "../formulas/reach";
import { isHeaderRow, isTextOnlyRow, roleOf, rowLabel } from "./rows";
import type { SheetView } from "./sheetView";

/** How far off a one- or two-column table's total may be and still be reported rather than disbelieved. */
const SMALL_TABLE_SLACK = 0.5;

/** Off by more than this in every column, a labelled total is not judged but unverified. */
const FAR_OFF = 0.5;

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
  // A heading over the parts (`Material` under `Total`) is no end of the block.
  if (
    r < view.bottom &&
    isTextOnlyRow(view, r, numericColumns) &&
    !isTextOnlyRow(view, r + 1, numericColumns)
  )
    r++;
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
  const subtotalIndexes: number[] = [];
  rows.forEach((r, i) => {
    if (roles.get(r) === "subtotal") subtotalIndexes.push(i);
  });
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

function contiguousCount(roles: Map<number, RowRole>, totalRow: number): number {
  let count = 0;
  while (roles.has(totalRow - 1 - count)) count++;
  return count;
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

/** What became of a total row: a reading to judge (and why it is believed), or why none could be made. */
export type RowOutcome =
  | { reading: RowReading; basis: "agreement" | "labels"; farOff?: number[] }
  | { unverified: UnverifiedReason };

interface Evaluated {
  reading: RowReading;
  agreement: Agreement;
  convention: "before" | "after";
}

/**
 * The reading of a total row's members over the given (summable) columns.
 * Readings whose sums agree win. Where none agrees, the labels decide: a total under a header with named units
 * is judged on that structure however many of its sums are wrong (each is the officer's mistake to report).
 * Structure guessed from numbers alone is claimed only where most sums agree; otherwise the block is unverified.
 */
export function readTotalRow(
  view: SheetView,
  totalRow: number,
  totalLabel: string,
  summable: number[],
  numericColumns: number[],
  up: WalkUp
): RowOutcome {
  const labelLimit = numericColumns[0] - 1;
  const candidates: { roles: Map<number, RowRole>; direction: "up" | "down" }[] = [];
  candidates.push({ roles: up.roles, direction: "up" });
  // The rows right above the total, when they are not all the rows walked up (no copy of the walk otherwise).
  if (contiguousCount(up.roles, totalRow) !== up.roles.size)
    candidates.push({ roles: contiguousAbove(up.roles, totalRow), direction: "up" });
  candidates.push({
    roles: walkDown(view, totalRow, totalLabel, numericColumns),
    direction: "down",
  });

  const evaluated: Evaluated[] = [];
  let best: Evaluated | null = null;
  const tried = new Set<ReadingTried>();
  // Readings in the order tried; whether formulas confirm one is asked only where no reading's sums convince.
  const readings: RowReading[] = [];
  for (const candidate of candidates) {
    if (![...candidate.roles.values()].some((role) => role === "unit")) continue;
    tried.add(candidate.direction === "up" ? "above" : "below");
    const hasSubtotals = [...candidate.roles.values()].includes("subtotal");
    let bestOfCandidate: Evaluated | null = null;
    for (const convention of hasSubtotals ? CONVENTIONS : CONVENTIONS.slice(0, 1)) {
      if (hasSubtotals) tried.add(convention === "before" ? "subtotals-before" : "subtotals-after");
      const sumRows = sumRowsOf(
        view,
        candidate.roles,
        totalRow,
        totalLabel,
        labelLimit,
        convention
      );
      const agreement = rowAgreementOf(view, sumRows, summable);
      const reading = { roles: candidate.roles, sumRows, direction: candidate.direction };
      readings.push(reading);
      if (!bestOfCandidate || compareAgreement(agreement, bestOfCandidate.agreement) < 0)
        bestOfCandidate = { reading, agreement, convention };
    }
    evaluated.push(bestOfCandidate!);
    if (!best || compareAgreement(bestOfCandidate!.agreement, best.agreement) < 0)
      best = bestOfCandidate;
  }
  if (!best) return { unverified: { kind: "no-units" } };
  const { reading, agreement } = best;
  if (isConvincing(agreement)) return { reading, basis: "agreement" };
  // Formula totals that all reach the same rows of a reading name its members, however wrong their sums.
  const confirmed = readings.find((r) =>
    formulasConfirmReading(view, r.roles, r.sumRows, summable)
  );
  if (confirmed) return { reading: confirmed, basis: "labels" };
  // Rows that add up rows next to them (subtotals, categories with their own figures, shown by indentation):
  // read as a hierarchy where the numbers agree with one.
  const hierarchical = hierarchicalReading(view, totalRow, totalLabel, summable, labelLimit, [
    { roles: up.roles, direction: "up" },
    candidates[candidates.length - 1],
  ]);
  if (hierarchical) return { reading: hierarchical, basis: "agreement" };
  const smallTableUnderHeader =
    reading.direction === "up" && up.headerBottom >= 0 && agreement.informative <= 2;
  if (smallTableUnderHeader && agreement.worstRelative <= SMALL_TABLE_SLACK)
    return { reading, basis: "agreement" };

  const units = (e: Evaluated) => [...e.reading.roles.values()].filter((r) => r === "unit").length;
  const labelled = labelledReading(view, evaluated, up, labelLimit);
  if (up.headerBottom < 0 || !labelled)
    return {
      unverified: {
        kind: up.headerBottom < 0 ? "no-header" : "unlabelled-units",
        tried: [...tried],
        units: units(best),
      },
    };
  if (isDoubleCounted(view, labelled.reading.sumRows, summable))
    return { unverified: { kind: "double-counted", units: units(labelled) } };
  // Wrong totals are an officer's slips: some agree, or they are off by less than half. A total that is far off
  // its units in every column adds up something else (a copy from another table); saying so beats N errors.
  const totalOnly = rowAgreementOf(
    view,
    labelled.reading.sumRows.filter((s) => s.role === "total"),
    summable
  );
  if (totalOnly.agreeing === 0 && totalOnly.bestRelative > FAR_OFF)
    return { unverified: { kind: "far-off", units: units(labelled) } };
  // The same, column by column: a share or an average under a 合计 is no slip of the officer's either.
  const farOff = summable.filter((column) => {
    const a = rowAgreementOf(
      view,
      labelled.reading.sumRows.filter((s) => s.role === "total"),
      [column]
    );
    return a.informative > 0 && a.agreeing === 0 && a.bestRelative > FAR_OFF;
  });
  return { reading: labelled.reading, basis: "labels", farOff };
}

/** The first side of a total whose rows read as a hierarchy that adds up to it (hierarchy.ts). */
function hierarchicalReading(
  view: SheetView,
  totalRow: number,
  totalLabel: string,
  summable: number[],
  labelLimit: number,
  sides: { roles: Map<number, RowRole>; direction: "up" | "down" }[]
): RowReading | null {
  for (const { roles, direction } of sides) {
    const rows = [...roles.keys()].filter((r) => roles.get(r) !== "category").sort((a, b) => a - b);
    const labels = new Map(rows.map((r) => [r, rowLabel(view, r, view.left, labelLimit)]));
    const found = readHierarchy(
      view,
      totalRow,
      rows,
      summable,
      direction,
      (r) => roles.get(r) === "subtotal" || isNamedTotalLabel(labels.get(r)?.text ?? ""),
      (r) => {
        const label = labels.get(r);
        return label ? labelIndent(view, r, label.column) : 0;
      },
      { unlabelled: true }
    );
    if (!found) continue;
    const sumRows: SumRow[] = found.aggregates.map((a) => ({
      row: a.row,
      role: "subtotal",
      label: labels.get(a.row)?.text ?? "",
      members: a.members,
    }));
    sumRows.push({ row: totalRow, role: "total", label: totalLabel, members: found.totalMembers });
    const readRoles = new Map(roles);
    for (const a of found.aggregates) readRoles.set(a.row, "subtotal");
    return { roles: readRoles, sumRows, direction };
  }
  return null;
}

/**
 * The structure the labels give: the units between the header and the total (or, for a total right under the
 * header, the block below it), every unit named. Null when the block's units are not all named.
 */
function labelledReading(
  view: SheetView,
  evaluated: Evaluated[],
  up: WalkUp,
  labelLimit: number
): Evaluated | null {
  if (up.headerBottom < 0) return null;
  const above = evaluated.filter((e) => e.reading.direction === "up");
  const below = evaluated.find((e) => e.reading.direction === "down");
  // The whole stretch under the header first; a contiguous block right above the total when it agrees better.
  const chosen =
    above.length > 0
      ? above.reduce((a, b) => (compareAgreement(b.agreement, a.agreement) < 0 ? b : a))
      : (below ?? null);
  if (!chosen) return null;
  const unitRows = [...chosen.reading.roles.entries()].filter(([, role]) => role === "unit");
  if (unitRows.length < 2) return null;
  const named = unitRows.every(([row]) => {
    const label = rowLabel(view, row, view.left, labelLimit);
    return label !== null && readNumber(label.text).kind === "text";
  });
  return named ? chosen : null;
}

/**
 * Rows without a total word that add up the rows under them (a category with its own figures) make the total
 * about half of what its "units" add up to, in every column. That is a misread hierarchy, not wrong totals.
 */
function isDoubleCounted(view: SheetView, sumRows: SumRow[], summable: number[]): boolean {
  const total = sumRows.find((s) => s.role === "total");
  if (!total) return false;
  let informative = 0;
  let doubled = 0;
  for (const relation of rowRelations([total], summable)) {
    const value = valueAt(view, relation.cell);
    const parts = relation.members
      .map((m) => valueAt(view, m))
      .filter((v): v is number => v !== null);
    if (value === null || value === 0 || parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    informative++;
    if (Math.abs(sum - 2 * value) <= 0.005 * Math.abs(sum)) doubled++;
  }
  return informative > 0 && doubled * 2 > informative;
}
