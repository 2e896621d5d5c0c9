/** The add-in's operations inside Excel, each within the caller's `Excel.run`: 校验, 清除标记, and going to a cell. */
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { planMarks } from "../core/marks";
import type { PlanTarget } from "../core/model";
import { reportWords, type Locale } from "../i18n";
import { applyMarks, clearMarks, type MarkSummary } from "./marks";
import { readWorkbookGrid } from "./readWorkbook";
import { detectHostFeatures, type HostFeatures } from "./requirements";
import type { SyncCounter } from "./syncCounter";

export interface RunOptions {
  locale: Locale;
  /** Show the 校验结果 sheet at the end. */
  activateResults?: boolean;
  /** The host's requirement sets; detected when omitted. */
  features?: HostFeatures;
  /** The as-of date of progress checks when the workbook names none; today when omitted. */
  today?: Date;
  /** The as-of date chosen in the pane (`YYYY-MM-DD`): wins over the dates in the headers. */
  asOf?: Date | string;
  /** Plan targets besides the workbook's 目标 sheet. */
  targets?: PlanTarget[];
  /** Told at the start of each step; the run then yields once, so a pane can show the step. */
  onProgress?: (step: RunStep) => void;
}

/**
 * The steps of a run: reading the sheets (syncs), recognizing the tables and checking them (one call of the core,
 * which does both), and writing the marks (syncs).
 */
export type RunStep = "read" | "check" | "mark";

export interface RunResult {
  report: WorkbookReport;
  /** Cells coloured. */
  marks: number;
  /** `context.sync()` calls of the whole run. */
  syncs?: number;
  /** What was written: notes or comments, and why some flagged cells got none. */
  written?: MarkSummary;
}

/** Reads the workbook, checks it, and marks the findings (replacing any previous marks). */
export async function runCheckInExcel(
  context: Excel.RequestContext,
  options: RunOptions
): Promise<RunResult> {
  const features = options.features ?? detectHostFeatures();
  const counter: SyncCounter = { count: 0 };
  await step(options, "read");
  const grid = await readWorkbookGrid(context, { features, counter });
  await step(options, "check");
  const report = checkWorkbook(grid, {
    today: options.today ?? new Date(),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.targets ? { targets: options.targets } : {}),
  });
  // The whole report: the 校验结果 summary counts the tables and shows the as-of date and time progress.
  const plan = planMarks(report, reportWords(options.locale));
  await step(options, "mark");
  const written = await applyMarks(context, plan, {
    features,
    counter,
    activateResults: options.activateResults,
  });
  return { report, marks: written.coloured, syncs: counter.count, written };
}

/** Tells the step and lets the page paint it before the next synchronous stretch of work. */
async function step(options: RunOptions, name: RunStep): Promise<void> {
  if (!options.onProgress) return;
  options.onProgress(name);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Removes every mark the add-in wrote and restores what was there. */
export async function clearMarksInExcel(
  context: Excel.RequestContext,
  options: { features?: HostFeatures } = {}
): Promise<{ restored: number; chartsRemoved: number; syncs: number }> {
  const counter: SyncCounter = { count: 0 };
  const { restored, chartsRemoved } = await clearMarks(context, {
    features: options.features,
    counter,
  });
  return { restored, chartsRemoved, syncs: counter.count };
}

/** Activates the sheet and selects the cell (a finding clicked in the pane). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** Activates the sheet and selects a range (a recognized table clicked in the pane), in one sync. */
export async function selectRange(
  context: Excel.RequestContext,
  sheet: string,
  range: string
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(range).select();
  await context.sync();
}
