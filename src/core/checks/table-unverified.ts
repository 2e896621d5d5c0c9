/**
 * `table-unverified` (warning, the total cells): a block with the labels of a table whose totals could not be read
 * (recognize/unverified.ts). One finding per unread total row or column, on its first total cell with the others
 * related; the message says what was tried. Nothing that looks like a table is skipped silently.
 */
import { areaAddress, cellAddress, compressCells } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import type { UnverifiedBlock } from "../recognize/unverified";
import type { Rule } from "./rule";
import type { WorkbookContext } from "./workbookContext";

export const tableUnverified: Rule<"table-unverified"> = {
  id: "table-unverified",
  severity: "warning",
  check: () => [],
  checkWorkbook: (workbook: WorkbookContext) => unverifiedFindings(workbook.unverified),
};

export function unverifiedFindings(blocks: UnverifiedBlock[]): Finding[] {
  return blocks
    .filter((b) => b.totalCells.length > 0)
    .map((block) => {
      const [first] = block.totalCells;
      const cells = compressCells(block.totalCells);
      return {
        rule: "table-unverified" as const,
        severity: "warning" as const,
        sheet: block.sheet,
        cell: cellAddress(first.row, first.column),
        messageId: "tableUnverified",
        params: {
          label: block.label,
          cells: cells.join(","),
          reason: block.reason,
        } satisfies FindingMessageParams["tableUnverified"],
        ...(block.totalCells.length > 1 ? { related: cells } : {}),
        table: areaAddress(block),
      };
    });
}
