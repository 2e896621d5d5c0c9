/** The page's charts from the core's chart specs: series, axes and titles (zh-CN and en-US), and the text alternative. */
import type { IndicatorChartSpec, UnitChartSpec } from "../../src/core/charts";
import { axisPercent, chartConfig, chartText } from "../../src/web/charts/chartConfig";
import { pageText } from "../../src/i18n";

const UNITS: UnitChartSpec = {
  kind: "units",
  sheet: "通报",
  table: "A3:E9",
  name: "2024年科技型企业培育进度通报（截至6月）",
  unitOfMeasure: "家",
  categories: ["胜利路街道", "中山路街道", "南大街街道"],
  target: [80, 100, 50],
  actual: [48, 40, 5],
  completion: [0.6, 0.4, 0.1],
  timeProgress: 0.5,
  asOf: "1-6月",
};

const INDICATOR: IndicatorChartSpec = {
  kind: "indicator",
  sheet: "附件1",
  table: "A4:G32",
  indicator: "研发投入",
  unitOfMeasure: "万元",
  years: ["2025", "2026", "2027"],
  totals: [468932, null, 600000],
  targets: [460000, null, 600000],
};

type Scale = { position?: string; title: { text: string }; ticks: { callback(v: number): string } };

describe("progress chart configuration", () => {
  it("per unit: target and actual as columns, completion and time progress as lines on one percent axis", () => {
    const config = chartConfig(UNITS, "zh-CN");
    const datasets = config.data.datasets;
    expect(datasets.map((d) => [d.type, d.label, d.yAxisID])).toEqual([
      ["bar", "目标", "y"],
      ["bar", "完成", "y"],
      ["line", "完成率", "y1"],
      ["line", "时序进度 50.0%", "y1"],
    ]);
    expect(datasets[3].data).toEqual([0.5, 0.5, 0.5]);
    expect(config.data.labels).toEqual(UNITS.categories);
    const scales = config.options!.scales as Record<string, Scale>;
    expect(scales.y.title.text).toBe("数量（家）");
    expect(scales.y1).toMatchObject({ position: "right", title: { text: "完成率" } });
    expect(scales.y1.ticks.callback(0.5)).toBe("50%");
    expect(scales.x.title.text).toBe("单位");
    expect(config.options!.plugins!.title!.text).toEqual([
      "2024年科技型企业培育进度通报（截至6月）：",
      "各单位目标与完成（1-6月，时序进度50.0%）",
    ]);
    expect(axisPercent(1.25)).toBe("125%");
  });

  it("per indicator: yearly totals as columns, the plan targets as a line across the gaps; English on request", () => {
    const config = chartConfig(INDICATOR, "en-US");
    expect(config.data.labels).toEqual(["2025", "2026", "2027"]);
    expect(config.data.datasets.map((d) => [d.type, d.label, d.data])).toEqual([
      ["bar", "Yearly total", [468932, null, 600000]],
      ["line", "Plan target", [460000, null, 600000]],
    ]);
    const scales = config.options!.scales as Record<string, Scale>;
    expect(scales.y.title.text).toBe("Amount (万元)");
    expect(scales.y.ticks.callback(600000)).toBe("600,000");
  });

  it("as text: a summary and the data table, in the page's language", () => {
    const zh = chartText(UNITS, "zh-CN", pageText("zh-CN"));
    expect(zh.summary).toBe("1-6月，共 3 个单位，其中 2 个完成率低于时序进度（50.0%）。");
    expect(zh.head).toEqual(["单位", "目标", "完成", "完成率"]);
    expect(zh.rows[1]).toEqual(["中山路街道", "100", "40", "40.0%"]);
    const en = chartText(INDICATOR, "en-US", pageText("en-US"));
    expect(en.title).toBe("研发投入: yearly totals and plan targets");
    expect(en.summary).toBe("Yearly totals 2025–2027; plan targets: 2025 460,000, 2027 600,000.");
    expect(en.rows).toEqual([
      ["2025", "468,932", "460,000"],
      ["2026", "—", "—"],
      ["2027", "600,000", "600,000"],
    ]);
  });
});
