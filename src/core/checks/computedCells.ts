/**
 * Reading the cells of computed columns (完成率, 时序进度, 与时序进度差) at their shown precision, shared by
 * `rate-mismatch` and `rank-mismatch`. A rate is stored either as a fraction (0.75, shown 75% by a % number format,
 * or typed as the text "75%") or as percent points (75, a header like `完成率（%）`); points of a gap likewise.
 */
import { numberFormatAt } from "../grid";
import { decimalsOfFormat, decimalsOfValue } from "../numbers";
import type { TableColumn } from "../recognize/layout";
import { reading, type RuleContext } from "./context";

/** A computed cell's number as written: `value` in the cell's own scale (1: fractions, 100: percent points). */
export interface StoredRate {
  value: number;
  /** 1 when the cell holds a fraction (0.75), 100 when it holds points (75). */
  scale: 1 | 100;
  /** Decimals shown, in the cell's own scale (`0.0%` shows 3 decimals of the fraction). */
  decimals: number;
}

function hasPercentFormat(format: string | null): boolean {
  // `0.0%`, not a `%` inside quotes ("\"%\"" text) — rare enough to ignore the quoted case's subtleties.
  return format !== null && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/** Decimals of the digits typed in a text such as `"75.0%"`. */
function decimalsOfText(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1].length : 0;
}

/**
 * The scale of a column's cells without a % format: points when the header says so (`（%）`, `百分点`), otherwise
 * what the numbers say against the fractions they should be (`expected`, by row): a median ratio above 10 is points.
 */
export function columnScale(
  ctx: RuleContext,
  column: TableColumn,
  rows: number[],
  expected: (row: number) => number | null
): 1 | 100 {
  const header = column.headers.join("");
  if (/[%％]|百分点|百分比|percent|points/i.test(header)) return 100;
  const ratios: number[] = [];
  const magnitudes: number[] = [];
  for (const row of rows) {
    const stored = plainNumber(ctx, row, column.index);
    if (stored === null) continue;
    magnitudes.push(Math.abs(stored));
    const e = expected(row);
    if (e !== null && Math.abs(e) > 1e-6 && stored !== 0) ratios.push(Math.abs(stored / e));
  }
  if (ratios.length > 0) return median(ratios) > 10 ? 100 : 1;
  return magnitudes.length > 0 && median(magnitudes) > 1.5 ? 100 : 1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A typed number without a % format (its scale is the column's). */
function plainNumber(ctx: RuleContext, row: number, column: number): number | null {
  const r = reading(ctx, row, column);
  if (r.kind === "number" && !hasPercentFormat(numberFormatAt(ctx.sheet, row, column)))
    return r.value;
  if (r.kind === "numeric-text" && !/[%％]\s*$/.test(r.text)) return r.value;
  return null;
}

/** The computed cell as stored, or null when it holds no number. */
export function storedRate(
  ctx: RuleContext,
  row: number,
  column: number,
  scale: 1 | 100
): StoredRate | null {
  const r = reading(ctx, row, column);
  const format = numberFormatAt(ctx.sheet, row, column);
  if (r.kind === "numeric-text") {
    if (/[%％]\s*$/.test(r.text))
      return { value: r.value, scale: 1, decimals: decimalsOfText(r.text) + 2 };
    return { value: r.value, scale, decimals: decimalsOfText(r.text) };
  }
  if (r.kind !== "number") return null;
  const formatDecimals = decimalsOfFormat(format);
  if (hasPercentFormat(format))
    return { value: r.value, scale: 1, decimals: (formatDecimals ?? 0) + 2 };
  return { value: r.value, scale, decimals: formatDecimals ?? decimalsOfValue(r.value) };
}

/** The stored number as a fraction (points ÷ 100). */
export function asFraction(stored: StoredRate): number {
  return stored.value / stored.scale;
}

/** Whether a stored number shows `fraction` at its precision (rounding either way at the last decimal shown). */
export function showsFraction(stored: StoredRate, fraction: number): boolean {
  const half = 0.5 * 10 ** -stored.decimals;
  return Math.abs(stored.value - fraction * stored.scale) <= half * (1 + 1e-6) + 1e-12;
}

/** Decimals of the percent shown for a stored number (a fraction at 3 decimals is a percent at 1). */
export function percentDecimals(stored: StoredRate): number {
  return stored.scale === 1 ? Math.max(0, stored.decimals - 2) : stored.decimals;
}

/** The fraction the cell should hold, in its own scale, rounded to its decimals. */
export function expectedStored(stored: StoredRate, fraction: number): number {
  return Number((fraction * stored.scale).toFixed(Math.min(stored.decimals, 12)));
}
