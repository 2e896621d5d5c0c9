/**
 * `formula-uncomputed` (info, the formula cell): a formula without a cached value that the core could not compute
 * (see `formulas/evaluate.ts`). Its value is unknown, so the totals that use it are not judged — the user is told
 * here rather than left with a silent pass. Each such cell inside a recognized table is named; those elsewhere on
 * a sheet are said once, at the first of them (a sheet of lookups would otherwise bury the findings).
 */
import { cellAddress } from "../a1";
import { message, type FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import type { Rule } from "./rule";
import type { WorkbookContext } from "./workbookContext";
import type { UncomputedCell } from "../formulas/evaluate";

export const formulaUncomputed: Rule<"formula-uncomputed"> = {
  id: "formula-uncomputed",
  severity: "info",
  check: () => [],
  checkWorkbook: (workbook) => uncomputedFindings(workbook),
};

function uncomputedFindings(workbook: WorkbookContext): Finding[] {
  const findings: Finding[] = [];
  const outside = new Map<string, UncomputedCell[]>();
  for (const cell of workbook.uncomputed) {
    const table = workbook.tables.find(
      ({ table: tb }) =>
        tb.sheet === cell.sheet &&
        cell.row >= tb.headerTop &&
        cell.row <= tb.bottom &&
        cell.column >= tb.left &&
        cell.column <= tb.right
    );
    if (!table) {
      const list = outside.get(cell.sheet);
      if (list) list.push(cell);
      else outside.set(cell.sheet, [cell]);
      continue;
    }
    findings.push({
      rule: "formula-uncomputed",
      severity: "info",
      sheet: cell.sheet,
      cell: cellAddress(cell.row, cell.column),
      messageId: "formulaUncomputed",
      params: {
        formula: cell.formula,
        reason: cell.reason,
      } satisfies FindingMessageParams["formulaUncomputed"],
      table: table.table.summary.range,
    });
  }
  for (const [sheet, list] of outside) {
    const first = list[0];
    findings.push({
      rule: "formula-uncomputed",
      severity: "info",
      sheet,
      cell: cellAddress(first.row, first.column),
      ...(list.length === 1
        ? message("formulaUncomputed", { formula: first.formula, reason: first.reason })
        : message("formulaUncomputedElsewhere", {
            count: list.length,
            formula: first.formula,
            reason: first.reason,
          })),
    });
  }
  return findings;
}
