/** Runs rules on every table the recognizer finds in a sheet, as checkWorkbook would, and renders their messages. */
import { checkWorkbook, type WorkbookReport } from "../../src/core/check";
import type { RuleContext } from "../../src/core/checks/context";
import type { Rule } from "../../src/core/checks/rule";
import { workbookContext } from "../../src/core/checks/workbookContext";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { CheckOptions, Finding } from "../../src/core/model";
import { renderFinding, type Locale } from "../../src/i18n";

/** A finding as a door shows it: `message` in the locale's words instead of `messageId` and `params`. */
export type Rendered = Omit<Finding, "messageId" | "params"> & { message: string };

export function render(findings: Finding[], locale: Locale = "zh-CN"): Rendered[] {
  return findings.map((f) => {
    const { messageId: _id, params: _params, ...rest } = f;
    return { ...rest, message: renderFinding(f, locale) };
  });
}

/** checkWorkbook, with the findings rendered (the CLI's JSON view). */
export function checkRendered(
  workbook: WorkbookGrid,
  options: CheckOptions = {},
  locale: Locale = "zh-CN"
): Omit<WorkbookReport, "findings"> & { findings: Rendered[] } {
  const report = checkWorkbook(workbook, options);
  return { ...report, findings: render(report.findings, locale) };
}

export function contexts(sheet: SheetGrid, options: CheckOptions = {}): RuleContext[] {
  return workbookContext({ sheets: [sheet] }, options).tables;
}

export function runRule(
  rules: Rule | Rule[],
  sheet: SheetGrid,
  locale: Locale = "zh-CN",
  options: CheckOptions = {}
): Rendered[] {
  const list = Array.isArray(rules) ? rules : [rules];
  return render(
    contexts(sheet, options).flatMap((ctx) => list.flatMap((rule) => rule.check(ctx))),
    locale
  );
}

/** The rules' findings as data (messageId and params), unrendered. */
runRule.raw = (rules: Rule | Rule[], sheet: SheetGrid, options: CheckOptions = {}): Finding[] => {
  const list = Array.isArray(rules) ? rules : [rules];
  return contexts(sheet, options).flatMap((ctx) => list.flatMap((rule) => rule.check(ctx)));
};

/** `[rule, cell]` pairs, for compact expectations. */
export function cells(findings: Pick<Finding, "rule" | "cell">[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`);
}
