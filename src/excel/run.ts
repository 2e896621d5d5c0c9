/** The add-in's operations inside Excel, each within the caller's `Excel.run`: 校验, 清除标记, and going to a cell. */
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { planMarks } from "../core/marks";
import type { PlanTarget, PreviousWorkbook } from "../core/model";
import { reportWords, type Locale } from "../i18n";
import { applyMarks, clearMarks, type ClearResult, type MarkSummary } from "./marks";
import { readWorkbook } from "./readWorkbook";
import { certainWithoutMerges } from "./withoutMerges";
import { writeNoticeLines, type MergeLimit } from "./writeNotices";
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
  /** Last month's workbook (the pane's 上月文件), for progress-decrease. */
  previous?: PreviousWorkbook;
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
  /** Merged areas could not be read (no ExcelApi 1.13, or listing them failed): the tables left out. */
  mergeLimit?: MergeLimit;
  /** What was not checked or written, and why, for the dialog and the pane (empty when everything was). */
  notices?: string[];
}

/** Reads the workbook, checks it, and marks the findings (replacing any previous marks). */
export async function runCheckInExcel(
  context: Excel.RequestContext,
  options: RunOptions
): Promise<RunResult> {
  const features = options.features ?? detectHostFeatures();
  const counter: SyncCounter = { count: 0 };
  await step(options, "read");
  const { grid, state, mergesRead } = await readWorkbook(context, { features, counter });
  await step(options, "check");
  const full = checkWorkbook(grid, {
    today: options.today ?? new Date(),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.targets ? { targets: options.targets } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
  // Without merged areas, only the findings that cannot come from a merge misread are kept (fewer, never false).
  const limited = mergesRead ? null : certainWithoutMerges(grid, full);
  const report = limited?.report ?? full;
  const mergeLimit = limited && limited.limit.tablesSkipped.length > 0 ? limited.limit : undefined;
  // The whole report: the 校验结果 summary counts the tables and shows the as-of date and time progress.
  const plan = planMarks(report, reportWords(options.locale));
  await step(options, "mark");
  const written = await applyMarks(context, plan, {
    features,
    counter,
    state,
    activateResults: options.activateResults,
    locale: options.locale,
    notices: writeNoticeLines(undefined, options.locale, mergeLimit),
  });
  return {
    report,
    marks: written.coloured,
    syncs: counter.count,
    written,
    ...(mergeLimit ? { mergeLimit } : {}),
    notices: writeNoticeLines(written, options.locale, mergeLimit),
  };
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
  options: { features?: HostFeatures; locale?: Locale } = {}
): Promise<ClearResult & { syncs: number }> {
  const counter: SyncCounter = { count: 0 };
  const result = await clearMarks(context, {
    features: options.features,
    counter,
    locale: options.locale,
  });
  return { ...result, syncs: counter.count };
}

/** Activates the sheet and selects the cell (a finding clicked in the pane); false for a hidden sheet (left alone). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<boolean> {
  return selectOnVisibleSheet(context, sheet, cell);
}

/** Activates the sheet and selects a range (a recognized table clicked in the pane); false for a hidden sheet. */
export async function selectRange(
  context: Excel.RequestContext,
  sheet: string,
  range: string
): Promise<boolean> {
  return selectOnVisibleSheet(context, sheet, range);
}

/**
 * Two syncs: the sheet's visibility, then the selection. Activating or selecting on a hidden or very hidden sheet
 * is undocumented (and unhides nothing): such a sheet is left as it is.
 */
async function selectOnVisibleSheet(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<boolean> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.load("visibility");
  await context.sync();
  if (worksheet.visibility !== "Visible") return false;
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
  return true;
}
