/** `duplicate-unit` (warning, the second label cell): the same unit twice in one table (spaces ignored). */
import { cellAddress } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { finding, unitName, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const duplicateUnit: Rule<"duplicate-unit"> = {
  id: "duplicate-unit",
  severity: "warning",
  check: checkDuplicateUnits,
};

function checkDuplicateUnits(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  const seen = new Map<string, number>(); // the row each name was first seen in
  for (const row of table.unitRows) {
    const name = unitName(ctx, row);
    if (name === "") continue;
    const key = name.toLowerCase();
    const firstRow = seen.get(key);
    if (firstRow === undefined) {
      seen.set(key, row);
      continue;
    }
    const first = cellAddress(firstRow, table.labelColumn);
    findings.push(
      finding(ctx, row, table.labelColumn, {
        rule: "duplicate-unit",
        severity: "warning",
        messageId: "duplicateUnit",
        params: { name, firstCell: first } satisfies FindingMessageParams["duplicateUnit"],
        related: [first],
      })
    );
  }
  return findings;
}
