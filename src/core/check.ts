/** The one pipeline every door calls: grid in, recognized tables and findings out — no display language. */
import type { WorkbookGrid } from "./grid";
import type { CheckOptions, Finding, RecognizedTable, SheetReport } from "./model";
import { RULES } from "./checks";
import { doublingTargets } from "./checks/not-doubled";
import { tableProgress, type ProgressSeries } from "./checks/progress";
import { valueTargets } from "./checks/target-not-met";
import type { TargetOutcome } from "./checks/targets";
import { workbookContext } from "./checks/workbookContext";
import { append } from "./append";

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

/** Runs every rule of the registry on every recognized table, then the rules' workbook-wide findings. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): WorkbookReport {
  const context = workbookContext(workbook, options);
  const findings: Finding[] = [];
  for (const table of context.tables) for (const rule of RULES) append(findings, rule.check(table));
  for (const rule of RULES) if (rule.checkWorkbook) append(findings, rule.checkWorkbook(context));

  // Target outcomes table by table, each table's in the order the targets were given.
  const targets = [...valueTargets(context).outcomes, ...doublingTargets(context).outcomes]
    .sort((a, b) => a.table - b.table || a.target - b.target)
    .map((o) => o.outcome);
  return {
    tables: context.tables.map((t) => t.table.summary),
    findings,
    targets,
    progress: context.tables.flatMap(tableProgress),
  };
}
