/**
 * `column-mismatch` (error, the second cell): two columns with the same indicator, period and kind disagree
 * (北碚: `2027年目标数` beside `年度 / 2027年目标数`).
 */
import { cellAddress, columnLetters } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatDifference, formatNumber } from "../numberText";
import type { TableColumn } from "../recognize/layout";
import { leafRest } from "./columnMeasures";
import { columnName, finding, numberAt, sameNumber, unitName, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const columnMismatch: Rule<"column-mismatch"> = {
  id: "column-mismatch",
  severity: "error",
  check: checkColumnMismatch,
};

function checkColumnMismatch(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  const groups = new Map<string, TableColumn[]>();
  for (const c of table.columns) {
    // Only columns that name their indicator and period: two unnamed columns need not be the same thing.
    if (!c.indicator || !c.period || c.kind === "total") continue;
    const key = `${c.indicator}\u0000${c.period}\u0000${c.kind}\u0000${leafRest(c)}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const rows = [...table.unitRows, ...table.sumRows.map((s) => s.row)].sort((a, b) => a - b);
  const sumLabel = new Map(table.sumRows.map((s) => [s.row, s.label.replace(/\s+/g, "")]));
  for (const [, columns] of groups) {
    if (columns.length < 2) continue;
    const [first, ...others] = columns;
    for (const other of others) {
      for (const row of rows) {
        const a = numberAt(ctx, row, first.index);
        const b = numberAt(ctx, row, other.index);
        if (a === null || b === null || sameNumber(a, b)) continue;
        findings.push(
          finding(ctx, row, other.index, {
            rule: "column-mismatch",
            severity: "error",
            expected: a,
            actual: b,
            difference: Number((b - a).toFixed(6)),
            messageId: "columnMismatch",
            params: {
              unit: sumLabel.get(row) ?? unitName(ctx, row),
              name: columnName(table, other),
              firstColumn: columnLetters(first.index),
              first: formatNumber(a),
              secondColumn: columnLetters(other.index),
              second: formatNumber(b),
              difference: formatDifference(b - a),
            } satisfies FindingMessageParams["columnMismatch"],
            related: [cellAddress(row, first.index)],
          })
        );
      }
    }
  }
  return findings;
}
