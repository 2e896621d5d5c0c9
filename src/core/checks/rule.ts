/** What a rule is: its id (spec/checks.md), its usual severity, and what it finds in one recognized table. */
import type { Finding, Severity } from "../model";
import type { RuleContext } from "./context";
import type { WorkbookContext } from "./workbookContext";

export interface Rule<Id extends string = string> {
  id: Id;
  /** The severity of its findings about the data; a rule may add `info` findings where it could not judge. */
  severity: Severity;
  /** Findings of one recognized table. */
  check(ctx: RuleContext): Finding[];
  /** Findings about the workbook as a whole (the 目标 sheet, targets no table carries), after every table. */
  checkWorkbook?(workbook: WorkbookContext): Finding[];
}
