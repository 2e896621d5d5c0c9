/**
 * 插入图表: the progress charts on the 进度图表 sheet, inside the caller's `Excel.run`. The core decides what to chart
 * and where (src/core/charts.ts); this writes the helper data the charts read (visible and labelled, so the charts
 * survive saving and opening elsewhere) and creates the charts. The sheet is reused, never deleted: its charts and
 * contents are cleared and rewritten, so inserting again replaces the charts instead of adding more.
 *
 * 4 syncs, whatever the number of sheets, tables or charts:
 *   1–3: the workbook as 校验 reads it; the undo record rides along with the first, the charts already on the
 *        进度图表 sheet with the second;
 *   4:   the sheet emptied (or added), the helper data, the charts, the undo record (so 清除标记 empties the sheet).
 * Without ExcelApi 1.8 (no secondary axis, no axis number formats) each progress table gets two charts instead of a
 * combo chart, and the result says so.
 */
import { checkWorkbook } from "../core/check";
import {
  CHART_SHEET_NAME,
  chartSheetLayout,
  chartSpecs,
  type ChartPlan,
  type ChartSheetLayout,
} from "../core/charts";
import type { PlanTarget, ProgressThresholds } from "../core/model";
import { catalog, type Locale } from "../i18n";
import {
  emptyRecord,
  MARKS_SETTING_KEY,
  parseRecord,
  serializeRecord,
  type MarkRecord,
} from "./markRecord";
import { readWorkbookGrid } from "./readWorkbook";
import { detectHostFeatures, hasSecondaryAxis, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";

export interface ChartOptions {
  locale: Locale;
  features?: HostFeatures;
  /** The as-of date when the workbook names none; today when omitted. */
  today?: Date;
  /** The as-of date chosen in the pane; wins over the dates in the headers. */
  asOf?: Date | string;
  /** Plan targets besides the workbook's 目标 sheet. */
  targets?: PlanTarget[];
  thresholds?: ProgressThresholds;
  /** Show the 进度图表 sheet at the end (default true). */
  activate?: boolean;
}

export interface ChartResult {
  sheet: string;
  /** Charts on the sheet now. */
  charts: number;
  /** One line for the user: the fallback without a secondary axis, charts left out, or nothing to chart. */
  note?: string;
  notes: string[];
  /** `context.sync()` calls of the whole insertion. */
  syncs: number;
}

export async function insertChartsInExcel(
  context: Excel.RequestContext,
  options: ChartOptions
): Promise<ChartResult> {
  const features = options.features ?? detectHostFeatures();
  const counter: SyncCounter = { count: 0 };
  const workbook = context.workbook;

  // With the read's first sync: the undo record. With its second: the charts already on the sheet.
  const setting = queueRecordRead(context);
  const existing: { charts: Excel.ChartCollection | null } = { charts: null };
  const grid = await readWorkbookGrid(context, {
    features,
    counter,
    afterSheetList: (names) => {
      if (!names.includes(CHART_SHEET_NAME)) return;
      existing.charts = workbook.worksheets.getItem(CHART_SHEET_NAME).charts;
      existing.charts.load("items/name");
    },
  });

  const report = checkWorkbook(grid, {
    today: options.today ?? new Date(),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.targets ? { targets: options.targets } : {}),
    ...(options.thresholds ? { progress: options.thresholds } : {}),
  });
  const secondaryAxis = hasSecondaryAxis(features);
  const layout = chartSheetLayout(chartSpecs(report, grid), {
    texts: catalog(options.locale).charts,
    secondaryAxis,
  });

  // The last sync: the sheet emptied or added, the data, the charts, the record.
  const sheet = existing.charts
    ? workbook.worksheets.getItem(CHART_SHEET_NAME)
    : workbook.worksheets.add(CHART_SHEET_NAME);
  if (existing.charts) queueChartSheetClear(context, existing.charts.items);
  queueBlocks(sheet, layout);
  for (const plan of layout.charts) queueChart(sheet, plan, secondaryAxis);

  const record = recordRead(setting) ?? emptyRecord();
  record.charts = {
    sheetCreated: (record.charts?.sheetCreated ?? false) || !existing.charts,
    count: layout.charts.length,
  };
  workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
  if (options.activate ?? true) sheet.activate();
  await context.sync();
  countSync(counter);

  return {
    sheet: CHART_SHEET_NAME,
    charts: layout.charts.length,
    ...(layout.notes.length > 0 ? { note: layout.notes.join("；") } : {}),
    notes: layout.notes,
    syncs: counter.count,
  };
}

/** The undo record's setting, loaded by the next sync (here: the read's first). */
function queueRecordRead(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
  setting.load("value");
  return setting;
}

/** After that sync: the record, or null when there is none (or it cannot be read). */
function recordRead(setting: Excel.Setting): MarkRecord | null {
  return setting.isNullObject ? null : parseRecord(setting.value);
}

/** Deletes the charts (as loaded) and clears every cell of the 进度图表 sheet; the sheet stays. */
export function queueChartSheetClear(context: Excel.RequestContext, charts: Excel.Chart[]): void {
  for (const chart of charts) chart.delete();
  context.workbook.worksheets.getItem(CHART_SHEET_NAME).getRange().clear("All");
}

function queueBlocks(sheet: Excel.Worksheet, layout: ChartSheetLayout): void {
  let width = 1;
  let bottom = 0;
  for (const block of layout.blocks) {
    const columns = block.values[0]?.length ?? 0;
    if (block.values.length === 0 || columns === 0) continue;
    width = Math.max(width, block.column + columns);
    bottom = Math.max(bottom, block.row + block.values.length - 1);
    const range = sheet.getRangeByIndexes(block.row, block.column, block.values.length, columns);
    // Formats first: "@" keeps a unit named "=…" text; the rates show as percentages.
    range.numberFormat = block.formats;
    range.values = block.values;
    if (block.bold) range.format.font.bold = true;
  }
  // The label and hint are long: size the data columns from the data rows only.
  const dataTop = layout.blocks.find((b) => b.row > 1)?.row;
  if (dataTop !== undefined)
    sheet.getRangeByIndexes(dataTop, 0, bottom - dataTop + 1, width).format.autofitColumns();
}

function queueChart(sheet: Excel.Worksheet, plan: ChartPlan, secondaryAxis: boolean): void {
  const [first, ...rest] = plan.series;
  const categories = sheet.getRange(plan.categories);
  const chart = sheet.charts.add(
    plan.type as Excel.ChartType,
    sheet.getRange(first.values),
    "Columns"
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.setPosition(plan.from, plan.to);
  chart.legend.position = "Bottom";

  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  if (first.chartType !== plan.type) head.chartType = first.chartType as Excel.ChartType;
  for (const part of rest) {
    const series = chart.series.add(part.name);
    series.setValues(sheet.getRange(part.values));
    series.setXAxisValues(categories);
    if (part.chartType !== plan.type) series.chartType = part.chartType as Excel.ChartType;
    // One secondary axis at most (WPS and older Excel break on more): the plan puts both rates on it.
    if (part.axisGroup === "Secondary" && secondaryAxis) series.axisGroup = "Secondary";
  }

  chart.axes.categoryAxis.title.text = plan.categoryTitle;
  chart.axes.valueAxis.title.text = plan.valueTitle;
  if (secondaryAxis) chart.axes.valueAxis.numberFormat = plan.valueFormat;
  if (plan.secondary && secondaryAxis) {
    const axis = chart.axes.getItem("Value", "Secondary");
    axis.title.text = plan.secondary.title;
    axis.numberFormat = plan.secondary.format;
  }
}
