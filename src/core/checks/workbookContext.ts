/**
 * The workbook around the tables: its plan targets (目标 sheets and the caller's), the progress options, and every
 * recognized table as a rule context. Rules that look beyond one table (a target compared in another table) share
 * work through `memo`, computed once per check.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { evaluateUncached, type UncomputedCell } from "../formulas/evaluate";
import type { CheckOptions, PlanTarget } from "../model";
import { readOriented } from "../recognize/orientation";
import type { UnverifiedBlock } from "../recognize/unverified";
import { SheetView } from "../recognize/sheetView";
import { planTargetsToUse } from "../targets/planPrecedence";
import { readTargetSheet, type TargetSheetReading } from "../targets/targetSheet";
import type { RuleContext } from "./context";
import { append } from "../append";

export interface WorkbookContext {
  /** The workbook with the formulas saved without values computed (`evaluateUncached`). */
  grid: WorkbookGrid;
  /** Formulas without a value that could not be computed: their values are unknown (formula-uncomputed). */
  uncomputed: UncomputedCell[];
  options: CheckOptions;
  /** The 目标 sheets read (their targets and the rows that could not be read). */
  targetSheets: TargetSheetReading[];
  /**
   * The 目标 sheets' targets first, then the caller's, then the plan document's not stated there; the same target
   * stated twice is checked once.
   */
  targets: PlanTarget[];
  /** Every recognized table, sheet by sheet, top-down. */
  tables: RuleContext[];
  /** Blocks that look like tables but whose totals could not be read (`table-unverified`). */
  unverified: UnverifiedBlock[];
  /** A value computed once per check and shared by the rules (key: the rule id or helper that owns it). */
  memo<T>(key: string, compute: () => T): T;
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

/** Reads the 目标 sheets, merges the targets and recognizes every table of the workbook. */
export function workbookContext(input: WorkbookGrid, options: CheckOptions = {}): WorkbookContext {
  // Formulas saved without their values (scripts, some tools) are computed first, as Excel would have: the one
  // place every check passes through.
  const { workbook: grid, uncomputed } = evaluateUncached(input);
  const targetSheets = grid.sheets
    .map((sheet) => readTargetSheet(sheet))
    .filter((r): r is TargetSheetReading => r !== null);
  const memos = new Map<string, unknown>();
  const stated = mergeTargets(...targetSheets.map((r) => r.targets), options.targets ?? []);
  const fromPlan = planTargetsToUse(stated, options.planTargets ?? []).used;
  const context: WorkbookContext = {
    grid,
    uncomputed,
    options,
    targetSheets,
    targets: mergeTargets(stated, fromPlan),
    tables: [],
    unverified: [],
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
  for (const sheet of grid.sheets) append(context.tables, tableContexts(sheet, context));
  return context;
}

function tableContexts(sheet: SheetGrid, workbook: WorkbookContext): RuleContext[] {
  const contexts: RuleContext[] = [];
  // Periods as rows are read on the turned sheet (recognize/orientation.ts).
  for (const reading of readOriented(sheet)) {
    const view = new SheetView(reading.grid);
    workbook.unverified.push(...reading.unverified);
    for (const table of reading.tables)
      contexts.push({
        sheet: reading.grid,
        view,
        table,
        workbook,
        ...(reading.transposed ? { transposed: true } : {}),
      });
  }
  return contexts;
}

/** Identifies a table across contexts: its sheet and range. */
export function tableKey(ctx: RuleContext): string {
  return `${ctx.sheet.name}\u0000${ctx.table.summary.range}`;
}
