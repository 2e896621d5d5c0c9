/**
 * Plan targets against the table.
 * - `target-not-met` (error, the total cell of the indicator and year): the table's total does not satisfy the
 *   plan's target (`超过420` and a total of 420). A target that matches the table but cannot be compared exactly
 *   (no column for its year, units that cannot be converted, additions against a stock) is an `info` saying so.
 * - `not-doubled` (warning, the final-year cell): where a doubling goal is declared, a unit's (and the total's)
 *   final-year value is below twice its base-year value. The total row gets its own finding: the declared goal
 *   is the district's, so the total not doubling is the first thing an officer needs to see.
 */
import { cellAddress } from "../a1";
import { formatDifference, formatNumber } from "../messages";
import type { Finding, PlanTarget } from "../model";
import type { TableColumn } from "../recognize/layout";
import { convertValue, indicatorMatches, isIncrementText, normalizeUnit } from "../targets/words";
import { normalizeLabel } from "../vocabulary";
import {
  columnName,
  finding,
  isYearPeriod,
  numberAt,
  titleYear,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";

export type TargetStatus = "met" | "not-met" | "unchecked";

/** What became of one target in one table (or in none). */
export interface TargetOutcome {
  target: PlanTarget;
  status: TargetStatus;
  sheet?: string;
  /** The total cell compared, or the final-year total cell of a doubling goal. */
  cell?: string;
  actual?: number;
  /** The target in the table's unit. */
  expected?: number;
  /** Why it was not compared, in the display language. */
  reason?: string;
  /** Not compared because this table has no column for the target's year (another table may have one). */
  noColumn?: boolean;
  /** The info finding that says it was not compared. */
  finding?: Finding;
}

/** The columns of the table that carry the target's indicator. */
export function indicatorColumns(ctx: RuleContext, indicator: string): TableColumn[] {
  return ctx.table.columns.filter((c) => indicatorMatches(indicator, c.indicator));
}

/** A column stands for the whole year `year`: its header names the year, or it is the year's total column. */
function isColumnOfYear(ctx: RuleContext, column: TableColumn, year: number): boolean {
  if (isYearPeriod(column.period)) return yearOf(column.period) === year;
  if (column.kind === "total" && !column.period) {
    const named = column.headers.map((h) => /((?:19|20)\d{2})/.exec(h)?.[1]).find(Boolean);
    return Number(named ?? titleYear(ctx.table)) === year;
  }
  return false;
}

/** The unit of a column: the caption's `（单位：家）`, or a unit written in its headers (`研发投入（万元）`). */
export function unitOfColumn(ctx: RuleContext, column: TableColumn): string | null {
  if (ctx.table.unitOfMeasure) return normalizeUnit(ctx.table.unitOfMeasure);
  for (const h of column.headers) {
    const m = /[（(]\s*(万亿元|亿元|万元|元|家|个|项|件|人|户|%|％)\s*[)）]/.exec(h);
    if (m) return normalizeUnit(m[1]);
  }
  return null;
}

function totalRow(ctx: RuleContext): { row: number; label: string } | null {
  const totals = ctx.table.sumRows.filter((s) => s.role === "total");
  const last = totals[totals.length - 1];
  return last ? { row: last.row, label: normalizeLabel(last.label) } : null;
}

function conditionText(ctx: RuleContext, target: PlanTarget, tableUnit: string | null): string {
  const { t } = ctx;
  const value = target.value ?? 0;
  const unit = normalizeUnit(target.unit);
  let shown = formatNumber(value);
  if (unit && tableUnit && unit !== tableUnit) {
    const converted = convertValue(value, unit, tableUnit);
    if (converted !== null)
      shown = t.convertedValue(formatNumber(value), unit, formatNumber(converted), tableUnit);
  } else if (unit && unit !== "%" && ctx.locale === "zh-CN") shown += unit;
  return t.targetCondition(target.op, target.verb, shown);
}

/** Compares the table with every target whose indicator it carries; returns findings and outcomes. */
export function checkTargets(
  ctx: RuleContext,
  targets: PlanTarget[]
): { findings: Finding[]; outcomes: TargetOutcome[] } {
  const findings: Finding[] = [];
  const outcomes: TargetOutcome[] = [];
  for (const target of targets) {
    const columns = indicatorColumns(ctx, target.indicator);
    if (columns.length === 0) continue;
    const result =
      target.op === "double"
        ? checkDoubling(ctx, target, columns)
        : checkValue(ctx, target, columns);
    findings.push(...result.findings);
    outcomes.push(result.outcome);
  }
  return { findings, outcomes };
}

function unchecked(
  ctx: RuleContext,
  target: PlanTarget,
  label: string,
  reason: string,
  at: { row: number; column: number },
  noColumn = false
): { findings: Finding[]; outcome: TargetOutcome } {
  const f = finding(ctx, at.row, at.column, {
    rule: target.op === "double" ? "not-doubled" : "target-not-met",
    severity: "info",
    message: ctx.t.targetUnchecked(label, reason),
  });
  return {
    findings: [f],
    outcome: {
      target,
      status: "unchecked",
      sheet: f.sheet,
      cell: f.cell,
      reason,
      finding: f,
      ...(noColumn ? { noColumn } : {}),
    },
  };
}

function checkValue(
  ctx: RuleContext,
  target: PlanTarget,
  columns: TableColumn[]
): { findings: Finding[]; outcome: TargetOutcome } {
  const { t, table } = ctx;
  const total = totalRow(ctx);
  const anchor = { row: total?.row ?? table.headerTop, column: columns[0].index };
  const unitGuess = unitOfColumn(ctx, columns[0]);
  const label = t.targetLabel(
    target.indicator,
    target.period,
    conditionText(ctx, target, unitGuess)
  );
  const year = yearOf(target.period);
  if (year === null) return unchecked(ctx, target, label, t.reasonNoPeriod, anchor);
  const ofYear = columns.filter(
    (c) => (c.kind === "target" || c.kind === "total") && isColumnOfYear(ctx, c, year)
  );
  // Several columns for the same year (北碚's 2027年目标数 twice): the first one; column-mismatch compares them.
  const column = ofYear.find((c) => c.kind === "target") ?? ofYear[0];
  if (!column || !total)
    return unchecked(ctx, target, label, t.reasonNoColumn(String(year)), anchor, true);
  const at = { row: total.row, column: column.index };
  const name = columnName(table, column);
  const actual = numberAt(ctx, total.row, column.index);
  if (actual === null) return unchecked(ctx, target, label, t.reasonNoTotal(name), at);
  const columnIsIncrement = isIncrementText([column.indicator ?? "", ...column.headers].join(" "));
  if (columnIsIncrement !== isIncrementText(target.indicator))
    return unchecked(
      ctx,
      target,
      label,
      t.reasonIncrement(name, formatNumber(actual), isIncrementText(target.indicator)),
      at
    );
  const tableUnit = unitOfColumn(ctx, column);
  const expected = convertValue(target.value ?? 0, target.unit ?? null, tableUnit);
  if (expected === null)
    return unchecked(
      ctx,
      target,
      label,
      t.reasonUnits(normalizeUnit(target.unit) ?? "", tableUnit),
      at
    );
  const eps = 1e-9 * Math.max(1, Math.abs(expected));
  const met = target.op === ">" ? actual > expected + eps : actual >= expected - eps;
  const outcome: TargetOutcome = {
    target,
    status: met ? "met" : "not-met",
    sheet: ctx.sheet.name,
    cell: cellAddress(at.row, at.column),
    actual,
    expected,
  };
  if (met) return { findings: [], outcome };
  const difference = actual - expected;
  return {
    findings: [
      finding(ctx, at.row, at.column, {
        rule: "target-not-met",
        severity: "error",
        expected,
        actual,
        difference: Number(difference.toFixed(6)),
        message: t.targetNotMet(
          name,
          total.label,
          formatNumber(actual),
          conditionText(ctx, target, tableUnit),
          target.source
        ),
      }),
    ],
    outcome,
  };
}

function checkDoubling(
  ctx: RuleContext,
  target: PlanTarget,
  columns: TableColumn[]
): { findings: Finding[]; outcome: TargetOutcome } {
  const { t, table } = ctx;
  const total = totalRow(ctx);
  const label = t.doublingLabel(target.indicator, target.base, target.period);
  const anchor = { row: total?.row ?? table.headerTop, column: columns[0].index };
  const year = yearOf(target.period);
  const baseYear = yearOf(target.base);
  if (year === null || baseYear === null)
    return unchecked(ctx, target, label, t.reasonNoPeriod, anchor);
  const finals = columns.filter(
    (c) => (c.kind === "target" || c.kind === "total") && isColumnOfYear(ctx, c, year)
  );
  const final = finals.find((c) => c.kind === "target") ?? finals[0];
  if (!final) return unchecked(ctx, target, label, t.reasonNoColumn(String(year)), anchor, true);
  const bases = columns.filter(
    (c) => c.kind !== "rate" && isYearPeriod(c.period) && yearOf(c.period) === baseYear
  );
  const base =
    bases.find((c) => c.kind === "baseline") ?? bases.find((c) => c.kind === "actual") ?? bases[0];
  if (!base) return unchecked(ctx, target, label, t.reasonNoBaseColumn(String(baseYear)), anchor);

  const findings: Finding[] = [];
  const finalName = columnName(table, final);
  // `2022年实际数` as the header says it, or just the year.
  const baseLeaf = base.headers[base.headers.length - 1] ?? "";
  const baseName = baseLeaf.includes(String(baseYear))
    ? baseLeaf
    : ctx.locale === "zh-CN"
      ? `${baseYear}年`
      : String(baseYear);
  const rows = [
    ...table.unitRows,
    ...table.sumRows.filter((s) => s.role === "total").map((s) => s.row),
  ];
  rows.sort((a, b) => a - b);
  let totalDoubled: boolean | undefined;
  for (const row of rows) {
    const before = numberAt(ctx, row, base.index);
    const after = numberAt(ctx, row, final.index);
    if (before === null || after === null) continue;
    const twice = 2 * before;
    const ok = after >= twice - 1e-9 * Math.max(1, Math.abs(twice));
    if (row === total?.row) totalDoubled = ok;
    if (ok) continue;
    findings.push(
      finding(ctx, row, final.index, {
        rule: "not-doubled",
        severity: "warning",
        expected: twice,
        actual: after,
        difference: Number((after - twice).toFixed(6)),
        message: t.notDoubled(
          row === total?.row ? total.label : unitName(ctx, row),
          finalName,
          formatNumber(after),
          baseName,
          formatNumber(before),
          formatNumber(twice),
          formatDifference(twice - after).replace(/^\+/, "")
        ),
        related: [cellAddress(row, base.index)],
      })
    );
  }
  const at = total ? cellAddress(total.row, final.index) : undefined;
  return {
    findings,
    outcome: {
      target,
      status: totalDoubled === false ? "not-met" : totalDoubled ? "met" : "unchecked",
      sheet: ctx.sheet.name,
      cell: at,
    },
  };
}
