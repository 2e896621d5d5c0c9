/**
 * `duplicate-serial` (warning, the second serial cell): a serial number repeats or skips; numbering may restart
 * at 1 (per category, 北碚's A类/B类).
 */
import { message } from "../messages";
import type { Finding } from "../model";
import { readNumber } from "../numbers";
import { finding, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const duplicateSerial: Rule<"duplicate-serial"> = {
  id: "duplicate-serial",
  severity: "warning",
  check: checkSerials,
};

/** A serial number as written: `25`, `"25"`, `"25."`, `"（25）"`; null for anything else. */
export function serialNumber(value: ReturnType<RuleContext["view"]["value"]>): number | null {
  // A typed number (most serials): read without a reading.
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  const r = readNumber(value);
  if (r.kind === "number" || r.kind === "numeric-text")
    return Number.isInteger(r.value) && r.value >= 0 ? r.value : null;
  if (r.kind !== "text") return null;
  const m = /^[（(]?\s*(\d+)\s*[)）.、．]?$/.exec(r.text.trim());
  return m ? Number(m[1]) : null;
}

function missingRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

function checkSerials(ctx: RuleContext): Finding[] {
  const { table, view } = ctx;
  if (table.serialColumn === null) return [];
  const column = table.serialColumn;
  const serials = [...table.unitRows]
    .sort((a, b) => a - b)
    .map((row) => ({ row, value: serialNumber(view.value(row, column)) }));
  const findings: Finding[] = [];
  let expected: number | null = null;
  let previous: number | null = null;
  // Rows without a serial in between: the next may count them or not (1, –, 2 and 1, –, 3 are both fine).
  let unnumbered = 0;
  serials.forEach(({ row, value }, i) => {
    if (value === null) {
      if (expected !== null) unnumbered++;
      return;
    }
    const fits = expected !== null && value >= expected && value <= expected + unnumbered;
    unnumbered = 0;
    if (expected === null || previous === null || fits || value === 1) {
      expected = value + 1;
      previous = value;
      return;
    }
    const next = serials.slice(i + 1).find((s) => s.value !== null)?.value;
    const said =
      value === previous
        ? message("serialRepeat", { serial: String(value), expected: String(expected) })
        : value > expected
          ? message("serialSkip", {
              previous: String(previous),
              serial: String(value),
              missing: missingRange(expected, value - 1),
            })
          : message("serialOutOfOrder", {
              previous: String(previous),
              serial: String(value),
              expected: String(expected),
            });
    findings.push(
      finding(ctx, row, column, {
        rule: "duplicate-serial",
        severity: "warning",
        expected,
        actual: value,
        difference: value - expected,
        ...said,
      })
    );
    // A slip in one number (25, 25, 27) keeps the count; a renumbering (1, 2, 2, 3) continues from it.
    expected = next === expected + 1 ? expected + 1 : value + 1;
    previous = value;
  });
  return findings;
}
