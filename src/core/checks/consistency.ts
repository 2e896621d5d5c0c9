/**
 * The table against itself.
 * - `target-decrease` (warning, the later cell): a unit's target for a later year is lower than for the year
 *   before (target columns of one indicator only: no baselines, no actuals, not where the columns count
 *   additions — 新增 may well go down).
 * - `column-mismatch` (error, the second cell): two columns with the same indicator, period and kind disagree
 *   (北碚: `2027年目标数` beside `年度 / 2027年目标数`).
 * - `duplicate-unit` (warning, the second label cell): the same unit twice in one table (spaces ignored).
 * - `duplicate-serial` (warning, the second serial cell): a serial number repeats or skips; numbering may
 *   restart at 1 (per category, 北碚's A类/B类).
 */
import { cellAddress, columnLetters } from "../a1";
import { formatDifference, formatNumber } from "../messages";
import type { Finding } from "../model";
import { readNumber } from "../numbers";
import type { TableColumn } from "../recognize/layout";
import { isIncrementText } from "../targets/words";
import {
  columnName,
  finding,
  isYearPeriod,
  numberAt,
  sameNumber,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";

export function checkConsistency(ctx: RuleContext): Finding[] {
  return [
    ...checkTargetDecrease(ctx),
    ...checkColumnMismatch(ctx),
    ...checkDuplicateUnits(ctx),
    ...checkSerials(ctx),
  ];
}

/** Columns of one measure: the same indicator, and headers that say nothing more than period and kind. */
function byMeasure(columns: TableColumn[]): Map<string, TableColumn[]> {
  const groups = new Map<string, TableColumn[]>();
  for (const c of columns) {
    const key = `${c.indicator}\u0000${leafRest(c)}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

export function checkTargetDecrease(ctx: RuleContext): Finding[] {
  const { table, t } = ctx;
  const findings: Finding[] = [];
  const targets = table.columns.filter((c) => c.kind === "target" && isYearPeriod(c.period));
  for (const [, columns] of byMeasure(targets)) {
    if (columns.some((c) => isIncrementText([c.indicator ?? "", ...c.headers].join(" ")))) continue;
    // One column per year (the first, where a year appears twice), in year order.
    const perYear = new Map<number, TableColumn>();
    for (const c of columns) if (!perYear.has(yearOf(c.period)!)) perYear.set(yearOf(c.period)!, c);
    const ordered = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    if (ordered.length < 2) continue;
    for (const row of table.unitRows) {
      let previous: { column: TableColumn; value: number } | null = null;
      for (const column of ordered) {
        const value = numberAt(ctx, row, column.index);
        if (value === null) continue;
        if (previous && value < previous.value && !sameNumber(value, previous.value)) {
          findings.push(
            finding(ctx, row, column.index, {
              rule: "target-decrease",
              severity: "warning",
              expected: previous.value,
              actual: value,
              difference: Number((value - previous.value).toFixed(6)),
              message: t.targetDecrease(
                unitName(ctx, row),
                columnName(table, column),
                formatNumber(value),
                columnName(table, previous.column),
                formatNumber(previous.value),
                formatNumber(previous.value - value)
              ),
              related: [cellAddress(row, previous.column.index)],
            })
          );
        }
        previous = { column, value };
      }
    }
  }
  return findings;
}

/**
 * What a column's own header says besides its period and kind: `2027年目标数` and `2027年` (under 年度) say
 * nothing more and denote the same; `企业数2024年目标` and `研发投入2024年目标` do not.
 */
function leafRest(column: TableColumn): string {
  const leaf = column.headers[column.headers.length - 1] ?? "";
  return leaf
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/(19|20)\d{2}年?(底|末)?/g, "")
    .replace(/(第?[一二三四1-4]季度|Q[1-4]|\d{1,2}[-—–~至]\d{1,2}月)/gi, "")
    .replace(/(年度|全年)?(目标数|目标值|目标|任务数|任务|计划数|计划|指导数|分解数|预期|数)$/, "")
    .replace(/^(年度|全年)$/, "")
    .toLowerCase()
    .replace(/\b(target|plan|goal)s?\b/g, "")
    .trim();
}

export function checkColumnMismatch(ctx: RuleContext): Finding[] {
  const { table, t } = ctx;
  const findings: Finding[] = [];
  const groups = new Map<string, TableColumn[]>();
  for (const c of table.columns) {
    // Only columns that name their indicator and period: two unnamed columns need not be the same thing.
    if (!c.indicator || !c.period || c.kind === "total") continue;
    const key = `${c.indicator}\u0000${c.period}\u0000${c.kind}\u0000${leafRest(c)}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const rows = [...table.unitRows, ...table.sumRows.map((s) => s.row)].sort((a, b) => a - b);
  const sumLabel = new Map(table.sumRows.map((s) => [s.row, s.label.replace(/\s+/g, "")]));
  for (const [, columns] of groups) {
    if (columns.length < 2) continue;
    const [first, ...others] = columns;
    for (const other of others) {
      for (const row of rows) {
        const a = numberAt(ctx, row, first.index);
        const b = numberAt(ctx, row, other.index);
        if (a === null || b === null || sameNumber(a, b)) continue;
        findings.push(
          finding(ctx, row, other.index, {
            rule: "column-mismatch",
            severity: "error",
            expected: a,
            actual: b,
            difference: Number((b - a).toFixed(6)),
            message: t.columnMismatch(
              sumLabel.get(row) ?? unitName(ctx, row),
              columnName(table, other),
              columnLetters(first.index),
              formatNumber(a),
              columnLetters(other.index),
              formatNumber(b),
              formatDifference(b - a)
            ),
            related: [cellAddress(row, first.index)],
          })
        );
      }
    }
  }
  return findings;
}

export function checkDuplicateUnits(ctx: RuleContext): Finding[] {
  const { table, t } = ctx;
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const row of table.unitRows) {
    const name = unitName(ctx, row);
    if (name === "") continue;
    const key = name.toLowerCase();
    const cell = cellAddress(row, table.labelColumn);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, cell);
      continue;
    }
    findings.push(
      finding(ctx, row, table.labelColumn, {
        rule: "duplicate-unit",
        severity: "warning",
        message: t.duplicateUnit(name, first),
        related: [first],
      })
    );
  }
  return findings;
}

/** A serial number as written: `25`, `"25"`, `"25."`, `"（25）"`; null for anything else. */
export function serialNumber(value: ReturnType<RuleContext["view"]["value"]>): number | null {
  const r = readNumber(value);
  if (r.kind === "number" || r.kind === "numeric-text")
    return Number.isInteger(r.value) && r.value >= 0 ? r.value : null;
  if (r.kind !== "text") return null;
  const m = /^[（(]?\s*(\d+)\s*[)）.、．]?$/.exec(r.text.trim());
  return m ? Number(m[1]) : null;
}

function missingRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

export function checkSerials(ctx: RuleContext): Finding[] {
  const { table, t, view } = ctx;
  if (table.serialColumn === null) return [];
  const column = table.serialColumn;
  const serials = [...table.unitRows]
    .sort((a, b) => a - b)
    .map((row) => ({ row, value: serialNumber(view.value(row, column)) }));
  const findings: Finding[] = [];
  let expected: number | null = null;
  let previous: number | null = null;
  // Rows without a serial in between: the next may count them or not (1, –, 2 and 1, –, 3 are both fine).
  let unnumbered = 0;
  serials.forEach(({ row, value }, i) => {
    if (value === null) {
      if (expected !== null) unnumbered++;
      return;
    }
    const fits = expected !== null && value >= expected && value <= expected + unnumbered;
    unnumbered = 0;
    if (expected === null || previous === null || fits || value === 1) {
      expected = value + 1;
      previous = value;
      return;
    }
    const next = serials.slice(i + 1).find((s) => s.value !== null)?.value;
    let message: string;
    if (value === previous) message = t.serialRepeat(String(value), String(expected));
    else if (value > expected)
      message = t.serialSkip(String(previous), String(value), missingRange(expected, value - 1));
    else message = t.serialOutOfOrder(String(previous), String(value), String(expected));
    findings.push(
      finding(ctx, row, column, {
        rule: "duplicate-serial",
        severity: "warning",
        expected,
        actual: value,
        difference: value - expected,
        message,
      })
    );
    // A slip in one number (25, 25, 27) keeps the count; a renumbering (1, 2, 2, 3) continues from it.
    expected = next === expected + 1 ? expected + 1 : value + 1;
    previous = value;
  });
  return findings;
}
