/**
 * `rate-mismatch` (error, the rate cell): a column computed from others disagrees with them at its shown precision.
 * - 完成率/完成进度 = the row's actual ÷ its target (a 合计/小计 row too: its own actual ÷ its own target, never the
 *   sum or the average of the units' rates — the message says so when the cell holds one of those);
 * - 时序进度 = the time progress of the as-of date (months ÷ 12; for a quarterly plan the row's plan through the
 *   as-of date ÷ its year plan, as `behind-schedule` computes it). Not judged when the only date is today's (the
 *   add-in without a chosen date): a table dated in its header or by the user is;
 * - 与时序进度差 = rate − time progress, in points (accepted against the true values or against the row's own
 *   rate and time progress cells, the officer's arithmetic).
 * Rates are stored as fractions (0.75 with a % format, or typed "75%") or as points (75): see computedCells.ts.
 */
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import { monthsElapsedIn, quarterlyProgress, type AsOf } from "../progress/asOf";
import type { TableColumn } from "../recognize/layout";
import {
  asFraction,
  columnScale,
  expectedStored,
  percentDecimals,
  showsFraction,
  storedRate,
  type StoredRate,
} from "./computedCells";
import { columnName, finding, numberAt, titleYear, unitName, type RuleContext } from "./context";
import { pairings, resolveAsOf, type Pairing } from "./progress";
import type { Rule } from "./rule";

declare module "../messages" {
  interface FindingMessageParams {
    /** `中山路街道完成率为45.0%，按完成数40÷目标100应为40.0%（相差5.0个百分点）` */
    rateMismatch: {
      unit: string;
      column: string;
      /** Percent (or points for a gap) as shown, and as it should be, at the cell's decimals. */
      found: string;
      expected: string;
      /** found − expected, in percentage points. */
      difference: string;
      computed:
        | {
            kind: "completion";
            actual: string;
            target: string;
            wrongTotal: "sum" | "average" | null;
          }
        | { kind: "time-progress"; asOf: string; quarterly: boolean }
        | { kind: "gap"; rate: string; timeProgress: string };
    };
  }
}

export const rateMismatch: Rule<"rate-mismatch"> = {
  id: "rate-mismatch",
  severity: "error",
  check: checkRates,
};

type Computed = "completion" | "time-progress" | "gap";

/** The pair (actual, target) a computed column belongs to: the nearest actual column left of it, same indicator. */
export function pairOf(pairs: Pairing[], column: TableColumn): Pairing | null {
  const same = pairs.filter((p) => p.actual.indicator === column.indicator);
  const candidates = same.length > 0 ? same : pairs.length === 1 ? pairs : [];
  const left = candidates.filter((p) => p.actual.index < column.index);
  if (left.length > 0) return left.reduce((a, b) => (b.actual.index > a.actual.index ? b : a));
  return candidates[0] ?? null;
}

/** A row's completion rate (actual ÷ target) of a pair, or null without both numbers and a positive target. */
export function completionAt(ctx: RuleContext, pair: Pairing, row: number): number | null {
  const actual = numberAt(ctx, row, pair.actual.index);
  const target = numberAt(ctx, row, pair.target.index);
  return actual === null || target === null || !(target > 0) ? null : actual / target;
}

interface TimeProgress {
  asOf: AsOf;
  quarterly: boolean;
  at(row: number): number | null;
}

/** The time progress of each row at the as-of date (none when the only date known is today's). */
function timeProgressOf(
  ctx: RuleContext,
  pair: Pairing | null,
  column: TableColumn
): TimeProgress | null {
  const { asOf: option, today, progress } = ctx.workbook.options;
  const options = { asOf: option, today, thresholds: progress };
  // The actual column's date (or the title's), else one the time progress column's own header names.
  let asOf = resolveAsOf(ctx, pair?.actual ?? column, options);
  if (pair && (!asOf || asOf.source === "today")) asOf = resolveAsOf(ctx, column, options) ?? asOf;
  if (!asOf || asOf.source === "today") return null;
  const months = monthsElapsedIn(asOf, pair?.year ?? titleYear(ctx.table));
  const quarters = pair?.quarters;
  if (!pair || !quarters) return { asOf, quarterly: false, at: () => months / 12 };
  return {
    asOf,
    quarterly: true,
    at: (row) => {
      const target = numberAt(ctx, row, pair.target.index);
      if (target === null) return null;
      const plan = quarters.map((c) => (c ? (numberAt(ctx, row, c.index) ?? 0) : 0));
      return quarterlyProgress(plan, target, months);
    },
  };
}

function checkRates(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const columns = table.columns.filter(
    (c): c is TableColumn & { measure: Computed } =>
      c.kind === "rate" &&
      (c.measure === "completion" || c.measure === "time-progress" || c.measure === "gap")
  );
  if (columns.length === 0) return [];
  const pairs = pairings(ctx);
  const rows = [...new Set([...table.unitRows, ...table.sumRows.map((s) => s.row)])].sort(
    (a, b) => a - b
  );
  const sumLabel = new Map(table.sumRows.map((s) => [s.row, s.label.replace(/\s+/g, "")]));
  const rowName = (row: number) => sumLabel.get(row) ?? unitName(ctx, row);
  const findings: Finding[] = [];

  for (const column of columns) {
    const pair = pairOf(pairs, column);
    const progress = column.measure === "completion" ? null : timeProgressOf(ctx, pair, column);
    const rate = (row: number) => (pair ? completionAt(ctx, pair, row) : null);
    let expected: (row: number) => number | null;
    if (column.measure === "completion") expected = rate;
    else if (column.measure === "time-progress") {
      if (!progress) continue;
      expected = progress.at;
    } else {
      if (!progress || !pair) continue;
      expected = (row) => {
        const r = rate(row);
        const t = progress.at(row);
        return r === null || t === null ? null : r - t;
      };
    }
    const scale = columnScale(ctx, column, table.unitRows, expected);
    // The row's own rate and time progress cells, for a gap computed from what the row shows.
    const shownGap = column.measure === "gap" ? shownGapOf(ctx, column, pair) : () => null;

    for (const row of rows) {
      const want = expected(row);
      const stored = storedRate(ctx, row, column.index, scale);
      if (want === null || stored === null || showsFraction(stored, want)) continue;
      const own = shownGap(row);
      if (own !== null && showsFraction(stored, own)) continue;
      findings.push(
        rateFinding(ctx, row, column, stored, want, rowName(row), () => {
          if (column.measure === "completion") {
            const pairNow = pair!;
            return {
              kind: "completion",
              actual: formatNumber(numberAt(ctx, row, pairNow.actual.index)!),
              target: formatNumber(numberAt(ctx, row, pairNow.target.index)!),
              wrongTotal: wrongTotal(ctx, row, column, stored, scale, pairNow),
            };
          }
          if (column.measure === "time-progress")
            return {
              kind: "time-progress",
              asOf: progress!.asOf.text,
              quarterly: progress!.quarterly,
            };
          const digits = percentDecimals(stored);
          return {
            kind: "gap",
            rate: (rate(row)! * 100).toFixed(Math.max(1, digits)),
            timeProgress: (progress!.at(row)! * 100).toFixed(Math.max(1, digits)),
          };
        })
      );
    }
  }
  return findings;
}

function rateFinding(
  ctx: RuleContext,
  row: number,
  column: TableColumn,
  stored: StoredRate,
  want: number,
  unit: string,
  computed: () => FindingParams["computed"]
): Finding {
  const digits = percentDecimals(stored);
  const expected = expectedStored(stored, want);
  const foundPoints = (stored.value * 100) / stored.scale;
  const expectedPoints = (expected * 100) / stored.scale;
  return finding(ctx, row, column.index, {
    rule: "rate-mismatch",
    severity: "error",
    expected,
    actual: stored.value,
    difference: Number((stored.value - expected).toFixed(Math.min(stored.decimals + 2, 12))),
    messageId: "rateMismatch",
    params: {
      unit,
      column: columnName(ctx.table, column),
      found: foundPoints.toFixed(digits),
      expected: expectedPoints.toFixed(digits),
      difference: (foundPoints - expectedPoints).toFixed(digits),
      computed: computed(),
    } satisfies FindingMessageParams["rateMismatch"],
  });
}

type FindingParams = import("../messages").FindingMessageParams["rateMismatch"];

/** The gap a row shows by its own rate and time progress cells (the officer's subtraction), as a fraction. */
function shownGapOf(
  ctx: RuleContext,
  gap: TableColumn,
  pair: Pairing | null
): (row: number) => number | null {
  const near = (measure: "completion" | "time-progress") =>
    ctx.table.columns
      .filter(
        (c) =>
          c.measure === measure && c.index < gap.index && (pair ? pairOf([pair], c) === pair : true)
      )
      .pop();
  const rateColumn = near("completion");
  const timeColumn = near("time-progress");
  if (!rateColumn || !timeColumn) return () => null;
  const scaleOf = (c: TableColumn) => columnScale(ctx, c, ctx.table.unitRows, () => null);
  const [rateScale, timeScale] = [scaleOf(rateColumn), scaleOf(timeColumn)];
  return (row) => {
    const r = storedRate(ctx, row, rateColumn.index, rateScale);
    const t = storedRate(ctx, row, timeColumn.index, timeScale);
    return r === null || t === null ? null : asFraction(r) - asFraction(t);
  };
}

/** A total or subtotal row's rate that is the sum or the average of its units' rates, instead of actual ÷ target. */
function wrongTotal(
  ctx: RuleContext,
  row: number,
  column: TableColumn,
  stored: StoredRate,
  scale: 1 | 100,
  pair: Pairing
): "sum" | "average" | null {
  const sumRow = ctx.table.sumRows.find((s) => s.row === row);
  if (!sumRow) return null;
  const rates = sumRow.members
    .map((m) => storedRate(ctx, m, column.index, scale))
    .filter((r): r is StoredRate => r !== null)
    .map(asFraction);
  if (rates.length < 2 || completionAt(ctx, pair, row) === null) return null;
  const sum = rates.reduce((a, b) => a + b, 0);
  if (showsFraction(stored, sum)) return "sum";
  if (showsFraction(stored, sum / rates.length)) return "average";
  return null;
}
