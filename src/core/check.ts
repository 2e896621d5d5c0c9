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
import { findingBack, outcomeBack, progressBack, tableBack } from "./transposeBack";

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
  const raw: Finding[] = [];
  for (const table of context.tables) for (const rule of RULES) append(raw, rule.check(table));
  for (const rule of RULES) if (rule.checkWorkbook) append(raw, rule.checkWorkbook(context));

  // Tables read turned round (periods as rows): their findings, outcomes and series back in the sheet's addresses.
  const turned = new Set(
    context.tables
      .filter((t) => t.transposed)
      .map((t) => `${t.sheet.name}\u0000${t.table.summary.range}`)
  );
  const back = new Map<Finding, Finding>();
  const findings = raw.map((f) => {
    if (turned.size === 0 || !f.table || !turned.has(`${f.sheet}\u0000${f.table}`)) return f;
    const mapped = findingBack(f);
    back.set(f, mapped);
    return mapped;
  });

  // Target outcomes table by table, each table's in the order the targets were given.
  const targets = [...valueTargets(context).outcomes, ...doublingTargets(context).outcomes]
    .sort((a, b) => a.table - b.table || a.target - b.target)
    .map((o) => (context.tables[o.table]?.transposed ? outcomeBack(o.outcome, back) : o.outcome));
  return {
    tables: context.tables.map((t) =>
      t.transposed ? tableBack(t.table.summary) : t.table.summary
    ),
    findings,
    targets,
    progress: context.tables.flatMap((t) =>
      t.transposed ? tableProgress(t).map(progressBack) : tableProgress(t)
    ),
  };
}
