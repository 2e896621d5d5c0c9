/**
 * Progress of the actual columns, shared by `behind-schedule`, the report's series (charts, summaries) and the pane.
 * A unit's completion rate (actual ÷ its target for the same
 * indicator and year) is below time progress. Time progress is the elapsed share of the year (截至6月 = 50%),
 * or for a quarterly plan the unit's own plan through the as-of date ÷ its year plan. The finding carries the
 * traffic light: green at or above time progress (no finding), yellow up to `yellowWithin` points behind (30),
 * red beyond. Offices that call the first 10 points green set `greenWithin: 10`.
 */
import { cellAddress, columnLetters } from "../a1";
import type { ProgressThresholds, TrafficLight } from "../model";
import type { TableColumn } from "../recognize/layout";
import {
  asOfInText,
  monthsElapsedIn,
  parseAsOfOption,
  quarterlyProgress,
  type AsOf,
} from "../progress/asOf";
import { tableKey } from "./workbookContext";
import {
  columnName,
  isYearPeriod,
  numberAt,
  quarterOf,
  titleYear,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";

import { DEFAULT_THRESHOLDS } from "../progress/measures";

export { DEFAULT_THRESHOLDS, percent, pointsText } from "../progress/measures";

export interface ProgressOptions {
  asOf?: Date | string;
  today?: Date;
  thresholds?: ProgressThresholds;
}

/** The traffic light for a gap in percentage points (negative = behind). */
export function trafficLight(gapPoints: number, thresholds: ProgressThresholds = {}): TrafficLight {
  const { greenWithin, yellowWithin } = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const behind = -gapPoints;
  if (behind <= greenWithin + 1e-9) return "green";
  if (behind <= yellowWithin + 1e-9) return "yellow";
  return "red";
}

export interface Pairing {
  actual: TableColumn;
  target: TableColumn;
  /** Quarter plan columns Q1…Q4 of the same indicator, when the plan is quarterly. */
  quarters: (TableColumn | undefined)[] | null;
  year: number | null;
}

/** Each actual column with its target column (and quarter plan columns), as progress pairs them. */
export function pairings(ctx: RuleContext): Pairing[] {
  const { table } = ctx;
  const result: Pairing[] = [];
  const fromTitle = titleYear(table);
  for (const actual of table.columns.filter((c) => c.kind === "actual")) {
    const same = table.columns.filter((c) => c !== actual && c.indicator === actual.indicator);
    // The actual's year: its header's, the title's, or the one year the indicator's targets name.
    const targetYears = new Set(
      same.filter((c) => c.kind === "target" && isYearPeriod(c.period)).map((c) => yearOf(c.period))
    );
    const year =
      yearOf(actual.period) ?? fromTitle ?? (targetYears.size === 1 ? [...targetYears][0] : null);
    const quarterColumns = same.filter(
      (c) =>
        c.kind === "target" && quarterOf(c.period) !== null && (yearOf(c.period) ?? year) === year
    );
    const yearTargets = same.filter(
      (c) =>
        c.kind === "target" &&
        (isYearPeriod(c.period) ? yearOf(c.period) === year : !c.period && year !== null)
    );
    const unperiodised = same.filter((c) => c.kind === "target" && !c.period);
    const target =
      yearTargets.find((c) => isYearPeriod(c.period)) ??
      yearTargets[0] ??
      (unperiodised.length === 1 ? unperiodised[0] : undefined) ??
      (quarterColumns.length ? same.find((c) => c.kind === "total") : undefined);
    if (!target) continue;
    const quarters = quarterColumns.length
      ? [1, 2, 3, 4].map((q) => quarterColumns.find((c) => quarterOf(c.period) === q))
      : null;
    result.push({ actual, target, quarters, year });
  }
  return result;
}

/** The as-of date of an actual column: the option, its headers' or the title's date, or today. */
export function resolveAsOf(
  ctx: RuleContext,
  actual: TableColumn,
  options: ProgressOptions
): AsOf | null {
  if (options.asOf !== undefined) {
    const parsed = parseAsOfOption(options.asOf);
    if (parsed) return parsed;
  }
  for (const text of [...actual.headers].reverse().concat(ctx.table.title ?? "")) {
    const found = asOfInText(text);
    if (found) return { ...found, year: found.year ?? titleYear(ctx.table), source: "header" };
  }
  if (options.today) {
    const today = parseAsOfOption(options.today);
    if (today) return { ...today, source: "today" };
  }
  return null;
}

/** One unit's progress against its target (every unit with both numbers and a positive target, green ones too). */
export interface UnitProgress {
  /** 0-based worksheet row. */
  row: number;
  unit: string;
  /** The actual cell and the target cell, A1. */
  cell: string;
  targetCell: string;
  target: number;
  actual: number;
  /** actual ÷ target, and time progress, as fractions; the gap in percentage points (negative = behind). */
  completion: number;
  timeProgress: number;
  gapPoints: number;
  light: TrafficLight;
}

/** One actual column of a table paired with its target column: what a progress chart or summary shows. */
export interface ProgressSeries {
  sheet: string;
  /** The table's range. */
  table: string;
  title: string | null;
  indicator: string | null;
  year: number | null;
  unitOfMeasure: string | null;
  /** Column letters and their header names. */
  actualColumn: string;
  targetColumn: string;
  actualHeader: string;
  targetHeader: string;
  /** The as-of date used (null: none known, nothing computed). */
  asOf: AsOf | null;
  /**
   * The table's time progress: the elapsed share of the year, or for a quarterly plan the units' plan through
   * the as-of date over their year plan, all units together. Null without an as-of date.
   */
  timeProgress: number | null;
  quarterly: boolean;
  units: UnitProgress[];
  /** The last total row's target and actual, when both are numbers, and its label (`全区合计`). */
  total: { target: number; actual: number; completion: number | null; label?: string } | null;
  /** The label column's header (`镇街`, `单位`), when it has one: what the units are called. */
  unitsHeader?: string | null;
}

/** Per actual column, each unit's completion, time progress and light (no findings: see checkProgress). */
export function measureProgress(ctx: RuleContext, options: ProgressOptions = {}): ProgressSeries[] {
  const { table } = ctx;
  const series: ProgressSeries[] = [];
  for (const pair of pairings(ctx)) {
    const asOf = resolveAsOf(ctx, pair.actual, options);
    const entry: ProgressSeries = {
      sheet: ctx.sheet.name,
      table: table.summary.range,
      title: table.title,
      indicator: pair.actual.indicator ?? pair.target.indicator,
      year: pair.year,
      unitOfMeasure: table.unitOfMeasure,
      actualColumn: columnLetters(pair.actual.index),
      targetColumn: columnLetters(pair.target.index),
      actualHeader: columnName(table, pair.actual),
      targetHeader: columnName(table, pair.target),
      asOf,
      timeProgress: null,
      quarterly: pair.quarters !== null,
      units: [],
      total: totalOf(ctx, pair),
      unitsHeader: unitsHeader(ctx),
    };
    series.push(entry);
    if (!asOf) continue;
    const months = monthsElapsedIn(asOf, pair.year);
    let plannedSoFar = 0;
    let yearPlan = 0;
    for (const row of table.unitRows) {
      const actual = numberAt(ctx, row, pair.actual.index);
      const target = numberAt(ctx, row, pair.target.index);
      if (actual === null || target === null || !(target > 0)) continue;
      let timeProgress: number | null = months / 12;
      if (pair.quarters) {
        const quarters = pair.quarters.map((c) => (c ? (numberAt(ctx, row, c.index) ?? 0) : 0));
        timeProgress = quarterlyProgress(quarters, target, months);
      }
      if (timeProgress === null) continue;
      plannedSoFar += target * timeProgress;
      yearPlan += target;
      const completion = actual / target;
      const gapPoints = (completion - timeProgress) * 100;
      entry.units.push({
        row,
        unit: unitName(ctx, row),
        cell: cellAddress(row, pair.actual.index),
        targetCell: cellAddress(row, pair.target.index),
        target,
        actual,
        completion,
        timeProgress,
        gapPoints,
        light: trafficLight(gapPoints, options.thresholds),
      });
    }
    entry.timeProgress = pair.quarters
      ? yearPlan > 0
        ? plannedSoFar / yearPlan
        : null
      : months / 12;
  }
  return series;
}

function totalOf(ctx: RuleContext, pair: Pairing): ProgressSeries["total"] {
  const totals = ctx.table.sumRows.filter((s) => s.role === "total");
  const last = totals[totals.length - 1];
  if (!last) return null;
  const actual = numberAt(ctx, last.row, pair.actual.index);
  const target = numberAt(ctx, last.row, pair.target.index);
  if (actual === null || target === null) return null;
  return {
    target,
    actual,
    completion: target > 0 ? actual / target : null,
    label: unitName(ctx, last.row),
  };
}

/** The lowest non-empty header cell over the label column (`镇街`), or null. */
function unitsHeader(ctx: RuleContext): string | null {
  const { table } = ctx;
  for (let row = table.headerBottom; row >= table.headerTop; row--) {
    const text = ctx.view.shownText(row, table.labelColumn).replace(/[\s\u3000]+/g, "");
    if (text) return text;
  }
  return null;
}

/** The table's progress with the workbook's options (as-of date, thresholds), measured once per check. */
export function tableProgress(ctx: RuleContext): ProgressSeries[] {
  const { asOf, today, progress } = ctx.workbook.options;
  return ctx.workbook.memo(`progress\u0000${tableKey(ctx)}`, () =>
    measureProgress(ctx, { asOf, today, thresholds: progress })
  );
}
