/**
 * The as-of date as a bulletin says it: `截至2024年9月底` (a whole month) or `截至2024年9月15日` (a day inside it).
 * From the check's `AsOf`: whole months elapsed are the end of that month; a fraction is a day of the next month,
 * read from the date it came from (`2024-09-15`, `截至9月15日`).
 */
import type { AsOf } from "../progress/asOf";

export interface BulletinDate {
  year: number | null;
  /** 1–12. */
  month: number;
  /** Null: the end of the month. */
  day: number | null;
  /** Equal for equal dates. */
  key: string;
}

function dayIn(text: string): number | null {
  const iso = /^\s*\d{4}-\d{1,2}-(\d{1,2})\s*$/.exec(text);
  if (iso) return Number(iso[1]);
  const words = /(\d{1,2})日/.exec(text);
  return words ? Number(words[1]) : null;
}

export function bulletinDate(asOf: AsOf): BulletinDate {
  const whole = Number.isInteger(asOf.months);
  const month = Math.min(12, Math.max(1, whole ? asOf.months : Math.ceil(asOf.months)));
  const day = whole ? null : dayIn(asOf.text);
  return { year: asOf.year, month, day, key: `${asOf.year ?? ""}-${month}-${day ?? "end"}` };
}
