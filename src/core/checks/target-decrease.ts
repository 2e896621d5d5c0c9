/**
 * `target-decrease` (warning, the later cell): a unit's target for a later year is lower than for the year before
 * (target columns of one indicator only: no baselines, no actuals, not where the columns count additions — 新增 may
 * well go down).
 */
import { cellAddress } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import type { TableColumn } from "../recognize/layout";
import { isIncrementText } from "../targets/words";
import { byMeasure } from "./columnMeasures";
import {
  columnName,
  finding,
  isYearPeriod,
  numberAt,
  sameNumber,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";
import type { Rule } from "./rule";

export const targetDecrease: Rule<"target-decrease"> = {
  id: "target-decrease",
  severity: "warning",
  check: checkTargetDecrease,
};

function checkTargetDecrease(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  const targets = table.columns.filter((c) => c.kind === "target" && isYearPeriod(c.period));
  for (const [, columns] of byMeasure(targets)) {
    if (columns.some((c) => isIncrementText([c.indicator ?? "", ...c.headers].join(" ")))) continue;
    // One column per year (the first, where a year appears twice), in year order.
    const perYear = new Map<number, TableColumn>();
    for (const c of columns) if (!perYear.has(yearOf(c.period)!)) perYear.set(yearOf(c.period)!, c);
    const ordered = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    if (ordered.length < 2) continue;
    for (const row of table.unitRows) {
      // The previous figure in two variables, not an object (its number is whole or not: one shape each way).
      let previousColumn: TableColumn | null = null;
      let previousValue = 0;
      // Indexed: a loop run for every unit of a large table allocates nothing (no iterator per row).
      for (let i = 0; i < ordered.length; i++) {
        const column = ordered[i];
        const value = numberAt(ctx, row, column.index);
        if (value === null) continue;
        if (previousColumn && value < previousValue && !sameNumber(value, previousValue)) {
          findings.push(
            finding(ctx, row, column.index, {
              rule: "target-decrease",
              severity: "warning",
              expected: previousValue,
              actual: value,
              difference: Number((value - previousValue).toFixed(6)),
              messageId: "targetDecrease",
              params: {
                unit: unitName(ctx, row),
                laterColumn: columnName(table, column),
                later: formatNumber(value),
                earlierColumn: columnName(table, previousColumn),
                earlier: formatNumber(previousValue),
                decrease: formatNumber(previousValue - value),
              } satisfies FindingMessageParams["targetDecrease"],
              related: [cellAddress(row, previousColumn.index)],
            })
          );
        }
        previousColumn = column;
        previousValue = value;
      }
    }
  }
  return findings;
}
