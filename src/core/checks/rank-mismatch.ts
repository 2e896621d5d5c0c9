/**
 * `rank-mismatch` (warning, the rank cell): a 排名/位次/名次 column is not the descending order of what it ranks, or
 * is not a ranking 1..n at all.
 *
 * What it ranks: the completion rate of its indicator (the 完成率 cells as stored, as Excel's RANK reads them; the
 * actual ÷ target where there is no rate column), else the gap to time progress, else a number column of the table
 * (the actual, the target). The first of those it follows exactly is taken; if none, the findings are against the
 * one it follows best (the rate first when several are as close).
 *
 * Ties (并列): two units with the same value share a rank. Officers write the next rank either as Excel's RANK does
 * (1, 2, 2, 4: standard competition ranking) or consecutively (1, 2, 2, 3: dense, "中国式排名"); both are accepted
 * when the whole column keeps to one. Where a table has subtotals (A类镇街小计 …), ranks within each group are
 * accepted too. Units whose rank cell holds no number are left out (blank: not ranked).
 */
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import type { TableColumn } from "../recognize/layout";
import { asFraction, columnScale, percentDecimals, storedRate } from "./computedCells";
import { columnName, finding, numberAt, unitName, type RuleContext } from "./context";
import { pairings } from "./progress";
import { completionAt, pairOf } from "./rate-mismatch";
import type { Rule } from "./rule";

type Convention = "competition" | "dense";

declare module "../messages" {
  interface FindingMessageParams {
    /** `胜利路街道排名为2，按完成率（60.0%）从高到低应为3` */
    rankMismatch: {
      unit: string;
      column: string;
      found: string;
      expected: string;
      /** What the rank follows: a column's name (`完成率`), and this unit's value there as shown. */
      basis: string;
      value: string;
      /** How ties are ranked in the expectation, when the units tie somewhere; null without ties. */
      ties: Convention | null;
    };
  }
}

export const rankMismatch: Rule<"rank-mismatch"> = {
  id: "rank-mismatch",
  severity: "warning",
  check: checkRanks,
};

interface Basis {
  name: string;
  value(row: number): number | null;
  shown(row: number): string;
}

/** What a rank column may follow, most likely first. */
function bases(ctx: RuleContext, rank: TableColumn): Basis[] {
  const { table } = ctx;
  const pairs = pairings(ctx);
  const sameIndicator = (c: TableColumn) => c.indicator === rank.indicator;
  const byNearness = (list: TableColumn[]) =>
    [...list].sort(
      (a, b) =>
        Number(b.index < rank.index) - Number(a.index < rank.index) ||
        Math.abs(a.index - rank.index) - Math.abs(b.index - rank.index)
    );
  const found: Basis[] = [];
  const stored = (c: TableColumn): Basis => {
    const scale = columnScale(ctx, c, table.unitRows, () => null);
    return {
      name: columnName(table, c),
      value: (row) => {
        const s = storedRate(ctx, row, c.index, scale);
        return s === null ? null : asFraction(s);
      },
      shown: (row) => {
        const s = storedRate(ctx, row, c.index, scale)!;
        const points = ((s.value * 100) / s.scale).toFixed(percentDecimals(s));
        return c.measure === "gap" ? points : `${points}%`;
      },
    };
  };
  const rates = table.columns.filter((c) => c.measure === "completion");
  for (const c of byNearness(
    rates.filter(sameIndicator).length ? rates.filter(sameIndicator) : rates
  ))
    found.push(stored(c));
  const pair = pairOf(pairs, rank);
  if (pair)
    found.push({
      name: columnName(table, pair.actual),
      value: (row) => completionAt(ctx, pair, row),
      shown: (row) => `${(completionAt(ctx, pair, row)! * 100).toFixed(1)}%`,
    });
  for (const c of byNearness(table.columns.filter((c) => c.measure === "gap")))
    found.push(stored(c));
  const values = table.columns.filter((c) => c.kind !== "rate" && c.kind !== "total");
  for (const c of byNearness(values))
    found.push({
      name: columnName(table, c),
      value: (row) => numberAt(ctx, row, c.index),
      shown: (row) => formatNumber(numberAt(ctx, row, c.index)!),
    });
  return found;
}

/** A rank as officers write it: `3`, `"3"`, `并列3`, `第3名`, `3（并列）`. */
export function rankAt(ctx: RuleContext, row: number, column: number): number | null {
  const n = numberAt(ctx, row, column);
  if (n !== null) return n;
  const text = ctx.view.shownText(row, column).normalize("NFKC").replace(/\s+/g, "");
  const match = /^(?:并列)?第?(\d{1,4})(?:名|位)?(?:[(（]并列[)）]|并列)?$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Values equal at 10 significant digits tie (a formula's 0.6 and a typed 0.6). */
function key(value: number): number {
  return Number(value.toPrecision(10));
}

/** Expected ranks of rows by descending value (already `key`ed), within each group (one sort per group). */
function expectedRanks(
  groups: number[][],
  value: Map<number, number>,
  convention: Convention
): Map<number, number> {
  const ranks = new Map<number, number>();
  for (const rows of groups) {
    const keys = rows.map((r) => value.get(r)!).sort((a, b) => b - a);
    const rankOf = new Map<number, number>();
    let distinct = 0;
    keys.forEach((k, i) => {
      if (rankOf.has(k)) return;
      distinct++;
      rankOf.set(k, convention === "competition" ? i + 1 : distinct);
    });
    for (const row of rows) ranks.set(row, rankOf.get(value.get(row)!)!);
  }
  return ranks;
}

/** The ranks a column should hold by one basis and convention, and the rows that hold another. */
interface Reading {
  basis: Basis;
  expected: Map<number, number>;
  convention: Convention;
  wrong: number[];
  ties: boolean;
}

function checkRanks(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  for (const rank of table.columns.filter((c) => c.measure === "rank")) {
    const given = new Map<number, number>();
    for (const row of table.unitRows) {
      const n = rankAt(ctx, row, rank.index);
      if (n !== null) given.set(row, n);
    }
    if (given.size < 2) continue;
    const ranked = [...given.keys()];
    const scopes: number[][][] = [[ranked]];
    const subtotals = table.sumRows.filter((s) => s.role === "subtotal");
    if (subtotals.length > 1) {
      const groups = subtotals
        .map((s) => s.members.filter((r) => given.has(r)))
        .filter((g) => g.length > 0);
      if (groups.reduce((n, g) => n + g.length, 0) === ranked.length) scopes.push(groups);
    }
    let best = null as Reading | null;
    for (const basis of bases(ctx, rank)) {
      const value = new Map<number, number>();
      for (const row of ranked) {
        const v = basis.value(row);
        if (v !== null) value.set(row, key(v));
      }
      if (value.size < ranked.length) continue;
      const ties = new Set(ranked.map((r) => value.get(r)!)).size < ranked.length;
      for (const groups of scopes)
        for (const convention of ["competition", "dense"] as const) {
          const expected = expectedRanks(groups, value, convention);
          const wrong = ranked.filter((r) => expected.get(r) !== given.get(r));
          if (!best || wrong.length < best.wrong.length)
            best = { basis, expected, convention, wrong, ties };
        }
      if (best?.wrong.length === 0) break;
    }
    if (!best || best.wrong.length === 0) continue;
    const chosen = best;
    for (const row of chosen.wrong) {
      const want = chosen.expected.get(row)!;
      const found = given.get(row)!;
      findings.push(
        finding(ctx, row, rank.index, {
          rule: "rank-mismatch",
          severity: "warning",
          expected: want,
          actual: found,
          difference: found - want,
          messageId: "rankMismatch",
          params: {
            unit: unitName(ctx, row),
            column: columnName(table, rank),
            found: formatNumber(found),
            expected: String(want),
            basis: chosen.basis.name,
            value: chosen.basis.shown(row),
            ties: chosen.ties ? chosen.convention : null,
          } satisfies FindingMessageParams["rankMismatch"],
        })
      );
    }
  }
  return findings;
}
