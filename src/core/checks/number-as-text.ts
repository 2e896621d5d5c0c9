/**
 * `number-as-text` (warning, the member cell): `"709 "`, `"1,234"`, `"１２３"` — Excel's SUM skips text, so a
 * formula total silently leaves the number out.
 */
import { cellAddress } from "../a1";
import { formulaAt } from "../grid";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import { writtenCells } from "./cellKinds";
import { finding, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const numberAsText: Rule<"number-as-text"> = {
  id: "number-as-text",
  severity: "warning",
  check(ctx) {
    const { table } = ctx;
    const sumRows = new Set(table.sumRows.map((s) => s.row));
    const memberRows = new Set(table.sumRows.flatMap((s) => s.members));
    const findings: Finding[] = [];
    for (const { row, column, unit, reading } of writtenCells(ctx)) {
      if (reading.kind !== "numeric-text") continue;
      // Only members are summed; a rate typed as text is never summed.
      if (!memberRows.has(row) || column.kind === "rate" || sumRows.has(row)) continue;
      findings.push(
        finding(ctx, row, column.index, {
          rule: "number-as-text",
          severity: "warning",
          actual: reading.value,
          messageId: "numberAsText",
          params: {
            unit,
            column: column.name,
            text: reading.text,
            value: formatNumber(reading.value),
            formulaTotal: totalFormulaCell(ctx, row, column.index),
          } satisfies FindingMessageParams["numberAsText"],
        })
      );
    }
    return findings;
  },
};

/** The total cell of the column that adds this member up with a formula (the first sum row holding it), or null. */
function totalFormulaCell(ctx: RuleContext, row: number, column: number): string | null {
  for (const s of ctx.table.sumRows) {
    if (!s.members.includes(row)) continue;
    if (formulaAt(ctx.sheet, s.row, column)) return cellAddress(s.row, column);
  }
  return null;
}
