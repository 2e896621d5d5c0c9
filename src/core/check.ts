/** The one pipeline every door calls: grid in, recognized tables and findings out. */
import type { WorkbookGrid } from "./grid";
import type { CheckOptions, Finding, PlanTarget, RecognizedTable, SheetReport } from "./model";
import { recognizeSheet } from "./recognize/recognizeSheet";
import { SheetView } from "./recognize/sheetView";
import { checkSums } from "./checks/sums";
import { ruleContext } from "./checks/context";
import { checkFormulas } from "./checks/formulas";
import { checkCellKinds } from "./checks/cellKinds";
import { checkConsistency } from "./checks/consistency";
import { checkTargets, type TargetOutcome } from "./checks/targets";
import { measureProgress, progressFindings, type ProgressSeries } from "./checks/progress";
import { readTargetSheet, type TargetSheetProblem } from "./targets/targetSheet";
import { text, type Texts } from "./messages";

export type { TargetOutcome } from "./checks/targets";
export type { ProgressSeries, UnitProgress } from "./checks/progress";

export interface WorkbookReport extends SheetReport {
  tables: RecognizedTable[];
  findings: Finding[];
  /** Every plan target (目标 sheet and options) and what became of it. */
  targets?: TargetOutcome[];
  /** Every actual column paired with its target: each unit's completion, time progress and light (charts, summaries). */
  progress?: ProgressSeries[];
}

function targetKey(t: PlanTarget): string {
  return [
    t.indicator.replace(/\s+/g, ""),
    t.period,
    t.op,
    t.value,
    t.unit ?? "",
    t.base ?? "",
  ].join("\u0000");
}

/** The 目标 sheet's targets first, then the caller's; the same target stated twice is checked once. */
function mergeTargets(...lists: PlanTarget[][]): PlanTarget[] {
  const seen = new Set<string>();
  const merged: PlanTarget[] = [];
  for (const list of lists)
    for (const t of list) {
      const key = targetKey(t);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(t);
    }
  return merged;
}

function problemMessage(t: Texts, p: TargetSheetProblem): string {
  switch (p.kind) {
    case "condition":
      return t.targetSheetCondition(p.text);
    case "value":
      return t.targetSheetValue(p.text);
    case "period":
      return t.targetSheetPeriod(p.text);
    default:
      return t.targetSheetBase;
  }
}

export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): WorkbookReport {
  const locale = options.locale ?? "zh-CN";
  const t = text(locale);
  const tables: RecognizedTable[] = [];
  let findings: Finding[] = [];

  const sheetTargets: PlanTarget[] = [];
  for (const sheet of workbook.sheets) {
    const reading = readTargetSheet(sheet);
    if (!reading) continue;
    sheetTargets.push(...reading.targets);
    for (const p of reading.problems)
      findings.push({
        rule: "target-not-met",
        severity: "info",
        sheet: p.sheet,
        cell: p.cell,
        message: problemMessage(t, p),
      });
  }
  const targets = mergeTargets(sheetTargets, options.targets ?? []);
  let outcomes: TargetOutcome[] = [];
  const progress: ProgressSeries[] = [];

  for (const sheet of workbook.sheets) {
    const view = new SheetView(sheet);
    for (const table of recognizeSheet(sheet)) {
      tables.push(table.summary);
      const ctx = ruleContext(sheet, table, locale, view);
      findings.push(...checkSums(sheet, table, locale));
      findings.push(...checkFormulas(ctx));
      findings.push(...checkCellKinds(ctx));
      findings.push(...checkConsistency(ctx));
      const checked = checkTargets(ctx, targets);
      findings.push(...checked.findings);
      outcomes.push(...checked.outcomes);
      const measured = measureProgress(ctx, {
        asOf: options.asOf,
        today: options.today,
        thresholds: options.progress,
      });
      findings.push(...progressFindings(ctx, measured));
      progress.push(...measured);
    }
  }

  // A target compared in one table needs no "this table has no column for its year" from the others
  // (a plan table 2023–2027 beside a 2024 bulletin of the same indicator).
  const compared = new Set(outcomes.filter((o) => o.status !== "unchecked").map((o) => o.target));
  const moot = new Set(
    outcomes.filter((o) => o.noColumn && compared.has(o.target)).map((o) => o.finding)
  );
  if (moot.size) {
    findings = findings.filter((f) => !moot.has(f));
    outcomes = outcomes.filter((o) => !moot.has(o.finding));
  }

  // Targets no table carries: said once, at the target's row of the 目标 sheet when it came from there.
  for (const target of targets) {
    if (outcomes.some((o) => o.target === target)) continue;
    const reason = t.reasonNoTable(target.indicator);
    outcomes.push({ target, status: "unchecked", reason, ...(target.from ?? {}) });
    if (target.from)
      findings.push({
        rule: target.op === "double" ? "not-doubled" : "target-not-met",
        severity: "info",
        sheet: target.from.sheet,
        cell: target.from.cell,
        message: t.targetUnchecked(
          target.op === "double"
            ? t.doublingLabel(target.indicator, target.base, target.period)
            : t.targetLabel(
                target.indicator,
                target.period,
                t.targetCondition(target.op, target.verb, String(target.value ?? ""))
              ),
          reason
        ),
      });
  }
  return { tables, findings, targets: outcomes, progress };
}
