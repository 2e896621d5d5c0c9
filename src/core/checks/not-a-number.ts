/**
 * `not-a-number` (error, the cell): a cell of the numeric area holds neither a number nor a not-applicable mark
 * (`约30`, `待定`, `#REF!`): it cannot be added up. Text in a rank column (`并列3`) is a rank, not a slip.
 */
import { message } from "../messages";
import type { Finding } from "../model";
import { writtenCells, shownText } from "./cellKinds";
import { finding } from "./context";
import type { Rule } from "./rule";

export const notANumber: Rule<"not-a-number"> = {
  id: "not-a-number",
  severity: "error",
  check(ctx) {
    const findings: Finding[] = [];
    for (const { row, column, unit, value, reading } of writtenCells(ctx)) {
      if (reading.kind !== "text" && reading.kind !== "error") continue;
      // A rank is never added up: `并列3`, `第3名` are ranks as officers write them (rank-mismatch reads them).
      if (reading.kind === "text" && column.measure === "rank") continue;
      findings.push(
        finding(ctx, row, column.index, {
          rule: "not-a-number",
          severity: "error",
          ...(reading.kind === "error"
            ? message("errorValue", { unit, column: column.name, error: reading.error })
            : message("notANumber", { unit, column: column.name, text: shownText(value).trim() })),
        })
      );
    }
    return findings;
  },
};
