/** Runs one rule family on every table the recognizer finds in a sheet, as checkWorkbook would. */
import { ruleContext, type RuleContext } from "../../src/core/checks/context";
import type { SheetGrid } from "../../src/core/grid";
import type { Finding, Locale } from "../../src/core/model";
import { recognizeSheet } from "../../src/core/recognize/recognizeSheet";

export function contexts(sheet: SheetGrid, locale: Locale = "zh-CN"): RuleContext[] {
  return recognizeSheet(sheet).map((table) => ruleContext(sheet, table, locale));
}

export function runRule(
  rule: (ctx: RuleContext) => Finding[],
  sheet: SheetGrid,
  locale: Locale = "zh-CN"
): Finding[] {
  return contexts(sheet, locale).flatMap(rule);
}

/** `[rule, cell]` pairs, for compact expectations. */
export function cells(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`);
}
