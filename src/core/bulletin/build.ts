/**
 * The monthly bulletin (通报) as data, from one check's progress: per indicator the district's target, actual,
 * completion rate and gap to time progress; the units ranked by completion rate with their light; the top three,
 * the units below time progress and the red ones. Every number is one the check measured for `behind-schedule`
 * (the report's `progress`, the same `UnitProgress` its findings are made of), and every shown number is formatted
 * the way the findings format it (`percent`, `pointsText`). Nothing is estimated: what the table does not give (no
 * as-of date, no total row) is recorded as missing, for the words to say so.
 */
import type { ProgressSeries } from "../checks/progress";
import { DEFAULT_THRESHOLDS, percent, pointsText } from "../progress/measures";
import type { ProgressThresholds, TrafficLight } from "../model";
import { formatNumber } from "../numberText";
import { bulletinDate, type BulletinDate } from "./date";

export type { BulletinDate } from "./date";

/** A number as the bulletin shows it, with the value it was shown from. */
export interface Shown {
  value: number;
  /** `96`, `80.0` (a rate in percent, one decimal), `5.0` (a gap's size in points). */
  text: string;
}

export interface BulletinUnit {
  /** 1 for the highest completion rate; units with the same shown rate share a rank (并列). */
  rank: number;
  /** Another unit has the same rank. */
  tied: boolean;
  unit: string;
  sheet: string;
  /** The actual cell and the target cell, A1. */
  cell: string;
  targetCell: string;
  target: Shown;
  actual: Shown;
  /** Completion rate: value a fraction, text in percent (`80.0`). */
  rate: Shown;
  /** The unit's own time progress (a quarterly plan's differs by unit): value a fraction, text in percent. */
  timeProgress: Shown;
  /** Gap to time progress: value in points (negative = behind), text its size (`35.0`). */
  gap: Shown;
  /** Below time progress (what `behind-schedule` reports with the default thresholds). */
  behind: boolean;
  light: TrafficLight;
}

/** The district's line of an indicator: its total row. */
export interface BulletinDistrict {
  /** The total row's label (`全区合计`, `合计`). */
  label: string | null;
  target: Shown;
  actual: Shown;
  /** Null when the target is not positive. */
  rate: Shown | null;
  /** Null without a rate or a time progress. */
  gap: Shown | null;
}

/** What an indicator's bulletin cannot say, and why. */
export type BulletinGap = "no-as-of" | "no-total" | "no-units";

export interface BulletinIndicator {
  sheet: string;
  /** The table's range. */
  table: string;
  title: string | null;
  /** The indicator (`高新技术企业`), or the table's title where the header names none. */
  indicator: string;
  year: number | null;
  unitOfMeasure: string | null;
  /** The label column's header (`镇街`), for what the units are called. */
  unitsHeader: string | null;
  asOf: BulletinDate | null;
  /** The table's time progress (fraction, and percent text); null without an as-of date. */
  timeProgress: Shown | null;
  quarterly: boolean;
  district: BulletinDistrict | null;
  /** Every unit with a target and an actual, best completion first. */
  units: BulletinUnit[];
  /** Units ranked 1 to 3 (more than three where ranks are shared). */
  top: BulletinUnit[];
  /** Units below time progress, in rank order. */
  behind: BulletinUnit[];
  /** Units on red, in rank order. */
  red: BulletinUnit[];
  missing: BulletinGap[];
}

export interface Bulletin {
  indicators: BulletinIndicator[];
  /** The as-of date when every indicator has the same one (the bulletin opens with it), else null. */
  asOf: BulletinDate | null;
  /** The time progress when every indicator has the same (not quarterly), else null. */
  timeProgress: Shown | null;
  thresholds: Required<ProgressThresholds>;
  /** Tables left out because the same indicator has a later month in the workbook (one sheet per month). */
  earlier: { sheet: string; table: string; indicator: string }[];
}

function shownCount(value: number): Shown {
  return { value, text: formatNumber(value) };
}

function shownRate(fraction: number): Shown {
  return { value: fraction, text: percent(fraction) };
}

function shownGap(points: number): Shown {
  return { value: points, text: pointsText(points) };
}

/** Behind as `trafficLight` counts it with no green margin. */
function isBehind(gapPoints: number): boolean {
  return gapPoints < -1e-9;
}

/** Competition ranking (1, 2, 2, 4) by completion rate, ties by the rate as shown; table order within a tie. */
function ranked(series: ProgressSeries): BulletinUnit[] {
  const units = series.units.map((u, index) => ({ u, index }));
  units.sort((a, b) => b.u.completion - a.u.completion || a.index - b.index);
  const result: BulletinUnit[] = [];
  for (const [position, { u }] of units.entries()) {
    const rate = shownRate(u.completion);
    const previous = result[position - 1];
    const rank = previous && previous.rate.text === rate.text ? previous.rank : position + 1;
    if (previous && previous.rank === rank) previous.tied = true;
    result.push({
      rank,
      tied: previous?.rank === rank,
      unit: u.unit,
      sheet: series.sheet,
      cell: u.cell,
      targetCell: u.targetCell,
      target: shownCount(u.target),
      actual: shownCount(u.actual),
      rate,
      timeProgress: shownRate(u.timeProgress),
      gap: shownGap(u.gapPoints),
      behind: isBehind(u.gapPoints),
      light: u.light,
    });
  }
  return result;
}

function district(series: ProgressSeries): BulletinDistrict | null {
  const total = series.total;
  if (!total) return null;
  const rate = total.completion !== null ? shownRate(total.completion) : null;
  const gap =
    total.completion !== null && series.timeProgress !== null
      ? shownGap((total.completion - series.timeProgress) * 100)
      : null;
  return {
    label: total.label ?? null,
    target: shownCount(total.target),
    actual: shownCount(total.actual),
    rate,
    gap,
  };
}

function indicatorOf(series: ProgressSeries): BulletinIndicator {
  const units = ranked(series);
  const missing: BulletinGap[] = [];
  if (!series.asOf) missing.push("no-as-of");
  if (!series.total) missing.push("no-total");
  if (series.asOf && units.length === 0) missing.push("no-units");
  return {
    sheet: series.sheet,
    table: series.table,
    title: series.title,
    indicator: series.indicator ?? series.title ?? series.sheet,
    year: series.year,
    unitOfMeasure: series.unitOfMeasure,
    unitsHeader: series.unitsHeader ?? null,
    asOf: series.asOf ? bulletinDate(series.asOf) : null,
    timeProgress: series.timeProgress !== null ? shownRate(series.timeProgress) : null,
    quarterly: series.quarterly,
    district: district(series),
    units,
    top: units.filter((u) => u.rank <= 3),
    behind: units.filter((u) => u.behind),
    red: units.filter((u) => u.light === "red"),
    missing,
  };
}

const indicatorKey = (s: ProgressSeries) =>
  `${(s.indicator ?? s.title ?? s.sheet).replace(/\s+/g, "")}\u0000${s.year ?? ""}`;

/** How far into time an as-of date is, to keep the latest month of an indicator. */
function when(s: ProgressSeries): number {
  if (!s.asOf) return -Infinity;
  return (s.asOf.year ?? s.year ?? 0) * 12 + s.asOf.months;
}

export interface BulletinOptions {
  /** The thresholds the check used (the lights come from the check; these are only said). */
  thresholds?: ProgressThresholds;
}

/**
 * The bulletin of a report's progress series. An indicator measured on several sheets (one per month) is said
 * once, from its latest as-of date; the others are listed in `earlier`.
 */
export function buildBulletin(
  progress: readonly ProgressSeries[],
  options: BulletinOptions = {}
): Bulletin {
  const latest = new Map<string, number>();
  for (const s of progress)
    latest.set(indicatorKey(s), Math.max(latest.get(indicatorKey(s)) ?? -Infinity, when(s)));
  const kept = progress.filter((s) => when(s) === latest.get(indicatorKey(s)));
  const earlier = progress
    .filter((s) => !kept.includes(s))
    .map((s) => ({ sheet: s.sheet, table: s.table, indicator: indicatorOf(s).indicator }));
  const indicators = kept.map(indicatorOf);
  const dates = new Set(indicators.map((i) => (i.asOf ? i.asOf.key : null)));
  const progressValues = new Set(indicators.map((i) => i.timeProgress?.text ?? null));
  const one = indicators.length > 0 && dates.size === 1 && !dates.has(null);
  const sameProgress = one && progressValues.size === 1 && !indicators.some((i) => i.quarterly);
  return {
    indicators,
    asOf: one ? indicators[0].asOf : null,
    timeProgress: sameProgress ? indicators[0].timeProgress : null,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    earlier,
  };
}
