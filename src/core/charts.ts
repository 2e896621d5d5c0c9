/**
 * The progress charts as data: what to chart (specs, from the report and the grid) and how to lay it out on the
 * 进度图表 sheet (the helper data the charts read, where each chart goes, its series, axes and number formats).
 * The Excel adapter (src/excel/charts.ts) only writes these cells and creates these charts.
 *
 * - Per actual column (a progress table): target and actual per unit as clustered columns, units sorted by
 *   completion rate (best first), with the completion rate and the time progress (a constant) as lines on ONE
 *   secondary axis in percent. Without a secondary axis (ExcelApi 1.8), two charts: the columns, and the two rates
 *   as lines.
 * - Per indicator with plan targets: the table's yearly totals as columns and the plan targets as a line with
 *   markers, on the same axis (same unit). A target the check could not compare with the table (a total against
 *   a table of additions, another unit) is not drawn against it: it is listed beside the chart with the reason.
 *   Two targets for one year that disagree are both drawn (a second line) and said in words.
 */
import { cellAddress, columnIndex } from "./a1";
import type { WorkbookReport } from "./check";
import type { ProgressSeries } from "./checks/progress";
import { valueAt, type WorkbookGrid } from "./grid";
import type { PlanTarget, RecognizedTable } from "./model";
import type { TargetReason } from "./messages";
import { readNumber } from "./numbers";
import { percentText } from "./results";
import { indicatorMatches } from "./targets/words";
import { append } from "./append";

export const CHART_SHEET_NAME = "进度图表";
/** Charts the add-in names, so it can tell them from anything else (there is nothing else on its sheet). */
export const CHART_NAME_PREFIX = "分解表校验图表";
/** At most this many charts per insertion (each chart is some 20 calls; keeps one request small). */
export const MAX_CHARTS = 60;

export interface UnitChartSpec {
  kind: "units";
  sheet: string;
  table: string;
  /** `科技型企业 2024年`, or the table's title. */
  name: string;
  unitOfMeasure: string | null;
  /** Unit names, best completion first. */
  categories: string[];
  target: number[];
  actual: number[];
  /** Fractions. */
  completion: number[];
  timeProgress: number;
  /** `截至6月`, `2024-06-30`. */
  asOf: string;
}

export interface IndicatorChartSpec {
  kind: "indicator";
  sheet: string;
  table: string;
  indicator: string;
  unitOfMeasure: string | null;
  /** `2023` … ascending. */
  years: string[];
  /** The table's total row per year (null: no column for that year). */
  totals: (number | null)[];
  /** The plan target per year, in the table's unit (null: none). */
  targets: (number | null)[];
  /** Another plan target for a year whose targets disagree (null: none); absent when no year has two. */
  otherTargets?: (number | null)[];
  /** Plan targets for this indicator that could not be compared with the table: not drawn, listed with why. */
  notDrawn?: { target: PlanTarget; reason: TargetReason }[];
}

export type ChartSpec = UnitChartSpec | IndicatorChartSpec;

/** The table's title (what officers call it); the indicator and year where there is none or the table has several. */
function seriesName(series: ProgressSeries, several: boolean): string {
  const year = series.year !== null ? `${series.year}年` : "";
  const indicator = series.indicator ?? "";
  if (series.title && !several) return series.title;
  const base = indicator || series.title || series.sheet;
  const named = series.title && several ? `${series.title} ${base}` : base;
  return year && !named.includes(String(series.year)) ? `${named} ${year}` : named;
}

export function unitChartSpecs(progress: ProgressSeries[]): UnitChartSpec[] {
  const specs: UnitChartSpec[] = [];
  const perTable = new Map<string, number>();
  for (const series of progress) {
    const key = `${series.sheet}\u0000${series.table}`;
    perTable.set(key, (perTable.get(key) ?? 0) + 1);
  }
  for (const series of progress) {
    if (!series.asOf || series.timeProgress === null || series.units.length === 0) continue;
    const units = series.units
      .map((unit, index) => ({ unit, index }))
      .sort((a, b) => b.unit.completion - a.unit.completion || a.index - b.index)
      .map(({ unit }) => unit);
    specs.push({
      kind: "units",
      sheet: series.sheet,
      table: series.table,
      name: seriesName(series, (perTable.get(`${series.sheet}\u0000${series.table}`) ?? 0) > 1),
      unitOfMeasure: series.unitOfMeasure,
      categories: units.map((u) => u.unit),
      target: units.map((u) => u.target),
      actual: units.map((u) => u.actual),
      completion: units.map((u) => u.completion),
      timeProgress: series.timeProgress,
      asOf: series.asOf.text,
    });
  }
  return specs;
}

const YEAR = /^(19|20)\d{2}$/;

/** The yearly totals of each indicator of a table: target, baseline and year-total columns at its last total row. */
function yearlyTotals(
  table: RecognizedTable,
  grid: WorkbookGrid
): Map<string, Map<string, number | null>> {
  const byIndicator = new Map<string, Map<string, number | null>>();
  const sheet = grid.sheets.find((s) => s.name === table.sheet);
  const totalRow = table.totalRows[table.totalRows.length - 1];
  if (!sheet || totalRow === undefined) return byIndicator;
  const rank = { target: 0, total: 1, baseline: 2 } as Record<string, number>;
  const taken = new Map<string, number>();
  for (const period of table.periods) {
    if (!YEAR.test(period.period) || rank[period.kind] === undefined) continue;
    const indicator = period.indicator ?? table.indicators[0] ?? table.title;
    if (!indicator) continue;
    const key = `${indicator}\u0000${period.period}`;
    if ((taken.get(key) ?? Infinity) <= rank[period.kind]) continue;
    taken.set(key, rank[period.kind]);
    const reading = readNumber(valueAt(sheet, totalRow - 1, columnIndex(period.column)));
    const value =
      reading.kind === "number" || reading.kind === "numeric-text" ? reading.value : null;
    const years = byIndicator.get(indicator) ?? new Map<string, number | null>();
    years.set(period.period, value);
    byIndicator.set(indicator, years);
  }
  return byIndicator;
}

export function indicatorChartSpecs(
  report: WorkbookReport,
  grid: WorkbookGrid
): IndicatorChartSpec[] {
  const specs: IndicatorChartSpec[] = [];
  const charted = new Set<string>();
  for (const table of report.tables) {
    for (const [indicator, totals] of yearlyTotals(table, grid)) {
      if (charted.has(indicator)) continue;
      const targets = new Map<string, number>();
      const others = new Map<string, number>();
      const notDrawn: { target: PlanTarget; reason: TargetReason }[] = [];
      for (const outcome of report.targets ?? []) {
        const target = outcome.target;
        if (outcome.sheet !== table.sheet || !target.period || !YEAR.test(target.period)) continue;
        if (!indicatorMatches(target.indicator, indicator)) continue;
        if (outcome.status === "unchecked") {
          // Not comparable with this table: never a marker against its columns.
          if (outcome.reason && !outcome.noColumn)
            notDrawn.push({ target, reason: outcome.reason });
          continue;
        }
        let value: number | null = null;
        if (target.op === "double") {
          const base = target.base ? totals.get(target.base) : null;
          value = base !== null && base !== undefined ? base * 2 : null;
        } else if (outcome.expected !== undefined) value = outcome.expected;
        else if (target.value !== undefined && !target.unit) value = target.value;
        if (value === null) continue;
        const first = targets.get(target.period);
        if (first === undefined) targets.set(target.period, value);
        else if (first !== value && !others.has(target.period)) others.set(target.period, value);
      }
      if (targets.size === 0 && notDrawn.length === 0) continue;
      charted.add(indicator);
      const years = [...new Set([...totals.keys(), ...targets.keys()])].sort();
      specs.push({
        kind: "indicator",
        sheet: table.sheet,
        table: table.range,
        indicator,
        unitOfMeasure: table.unitOfMeasure,
        years,
        totals: years.map((y) => totals.get(y) ?? null),
        targets: years.map((y) => targets.get(y) ?? null),
        ...(others.size > 0 ? { otherTargets: years.map((y) => others.get(y) ?? null) } : {}),
        ...(notDrawn.length > 0 ? { notDrawn } : {}),
      });
    }
  }
  return specs;
}

/** Everything worth charting in a checked workbook: progress tables first, then indicators with plan targets. */
export function chartSpecs(report: WorkbookReport, grid: WorkbookGrid): ChartSpec[] {
  return [...unitChartSpecs(report.progress ?? []), ...indicatorChartSpecs(report, grid)];
}

// ——— the sheet ———

export type CellWrite = string | number | null;

/** A block of cells to write: top-left (0-based), values, number formats (text cells get "@"). */
export interface CellBlock {
  row: number;
  column: number;
  values: CellWrite[][];
  formats: string[][];
  bold?: boolean;
}

export type ChartKind = "ColumnClustered" | "Line" | "LineMarkers";

export interface ChartSeriesPlan {
  name: string;
  /** A1 range on the chart sheet. */
  values: string;
  chartType: ChartKind;
  axisGroup: "Primary" | "Secondary";
}

export interface ChartPlan {
  name: string;
  type: ChartKind;
  title: string;
  /** A1 range of the category labels. */
  categories: string;
  series: ChartSeriesPlan[];
  categoryTitle: string;
  valueTitle: string;
  valueFormat: string;
  /** The one secondary axis, when a series uses it. */
  secondary?: { title: string; format: string };
  /** Top-left and bottom-right cells. */
  from: string;
  to: string;
}

export interface ChartSheetLayout {
  blocks: CellBlock[];
  charts: ChartPlan[];
  /** What the user should know: the fallback without a secondary axis, charts left out. */
  notes: string[];
  /** Charts the specs asked for (before MAX_CHARTS). */
  wanted: number;
}

/** The words of the 进度图表 sheet and its charts (each catalog of src/i18n has them). */
export interface ChartTexts {
  chartsSheetLabel: string;
  chartsSheetHint: string;
  chartsNone: string;
  comboFallback: string;
  chartsCapped(shown: number, total: number): string;
  unitChartTitle(name: string, asOf: string | null, timeProgress: string | null): string;
  rateChartTitle(name: string): string;
  indicatorChartTitle(indicator: string): string;
  seriesTarget: string;
  seriesActual: string;
  seriesRate: string;
  seriesTimeProgress: string;
  seriesTotals: string;
  seriesPlanTargets: string;
  /** A second plan target for a year whose targets disagree. */
  seriesOtherTargets: string;
  axisUnits: string;
  axisAmount(unit: string | null): string;
  axisRate: string;
  axisYear: string;
  /** The data block's caption: `通报!A2:D7 科技型企业 2024年`. */
  blockCaption(sheet: string, table: string, name: string): string;
  yearValue(year: string): string;
}

export interface ChartLayoutOptions {
  /** The door's words (`catalog(locale).charts`). */
  texts: ChartTexts;
  /** The host has a secondary axis (series.axisGroup, ExcelApi 1.8); otherwise the rates get a chart of their own. */
  secondaryAxis: boolean;
  maxCharts?: number;
}

/** Rows a chart takes; a data block shorter than this still gets the chart's full height. */
const CHART_ROWS = 18;
const DATA_COLUMNS = 5;
/** The charts start after the data columns and a gap; a second chart of the same block sits to the right. */
const CHART_LEFT = DATA_COLUMNS + 1;
const CHART_WIDTH = 9;
const FIRST_BLOCK_ROW = 3;

/** Whole numbers with separators; two decimals where the data has fractions ("#,##0.##" would leave "505,100."). */
const AMOUNT_FORMAT = "#,##0";
const FRACTION_FORMAT = "#,##0.00";

function amountFormat(...lists: (number | null)[][]): string {
  return lists.every((list) => list.every((v) => v === null || Number.isInteger(v)))
    ? AMOUNT_FORMAT
    : FRACTION_FORMAT;
}
const RATE_FORMAT = "0.0%";
const AXIS_RATE_FORMAT = "0%";

function range(top: number, left: number, bottom: number, right = left): string {
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

function textRow(values: string[]): string[] {
  return values.map(() => "@");
}

export function chartSheetLayout(
  specs: ChartSpec[],
  options: ChartLayoutOptions
): ChartSheetLayout {
  const o = options.texts;
  const max = options.maxCharts ?? MAX_CHARTS;
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [[o.chartsSheetLabel]], formats: [["@"]], bold: true },
    { row: 1, column: 0, values: [[o.chartsSheetHint]], formats: [["@"]] },
  ];
  const charts: ChartPlan[] = [];
  const notes: string[] = [];
  let wanted = 0;
  let row = FIRST_BLOCK_ROW;
  const chartName = () => `${CHART_NAME_PREFIX}${charts.length + 1}`;

  for (const spec of specs) {
    const perSpec = spec.kind === "units" && !options.secondaryAxis ? 2 : 1;
    wanted += perSpec;
    if (charts.length + perSpec > max) continue;
    const count = spec.kind === "units" ? spec.categories.length : spec.years.length;
    const first = row + 2; // caption, header, then the data rows
    const last = first + count - 1;
    const at = (offset: number) => ({
      from: cellAddress(row, CHART_LEFT + offset * (CHART_WIDTH + 1)),
      to: cellAddress(
        row + Math.max(CHART_ROWS, count + 2) - 1,
        CHART_LEFT + offset * (CHART_WIDTH + 1) + CHART_WIDTH - 1
      ),
    });

    if (spec.kind === "units") {
      const amountFmt = amountFormat(spec.target, spec.actual);
      const header = [
        o.axisUnits,
        o.seriesTarget,
        o.seriesActual,
        o.seriesRate,
        o.seriesTimeProgress,
      ];
      append(blocks, titledHeader(row, o.blockCaption(spec.sheet, spec.table, spec.name), header));
      blocks.push({
        row: first,
        column: 0,
        values: spec.categories.map((unit, i) => [
          unit,
          spec.target[i],
          spec.actual[i],
          spec.completion[i],
          spec.timeProgress,
        ]),
        formats: spec.categories.map(() => ["@", amountFmt, amountFmt, RATE_FORMAT, RATE_FORMAT]),
      });
      const categories = range(first, 0, last);
      const amounts: ChartSeriesPlan[] = [
        {
          name: o.seriesTarget,
          values: range(first, 1, last),
          chartType: "ColumnClustered",
          axisGroup: "Primary",
        },
        {
          name: o.seriesActual,
          values: range(first, 2, last),
          chartType: "ColumnClustered",
          axisGroup: "Primary",
        },
      ];
      const rates = (axisGroup: "Primary" | "Secondary"): ChartSeriesPlan[] => [
        { name: o.seriesRate, values: range(first, 3, last), chartType: "LineMarkers", axisGroup },
        {
          name: `${o.seriesTimeProgress} ${percentText(spec.timeProgress)}`,
          values: range(first, 4, last),
          chartType: "Line",
          axisGroup,
        },
      ];
      const title = o.unitChartTitle(spec.name, spec.asOf, percentText(spec.timeProgress));
      const valueTitle = o.axisAmount(spec.unitOfMeasure);
      if (options.secondaryAxis) {
        charts.push({
          name: chartName(),
          type: "ColumnClustered",
          title,
          categories,
          series: [...amounts, ...rates("Secondary")],
          categoryTitle: o.axisUnits,
          valueTitle,
          valueFormat: amountFmt,
          secondary: { title: o.axisRate, format: AXIS_RATE_FORMAT },
          ...at(0),
        });
      } else {
        charts.push({
          name: chartName(),
          type: "ColumnClustered",
          title,
          categories,
          series: amounts,
          categoryTitle: o.axisUnits,
          valueTitle,
          valueFormat: amountFmt,
          ...at(0),
        });
        charts.push({
          name: chartName(),
          type: "LineMarkers",
          title: o.rateChartTitle(spec.name),
          categories,
          series: rates("Primary"),
          categoryTitle: o.axisUnits,
          valueTitle: o.axisRate,
          valueFormat: AXIS_RATE_FORMAT,
          ...at(1),
        });
      }
    } else {
      const amountFmt = amountFormat(spec.totals, spec.targets);
      const header = [o.axisYear, o.seriesTotals, o.seriesPlanTargets];
      blocks.push(
        ...titledHeader(row, o.blockCaption(spec.sheet, spec.table, spec.indicator), header)
      );
      blocks.push({
        row: first,
        column: 0,
        values: spec.years.map((year, i) => [o.yearValue(year), spec.totals[i], spec.targets[i]]),
        formats: spec.years.map(() => ["@", amountFmt, amountFmt]),
      });
      charts.push({
        name: chartName(),
        type: "ColumnClustered",
        title: o.indicatorChartTitle(spec.indicator),
        categories: range(first, 0, last),
        series: [
          {
            name: o.seriesTotals,
            values: range(first, 1, last),
            chartType: "ColumnClustered",
            axisGroup: "Primary",
          },
          {
            name: o.seriesPlanTargets,
            values: range(first, 2, last),
            chartType: "LineMarkers",
            axisGroup: "Primary",
          },
        ],
        categoryTitle: o.axisYear,
        valueTitle: o.axisAmount(spec.unitOfMeasure),
        valueFormat: amountFmt,
        ...at(0),
      });
    }
    row += Math.max(CHART_ROWS, count + 2) + 2;
  }
  if (!options.secondaryAxis && specs.some((s) => s.kind === "units")) notes.push(o.comboFallback);
  if (charts.length < wanted) notes.push(o.chartsCapped(charts.length, wanted));
  if (specs.length === 0) notes.push(o.chartsNone);
  return { blocks, charts, notes, wanted };
}

function captionBlock(row: number, caption: string): CellBlock {
  return { row, column: 0, values: [[caption]], formats: [["@"]], bold: true };
}

/** A data block's caption line and, under it, its bold header row (both text). */
function titledHeader(row: number, caption: string, header: string[]): CellBlock[] {
  return [
    captionBlock(row, caption),
    { row: row + 1, column: 0, values: [header], formats: [textRow(header)], bold: true },
  ];
}
