/**
 * `formula-omits`: a total or subtotal written as a formula must add up exactly its members — a range that skips a
 * unit, or takes a subtotal together with its units, is wrong even when today's numbers happen to agree.
 *
 * Members come from the recognizer's sum relations (total rows and total columns). A cell that is both (the
 * corner of the total row and a total column) may add up either. A grand total may add up subtotals instead
 * of their units; adding both counts the units twice.
 */
import { cellAddress, compressCells } from "../a1";
import { formulaAt, isCellError, isUnknownValue, valueAt } from "../grid";
import type { NamedCell, FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import { decimalsOfValue, kindOf } from "../numbers";
import {
  coveredCells,
  coversExactly,
  type CoveredCell,
  type SubtotalContext,
} from "../formulaRefs";
import { normalizeLabel } from "../vocabulary";
import { columnName, finding, leafHeader, numberAt, unitName, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const formulaOmits: Rule<"formula-omits"> = {
  id: "formula-omits",
  severity: "error",
  check: checkFormulas,
};

/** A total cell and the cells it should add up, each once. */
export interface SumCell {
  row: number;
  column: number;
  role: "total" | "subtotal" | "column-total";
  members: CoveredCell[];
}

const key = (row: number, column: number) => row * 16384 + column;

/** Every total cell of the table with its members, from the recognizer's sum relations (rows and columns). */
export function sumCells(ctx: RuleContext): SumCell[] {
  return ctx.table.relations.map((r) => ({
    row: r.cell.row,
    column: r.cell.column,
    role: r.across === "columns" ? "column-total" : r.role,
    members: r.members,
  }));
}

interface Verdict {
  missing: CoveredCell[];
  /** Subtotal cells taken together with their own units. */
  doubledSubtotals: CoveredCell[];
  /** Member cells the formula names twice. */
  twice: CoveredCell[];
  /** Cells with numbers that are not members (其中 rows, other units, the cell itself). */
  extra: CoveredCell[];
  /** What the formula adds up, as Excel would (numbers only). */
  /** What the formula adds up (numbers only); null when a covered cell's value is unknown. */
  formulaSum: number | null;
}

/** The formula names exactly the members, in their order, each once (the usual clean total). */
function namesExactlyMembers(covered: CoveredCell[], members: CoveredCell[]): boolean {
  if (covered.length !== members.length) return false;
  for (let i = 0; i < covered.length; i++)
    if (covered[i].row !== members[i].row || covered[i].column !== members[i].column) return false;
  return true;
}

function judge(
  ctx: RuleContext,
  cell: SumCell,
  covered: CoveredCell[],
  subtotals: Map<number, SumCell>
): Verdict {
  if (namesExactlyMembers(covered, cell.members)) {
    // Members are distinct: nothing is missing, doubled or extra; only the sum is wanted.
    let formulaSum: number | null = 0;
    for (const c of covered) {
      const value = valueAt(ctx.sheet, c.row, c.column);
      if (isUnknownValue(value)) formulaSum = null;
      else if (typeof value === "number" && formulaSum !== null) formulaSum += value;
    }
    return { missing: [], doubledSubtotals: [], twice: [], extra: [], formulaSum };
  }
  const memberCount = new Map<number, number>();
  for (const m of cell.members) memberCount.set(key(m.row, m.column), 0);
  const counted = new Map<number, number>(); // how often each covered cell is named
  for (const c of covered)
    counted.set(key(c.row, c.column), (counted.get(key(c.row, c.column)) ?? 0) + 1);

  const doubledSubtotals: CoveredCell[] = [];
  const twice: CoveredCell[] = [];
  const extra: CoveredCell[] = [];
  let formulaSum: number | null = 0;
  const seen = new Set<number>();
  for (const c of covered) {
    const k = key(c.row, c.column);
    const value = valueAt(ctx.sheet, c.row, c.column);
    if (isUnknownValue(value)) formulaSum = null;
    else if (typeof value === "number" && formulaSum !== null) formulaSum += value;
    if (seen.has(k)) continue;
    seen.add(k);
    const times = counted.get(k) ?? 1;
    if (memberCount.has(k)) {
      memberCount.set(k, memberCount.get(k)! + times);
      if (times > 1) twice.push(c);
      continue;
    }
    const subtotal = subtotals.get(k);
    if (subtotal && !(c.row === cell.row && c.column === cell.column)) {
      // A subtotal stands for its units: a grand total may add up subtotals instead of units.
      const inner = subtotal.members.filter((m) => memberCount.has(key(m.row, m.column)));
      if (inner.length === subtotal.members.length && inner.length > 0) {
        const alreadyCounted = inner.some(
          (m) =>
            (memberCount.get(key(m.row, m.column)) ?? 0) > 0 || counted.has(key(m.row, m.column))
        );
        for (const m of inner)
          memberCount.set(key(m.row, m.column), memberCount.get(key(m.row, m.column))! + times);
        if (alreadyCounted || times > 1) doubledSubtotals.push(c);
        continue;
      }
    }
    if (typeof value === "number" || isCellError(value) || isUnknownValue(value)) extra.push(c);
  }
  const missing: CoveredCell[] = [];
  for (const m of cell.members) {
    if (memberCount.get(key(m.row, m.column)) !== 0) continue;
    const kind = kindOf(valueAt(ctx.sheet, m.row, m.column));
    // A blank or "/" member adds nothing today; the sum check catches it once a number is typed there.
    if (kind !== "blank" && kind !== "not-applicable") missing.push(m);
  }
  return { missing, doubledSubtotals, twice, extra, formulaSum };
}

function isClean(v: Verdict): boolean {
  return v.missing.length + v.doubledSubtotals.length + v.twice.length + v.extra.length === 0;
}

function checkFormulas(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const all = sumCells(ctx);
  const subtotals = new Map<number, SumCell>();
  for (const c of all) if (c.role === "subtotal") subtotals.set(key(c.row, c.column), c);
  const byCell = new Map<number, SumCell[]>();
  for (const c of all) {
    const k = key(c.row, c.column);
    const list = byCell.get(k);
    if (list) list.push(c);
    else byCell.set(k, [c]);
  }

  for (const [, relations] of byCell) {
    const { row, column } = relations[0];
    const formula = formulaAt(ctx.sheet, row, column);
    if (!formula) continue;
    const subtotalContext: SubtotalContext = {
      isHiddenRow: (r) => ctx.view.isHiddenRow(r),
      isSubtotalCell: (r, c) => /SUBTOTAL\s*\(/i.test(formulaAt(ctx.sheet, r, c) ?? ""),
    };
    // The usual clean total names exactly its members (judged clean below): told without listing its cells.
    const namedExactly = (r: SumCell) =>
      coversExactly(formula, r.members, ctx.sheet.name, subtotalContext);
    if (relations.some(namedExactly)) continue;
    const covered = coveredCells(formula, ctx.sheet.name, subtotalContext);
    if (!covered) continue; // not a plain sum: not judged
    const verdicts = relations.map((r) => judge(ctx, r, covered, subtotals));
    if (verdicts.some(isClean)) continue;
    const cell = relations[0];
    const v = verdicts[0];
    const names = (cells: CoveredCell[]): NamedCell[] =>
      cells.map((c) => ({
        cell: cellAddress(c.row, c.column),
        name: cellLabel(ctx, c, cell.role === "column-total"),
      }));
    let expected = 0;
    let decimals = 0;
    let unknown = false;
    for (const m of cell.members) {
      if (isUnknownValue(valueAt(ctx.sheet, m.row, m.column))) unknown = true;
      const value = numberAt(ctx, m.row, m.column);
      if (value === null) continue;
      expected += value;
      decimals = Math.max(decimals, decimalsOfValue(value));
    }
    const cached = valueAt(ctx.sheet, row, column);
    const formulaResult = typeof cached === "number" ? cached : v.formulaSum;
    // Some values nobody could compute (formula-uncomputed): the formula's reach is judged, the sums are not.
    const actual = unknown || isUnknownValue(cached) ? null : formulaResult;
    if (actual !== null) decimals = Math.min(6, Math.max(decimals, decimalsOfValue(actual)));
    const columnLabel = columnName(ctx.table, column);
    const rowLabel = ctx.table.sumRows.find((r) => r.row === row)?.label ?? unitName(ctx, row);
    findings.push(
      finding(ctx, row, column, {
        rule: "formula-omits",
        severity: "error",
        ...(actual === null
          ? {}
          : {
              expected: Number(expected.toFixed(decimals)),
              actual,
              difference: Number((actual - expected).toFixed(decimals)),
            }),
        messageId: "formulaOmits",
        params: {
          column: cell.role === "column-total" ? unitName(ctx, row) : columnLabel,
          totalLabel:
            cell.role === "column-total" ? leafHeader(ctx.table, column) : normalizeLabel(rowLabel),
          formula,
          leavesOut: names(v.missing),
          doubleCounts: names(v.doubledSubtotals),
          countsTwice: names(v.twice),
          addsOthers: names(v.extra),
          expected: actual === null ? null : formatNumber(expected, decimals),
          actual: actual === null ? null : formatNumber(actual, decimals),
        } satisfies FindingMessageParams["formulaOmits"],
        related: compressCells(cell.members),
      })
    );
  }
  return findings;
}

/** How a cell is named in a message: the unit of its row, or for a total column the header of its column. */
function cellLabel(ctx: RuleContext, c: CoveredCell, acrossColumns: boolean): string {
  if (acrossColumns) return leafHeader(ctx.table, c.column);
  if (c.row > ctx.table.headerBottom && c.row <= ctx.table.bottom) return unitName(ctx, c.row);
  return "";
}
