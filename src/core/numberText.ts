/**
 * Numbers as officers write them in messages and notes: no thousands separators, at most the shown decimals.
 * The same in every language, so findings carry them formatted (see `messages.ts`).
 */
export function formatNumber(value: number, decimals = 6): string {
  // A whole number is its own rounding (most figures of a plan): no detour through toFixed.
  if (Number.isInteger(value)) return Object.is(value, -0) ? "0" : String(value);
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** A difference keeps its sign: `-1`, `+3`. */
export function formatDifference(value: number, decimals = 6): string {
  const s = formatNumber(value, decimals);
  return value > 0 && s !== "0" ? `+${s}` : s;
}
