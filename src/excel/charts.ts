/**
 * 插入图表: the progress charts on the 进度图表 sheet, inside the caller's `Excel.run`. The core decides what to chart
 * and where (src/core/charts.ts); this writes the helper data the charts read (visible and labelled, so the charts
 * survive saving and opening elsewhere) and creates the charts. The sheet is reused, never deleted: its charts and
 * contents are cleared and rewritten, so inserting again replaces the charts instead of adding more.
 *
 * 4 syncs, whatever the number of sheets, tables or charts:
 *   1–3: the workbook as 校验 reads it (the undo record and the sheets' ids ride along with the first); with the
 *        second, the charts already on our 进度图表 sheet — or, the first time, our new sheet, named in the record
 *        before it is added (a user's sheet named 进度图表 is never written: ours takes the next free name);
 *   4:   the sheet emptied, the helper data, the charts, the record naming the sheet by id (so 清除标记 empties it).
 * A protected chart sheet, or a protected workbook without our sheet, gets no charts, and the result says why.
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
import { emptyRecord, MARKS_SETTING_KEY, serializeRecord } from "./markRecord";
import { readWorkbookGrid } from "./readWorkbook";
import { detectHostFeatures, hasSecondaryAxis, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";
import { freeSheetName, type WorkbookState } from "./workbookState";

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

  // With the read's second sync: the charts already on our sheet, or our new sheet (its name recorded first).
  const target: { sheet?: Excel.Worksheet; charts?: Excel.ChartCollection; name: string } = {
    name: CHART_SHEET_NAME,
  };
  let state: WorkbookState | undefined;
  let blocked: string | undefined;
  const grid = await readWorkbookGrid(context, {
    features,
    counter,
    afterSheetList: (read) => {
      state = read;
      const own = read.charts;
      if (own) {
        target.name = own.name;
        if (own.protected) return void (blocked = chartText(options.locale).protected(own.name));
        target.sheet = workbook.worksheets.getItem(own.id);
        target.charts = target.sheet.charts;
        target.charts.load("items/name");
        return;
      }
      if (read.workbookProtected)
        return void (blocked = chartText(options.locale).workbookProtected);
      // A user's sheet named 进度图表 is never written: ours takes the next free name.
      target.name = freeSheetName(CHART_SHEET_NAME, read.sheets);
      const record = read.record ?? emptyRecord();
      record.charts = {
        sheetCreated: true,
        count: record.charts?.count ?? 0,
        sheet: { name: target.name },
      };
      workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
      target.sheet = workbook.worksheets.add(target.name);
      target.sheet.load("id");
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
  if (blocked || !target.sheet)
    return {
      sheet: target.name,
      charts: 0,
      note: blocked,
      notes: blocked ? [blocked] : [],
      syncs: counter.count,
    };

  // The last sync: the sheet emptied, the data, the charts, the record.
  const sheet = target.sheet;
  if (target.charts) queueChartSheetClear(sheet, target.charts.items);
  queueBlocks(sheet, layout);
  for (const plan of layout.charts) queueChart(sheet, plan, secondaryAxis);

  const record = state?.record ?? emptyRecord();
  record.charts = {
    sheetCreated: (record.charts?.sheetCreated ?? false) || !target.charts,
    count: layout.charts.length,
    sheet: { id: target.charts ? state!.charts!.id : sheet.id, name: target.name },
  };
  workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
  if (options.activate ?? true) sheet.activate();
  await context.sync();
  countSync(counter);

  return {
    sheet: target.name,
    charts: layout.charts.length,
    ...(layout.notes.length > 0 ? { note: layout.notes.join("；") } : {}),
    notes: layout.notes,
    syncs: counter.count,
  };
}

/** Why no chart could be inserted. */
function chartText(locale: Locale) {
  return locale === "en-US"
    ? {
        protected: (name: string) => `The sheet ${name} is protected: no chart was inserted.`,
        workbookProtected: "The workbook is protected: the chart sheet could not be added.",
      }
    : {
        protected: (name: string) => `“${name}”工作表受保护，未插入图表。`,
        workbookProtected: "工作簿受保护，无法新建进度图表工作表，未插入图表。",
      };
}

/** Deletes the charts (as loaded) and clears every cell of our 进度图表 sheet; the sheet stays. */
export function queueChartSheetClear(sheet: Excel.Worksheet, charts: Excel.Chart[]): void {
  for (const chart of charts) chart.delete();
  sheet.getRange().clear("All");
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
