/**
 * The as-of date of a progress table and the time progress (时序进度) it implies.
 * Sources, first wins: the caller's date (CLI `--as-of`, the pane), a date in the actual column's header or the
 * table's title (`截至6月`, `截至2024年6月底`, `1-6月`, `上半年`, `前三季度`), then today (the add-in).
 * Time progress counts months: end of June is 6/12 = 50%; a date inside a month counts its elapsed days.
 */

export interface AsOf {
  /** The year, when known. */
  year: number | null;
  /** Months of the year elapsed, 0–12, possibly fractional (`2024-06-15` → 5.5). */
  months: number;
  /** Where it came from, for messages and the report. */
  source: "option" | "header" | "today";
  /** The words or date it was read from: `截至6月`, `2024-06-30`. */
  text: string;
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

function monthNumber(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : CHINESE_DIGITS[text];
  return n !== undefined && n >= 1 && n <= 12 ? n : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthsAt(year: number, month: number, day: number): number {
  const days = daysInMonth(year, month);
  return day >= days ? month : month - 1 + day / days;
}

/** `YYYY-MM-DD` (or a Date, read in local time) → an as-of; null when it is no valid date. */
export function parseAsOfOption(value: Date | string): AsOf | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const year = value.getFullYear();
    const month = value.getMonth() + 1;
    const day = value.getDate();
    return {
      year,
      months: monthsAt(year, month, day),
      source: "option",
      text: isoDate(year, month, day),
    };
  }
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return {
    year,
    months: monthsAt(year, month, day),
    source: "option",
    text: isoDate(year, month, day),
  };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTH = "(\\d{1,2}|十[一二]?|[一二两三四五六七八九])";

/**
 * An as-of date named in a header or title: `截至6月`, `截至2024年6月底`, `截至6月15日`, `2024年1-6月`, `1—6月`,
 * `上半年` (6), `前三季度` (9), `一季度` (3), `全年` (12). Null when the text names none.
 */
export function asOfInText(raw: string): Omit<AsOf, "source"> | null {
  const text = raw.replace(/[\s\u3000]+/g, "");
  const yearIn = (s: string) => {
    const m = /((?:19|20)\d{2})年/.exec(s);
    return m ? Number(m[1]) : null;
  };
  let m = new RegExp(
    `(?:截至|截止|截止到|至)((?:19|20)\\d{2}年)?${MONTH}月(?:(\\d{1,2})日)?(?:底|末|份)?`
  ).exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    if (month !== null) {
      const year = m[1] ? Number(m[1].slice(0, 4)) : yearIn(text);
      const day = m[3] ? Number(m[3]) : null;
      const months =
        day !== null && year !== null
          ? monthsAt(year, month, day)
          : day !== null
            ? month - 1 + Math.min(day, 30) / 30
            : month;
      return { year, months, text: m[0] };
    }
  }
  m = /(?:截至|截止)((?:19|20)\d{2})年(?:底|末)/.exec(text);
  if (m) return { year: Number(m[1]), months: 12, text: m[0] };
  m = new RegExp(`((?:19|20)\\d{2})?年?(?:1|一)[-—–~至到](${MONTH.slice(1, -1)})月`).exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    if (month !== null)
      return { year: m[1] ? Number(m[1]) : yearIn(text), months: month, text: m[0] };
  }
  const words: [RegExp, number][] = [
    [/上半年/, 6],
    [/前三季度/, 9],
    [/前两季度|前二季度/, 6],
    [/(?:第)?一季度|1季度|Q1/i, 3],
    [/全年|年底|年末/, 12],
  ];
  for (const [pattern, months] of words) {
    const w = pattern.exec(text);
    if (w) return { year: yearIn(text), months, text: w[0] };
  }
  return null;
}

/** Months elapsed of `year` at the as-of date: all 12 for a past year, none for a future one. */
export function monthsElapsedIn(asOf: AsOf, year: number | null): number {
  if (year === null || asOf.year === null || asOf.year === year) return asOf.months;
  return asOf.year > year ? 12 : 0;
}

/**
 * Time progress of a quarterly plan: the plan through the as-of date (whole quarters, the current quarter in
 * proportion to its elapsed months) ÷ the year plan. Null when the year plan is not positive.
 */
export function quarterlyProgress(
  quarters: number[],
  yearPlan: number,
  months: number
): number | null {
  if (!(yearPlan > 0)) return null;
  let planned = 0;
  for (let q = 0; q < 4; q++) {
    const share = Math.max(0, Math.min(1, (months - 3 * q) / 3));
    planned += (quarters[q] ?? 0) * share;
  }
  return planned / yearPlan;
}
