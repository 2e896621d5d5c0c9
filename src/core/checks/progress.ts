/**
 * `behind-schedule` (warning, the unit's actual cell): a unit's completion rate (actual ÷ its target for the same
 * indicator and year) is below time progress. Time progress is the elapsed share of the year (截至6月 = 50%),
 * or for a quarterly plan the unit's own plan through the as-of date ÷ its year plan. The finding carries the
 * traffic light: green at or above time progress (no finding), yellow up to `yellowWithin` points behind (30),
 * red beyond. Offices that call the first 10 points green set `greenWithin: 10`.
 */
import { cellAddress } from "../a1";
import type { Finding, ProgressThresholds, TrafficLight } from "../model";
import type { TableColumn } from "../recognize/layout";
import {
  asOfInText,
  monthsElapsedIn,
  parseAsOfOption,
  quarterlyProgress,
  type AsOf,
} from "../progress/asOf";
import {
  finding,
  isYearPeriod,
  numberAt,
  quarterOf,
  titleYear,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";

export const DEFAULT_THRESHOLDS: Required<ProgressThresholds> = {
  greenWithin: 0,
  yellowWithin: 30,
};

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

interface Pairing {
  actual: TableColumn;
  target: TableColumn;
  /** Quarter plan columns Q1…Q4 of the same indicator, when the plan is quarterly. */
  quarters: (TableColumn | undefined)[] | null;
  year: number | null;
}

function pairings(ctx: RuleContext): Pairing[] {
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

function resolveAsOf(ctx: RuleContext, actual: TableColumn, options: ProgressOptions): AsOf | null {
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

function percent(fraction: number): string {
  return (fraction * 100).toFixed(1);
}

export function checkProgress(ctx: RuleContext, options: ProgressOptions = {}): Finding[] {
  const { t, table } = ctx;
  const findings: Finding[] = [];
  const pairs = pairings(ctx);
  let warnedNoDate = false;
  for (const pair of pairs) {
    const asOf = resolveAsOf(ctx, pair.actual, options);
    if (!asOf) {
      if (!warnedNoDate)
        findings.push(
          finding(ctx, table.headerBottom, pair.actual.index, {
            rule: "behind-schedule",
            severity: "info",
            message: t.noAsOfDate,
          })
        );
      warnedNoDate = true;
      continue;
    }
    const months = monthsElapsedIn(asOf, pair.year);
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
      const completion = actual / target;
      const gapPoints = (completion - timeProgress) * 100;
      const light = trafficLight(gapPoints, options.thresholds);
      if (light === "green") continue;
      const expected = Number((target * timeProgress).toFixed(2));
      findings.push(
        finding(ctx, row, pair.actual.index, {
          rule: "behind-schedule",
          severity: "warning",
          expected,
          actual,
          difference: Number((actual - expected).toFixed(2)),
          message: t.behindSchedule(
            unitName(ctx, row),
            percent(completion),
            percent(timeProgress),
            Math.abs(gapPoints).toFixed(1)
          ),
          related: [cellAddress(row, pair.target.index)],
          light,
          progress: {
            completion: Number(completion.toFixed(6)),
            timeProgress: Number(timeProgress.toFixed(6)),
            gapPoints: Number(gapPoints.toFixed(4)),
          },
        })
      );
    }
  }
  return findings;
}
