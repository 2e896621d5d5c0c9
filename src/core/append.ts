/**
 * `into.push(...items)` without the spread: a spread passes every item as an argument, and a few hundred
 * thousand findings overflow the call stack ("Maximum call stack size exceeded").
 */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The largest of the numbers, or `empty` for none (Math.max(...list) overflows the stack on long lists). */
export function maxOf(numbers: Iterable<number>, empty: number): number {
  let max = -Infinity;
  for (const n of numbers) if (n > max) max = n;
  return max === -Infinity ? empty : max;
}
