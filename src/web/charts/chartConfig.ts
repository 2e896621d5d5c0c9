/**
 * The page's progress charts as chart.js configurations and as text, from the core's chart specs
 * (src/core/charts.ts — the same charts the Excel adapter draws on the 进度图表 sheet, with its titles and series
 * names):
 * - per progress table: target and actual per unit as columns (amount axis on the left), the completion rate as a
 *   line and the time progress as a dashed reference line on ONE percent axis on the right;
 * - per indicator with plan targets: the yearly totals as columns, the plan targets as a line with markers.
 * Only types come from chart.js here: the library itself is loaded with the first chart (./draw.ts).
 */
import type { ChartConfiguration, TooltipItem } from "chart.js";
import type { ChartSpec, IndicatorChartSpec, UnitChartSpec } from "../../core/charts";
import { catalog, type Locale } from "../../i18n";
import { percentText } from "../../core/results";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the two column series also differ in lightness. */
export const CHART_COLOURS = {
  target: "#9DB9E0",
  targetEdge: "#2F5597",
  actual: "#1F4E79",
  rate: "#C55A11",
  timeProgress: "#C00000",
  totals: "#1F4E79",
  planTargets: "#C55A11",
  otherTargets: "#7030A0",
  text: "#242424",
  grid: "#E1E1E1",
} as const;

export type PageChartConfig = ChartConfiguration<"bar" | "line", (number | null)[], string>;

/** A chart as text: its title, a one-line summary, and its data as a table (what the canvas shows, for everyone). */
export interface ChartText {
  title: string;
  /** The title in lines for the canvas (a long title broken after its name). */
  titleLines: string[];
  summary: string;
  head: string[];
  rows: string[][];
}

export interface ChartSummaryTexts {
  unitsSummary(units: number, behind: number, timeProgress: string, asOf: string): string;
  indicatorSummary(years: string, targets: string): string;
  noValue: string;
}

export function amountText(value: number | null, locale: Locale): string | null {
  if (value === null) return null;
  return value.toLocaleString(locale === "en-US" ? "en-US" : "zh-CN", {
    maximumFractionDigits: 2,
  });
}

/** Axis ticks on the percent axis: whole percentages. */
export function axisPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function titleLines(title: string): string[] {
  const at = title.search(/[：:]\s*/);
  if (at < 0 || title.length <= 28) return [title];
  const rest = title.slice(at + 1).trim();
  return [title.slice(0, at + 1).trim(), rest];
}

export function chartTitle(spec: ChartSpec, locale: Locale): string {
  const o = catalog(locale).charts;
  return spec.kind === "units"
    ? o.unitChartTitle(spec.name, spec.asOf, percentText(spec.timeProgress))
    : o.indicatorChartTitle(spec.indicator);
}

export function chartText(spec: ChartSpec, locale: Locale, texts: ChartSummaryTexts): ChartText {
  const o = catalog(locale).charts;
  const title = chartTitle(spec, locale);
  const amount = (value: number | null) => amountText(value, locale) ?? texts.noValue;
  if (spec.kind === "units") {
    const behind = spec.completion.filter((rate) => rate < spec.timeProgress).length;
    return {
      title,
      titleLines: titleLines(title),
      summary: texts.unitsSummary(
        spec.categories.length,
        behind,
        percentText(spec.timeProgress),
        spec.asOf
      ),
      head: [o.axisUnits, o.seriesTarget, o.seriesActual, o.seriesRate],
      rows: spec.categories.map((unit, i) => [
        unit,
        amount(spec.target[i]),
        amount(spec.actual[i]),
        percentText(spec.completion[i]),
      ]),
    };
  }
  const years = spec.years.map((year) => o.yearValue(year));
  const targets = spec.years
    .map((year, i) =>
      spec.targets[i] === null ? null : `${o.yearValue(year)} ${amount(spec.targets[i])}`
    )
    .filter((t): t is string => t !== null);
  return {
    title,
    titleLines: titleLines(title),
    summary: texts.indicatorSummary(
      years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : (years[0] ?? ""),
      targets.join(locale === "en-US" ? ", " : "、")
    ),
    head: spec.otherTargets
      ? [o.axisYear, o.seriesTotals, o.seriesPlanTargets, o.seriesOtherTargets]
      : [o.axisYear, o.seriesTotals, o.seriesPlanTargets],
    rows: spec.years.map((_, i) => [
      years[i],
      amount(spec.totals[i]),
      amount(spec.targets[i]),
      ...(spec.otherTargets ? [amount(spec.otherTargets[i])] : []),
    ]),
  };
}

const BASE_OPTIONS = {
  responsive: true,
  maintainAspectRatio: false,
  // Drawn at once: nothing moves (and a screenshot or a test sees the final chart).
  animation: false,
  interaction: { mode: "index", intersect: false },
} as const;

/** Below the chart, in the series' own order (drawing order puts the lines over the columns), each with its mark. */
function legend() {
  return {
    position: "bottom" as const,
    labels: {
      color: CHART_COLOURS.text,
      usePointStyle: true,
      sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
        (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
    },
  };
}

function axisTitle(text: string) {
  return { display: true, text, color: CHART_COLOURS.text };
}

function unitConfig(spec: UnitChartSpec, locale: Locale): PageChartConfig {
  const o = catalog(locale).charts;
  const timeLabel = `${o.seriesTimeProgress} ${percentText(spec.timeProgress)}`;
  const amount = (value: number) => amountText(value, locale) ?? "";
  const highestRate = Math.max(spec.timeProgress, ...spec.completion);
  return {
    type: "bar",
    data: {
      labels: spec.categories,
      datasets: [
        {
          type: "bar",
          label: o.seriesTarget,
          data: spec.target,
          backgroundColor: CHART_COLOURS.target,
          borderColor: CHART_COLOURS.targetEdge,
          borderWidth: 1,
          pointStyle: "rect",
          yAxisID: "y",
          order: 2,
        },
        {
          type: "bar",
          label: o.seriesActual,
          data: spec.actual,
          backgroundColor: CHART_COLOURS.actual,
          pointStyle: "rect",
          yAxisID: "y",
          order: 2,
        },
        {
          type: "line",
          label: o.seriesRate,
          data: spec.completion,
          borderColor: CHART_COLOURS.rate,
          backgroundColor: CHART_COLOURS.rate,
          borderWidth: 2,
          pointRadius: 4,
          pointStyle: "rectRot",
          yAxisID: "y1",
          order: 1,
        },
        {
          type: "line",
          label: timeLabel,
          data: spec.categories.map(() => spec.timeProgress),
          borderColor: CHART_COLOURS.timeProgress,
          backgroundColor: CHART_COLOURS.timeProgress,
          borderWidth: 2,
          borderDash: [6, 4],
          pointStyle: "line",
          pointRadius: 0,
          pointHitRadius: 0,
          yAxisID: "y1",
          order: 0,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: {
        title: {
          display: true,
          text: titleLines(chartTitle(spec, locale)),
          color: CHART_COLOURS.text,
        },
        legend: legend(),
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<"bar" | "line">) =>
              `${item.dataset.label}: ${
                item.dataset.yAxisID === "y1"
                  ? percentText(item.parsed.y ?? 0)
                  : amount(item.parsed.y ?? 0)
              }`,
          },
        },
      },
      scales: {
        x: { title: axisTitle(o.axisUnits), ticks: { color: CHART_COLOURS.text } },
        y: {
          position: "left",
          beginAtZero: true,
          title: axisTitle(o.axisAmount(spec.unitOfMeasure)),
          ticks: { color: CHART_COLOURS.text, callback: (value) => amount(Number(value)) },
          grid: { color: CHART_COLOURS.grid },
        },
        y1: {
          position: "right",
          beginAtZero: true,
          suggestedMax: highestRate > 1 ? highestRate : 1,
          title: axisTitle(o.axisRate),
          ticks: { color: CHART_COLOURS.text, callback: (value) => axisPercent(Number(value)) },
          grid: { drawOnChartArea: false },
        },
      },
    },
  };
}

function indicatorConfig(spec: IndicatorChartSpec, locale: Locale): PageChartConfig {
  const o = catalog(locale).charts;
  const amount = (value: number) => amountText(value, locale) ?? "";
  return {
    type: "bar",
    data: {
      labels: spec.years.map((year) => o.yearValue(year)),
      datasets: [
        {
          type: "bar",
          label: o.seriesTotals,
          data: spec.totals,
          backgroundColor: CHART_COLOURS.totals,
          pointStyle: "rect",
          yAxisID: "y",
          order: 2,
        },
        {
          type: "line",
          label: o.seriesPlanTargets,
          data: spec.targets,
          borderColor: CHART_COLOURS.planTargets,
          backgroundColor: CHART_COLOURS.planTargets,
          borderWidth: 2,
          pointRadius: 5,
          pointStyle: "rectRot",
          spanGaps: true,
          yAxisID: "y",
          order: 1,
        },
        // A year whose targets disagree: the other one, as markers of their own (said in words beside the chart).
        ...(spec.otherTargets
          ? [
              {
                type: "line" as const,
                label: o.seriesOtherTargets,
                data: spec.otherTargets,
                borderColor: CHART_COLOURS.otherTargets,
                backgroundColor: CHART_COLOURS.otherTargets,
                borderWidth: 0,
                showLine: false,
                pointRadius: 6,
                pointStyle: "triangle" as const,
                yAxisID: "y",
                order: 0,
              },
            ]
          : []),
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: {
        title: {
          display: true,
          text: titleLines(chartTitle(spec, locale)),
          color: CHART_COLOURS.text,
        },
        legend: legend(),
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<"bar" | "line">) =>
              `${item.dataset.label}: ${amount(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: { title: axisTitle(o.axisYear), ticks: { color: CHART_COLOURS.text } },
        y: {
          beginAtZero: true,
          title: axisTitle(o.axisAmount(spec.unitOfMeasure)),
          ticks: { color: CHART_COLOURS.text, callback: (value) => amount(Number(value)) },
          grid: { color: CHART_COLOURS.grid },
        },
      },
    },
  };
}

export function chartConfig(spec: ChartSpec, locale: Locale): PageChartConfig {
  return spec.kind === "units" ? unitConfig(spec, locale) : indicatorConfig(spec, locale);
}
