/** Counts the `context.sync()` calls of one run: the number must not grow with sheets, rows or findings. */
export interface SyncCounter {
  count: number;
}

/** Call right after each `await context.sync()`. */
export function countSync(counter: SyncCounter | undefined): void {
  if (counter) counter.count++;
}
