/** 进度图表：“进度图表”表的说明、图表标题、系列和坐标轴名称。 */
import type { ChartTexts } from "../../core/charts";

export const charts: ChartTexts = {
  chartsSheetLabel: "图表数据（由分解表校验生成）",
  chartsSheetHint: "每次“插入图表”时重写，“清除标记”时清空；请勿在此表中录入数据",
  chartsNone: "没有可绘制的数据：需要有完成数列（如“截至6月完成”）的进度表，或有计划目标的分解表",
  comboFallback: "此版本的 Excel 不支持次坐标轴（需要 ExcelApi 1.8），完成率与时序进度另绘为折线图",
  chartsCapped: (shown, total) => `数据较多，只绘制了前 ${shown} 张图表（共 ${total} 张）`,
  unitChartTitle: (name, asOf, timeProgress) =>
    `${name}：各单位目标与完成` +
    (asOf && timeProgress ? `（${asOf}，时序进度${timeProgress}）` : ""),
  rateChartTitle: (name) => `${name}：各单位完成率与时序进度`,
  indicatorChartTitle: (indicator) => `${indicator}：各年度合计与计划目标`,
  seriesTarget: "目标",
  seriesActual: "完成",
  seriesRate: "完成率",
  seriesTimeProgress: "时序进度",
  seriesTotals: "各年度合计",
  seriesPlanTargets: "计划目标",
  seriesOtherTargets: "另一计划目标",
  axisUnits: "单位",
  axisAmount: (unit) => (unit ? `数量（${unit}）` : "数量"),
  axisRate: "完成率",
  axisYear: "年度",
  blockCaption: (sheet, table, name) => `${sheet}!${table} ${name}`,
  yearValue: (year) => `${year}年`,
};
