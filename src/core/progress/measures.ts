/**
 * The few numbers of progress that the doors' pages show too (thresholds, a rate, a gap in points). Kept apart from
 * `checks/progress.ts`, which reads tables: a page that only words a report must not pull in the recognizer.
 */
import type { ProgressThresholds } from "../model";

export const DEFAULT_THRESHOLDS: Required<ProgressThresholds> = {
  greenWithin: 0,
  yellowWithin: 30,
};

export function percent(fraction: number): string {
  return (fraction * 100).toFixed(1);
}

/** A gap to time progress as the findings say it: its size in percentage points, one decimal (`落后10.0个百分点`). */
export function pointsText(gapPoints: number): string {
  return Math.abs(gapPoints).toFixed(1);
}
