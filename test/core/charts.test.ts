/** Chart specs from a checked workbook, and their layout on the 进度图表 sheet. */
import { checkWorkbook } from "../../src/core/check";
import { chartSheetLayout, chartSpecs, MAX_CHARTS, type ChartSpec } from "../../src/core/charts";
import { bulletinRows, gridOf, planRows, targetRows } from "../support/bulletin";
import { catalog } from "../../src/i18n";

const texts = catalog("zh-CN").charts;

function specs(): ChartSpec[] {
  const grid = {
    sheets: [
      gridOf("通报", bulletinRows()),
      gridOf("附件1", planRows()),
      gridOf("目标", targetRows()),
    ],
  };
  return chartSpecs(checkWorkbook(grid), grid);
}

describe("chartSpecs", () => {
  it("a progress table: units sorted by completion, with target, actual, completion and time progress", () => {
    const [units] = specs();
    expect(units).toEqual({
      kind: "units",
      sheet: "通报",
      table: "A3:E9",
      name: "2024年科技型企业培育进度通报",
      unitOfMeasure: "家",
      categories: ["胜利路街道", "茶山竹海街道", "中山路街道", "大安街道", "南大街街道"],
      target: [80, 20, 100, 60, 50],
      actual: [48, 12, 40, 21, 5],
      completion: [0.6, 0.6, 0.4, 0.35, 0.1],
      timeProgress: 0.5,
      asOf: "1-6月",
    });
  });

  it("an indicator with plan targets: the yearly totals against the targets, in the table's unit", () => {
    const indicator = specs()[1];
    expect(indicator).toEqual({
      kind: "indicator",
      sheet: "附件1",
      table: "A4:G8",
      indicator: "研发投入",
      unitOfMeasure: "万元",
      years: ["2023", "2024", "2025", "2026", "2027"],
      totals: [505100, 580900, 644900, 738400, 369999],
      targets: [null, null, 600000, null, 370000],
    });
  });

  it("two targets for one year that disagree: both are in the spec (the other as otherTargets)", () => {
    const grid = {
      sheets: [
        gridOf("附件1", planRows()),
        gridOf("目标", [...targetRows(), ["研发投入", "2025", "突破", 640000]]),
      ],
    };
    const [indicator] = chartSpecs(checkWorkbook(grid), grid);
    expect(indicator).toMatchObject({
      targets: [null, null, 600000, null, 370000],
      otherTargets: [null, null, 640000, null, null],
    });
  });

  it("a target the check could not compare with the table is not drawn: it is listed with the reason", () => {
    const grid = {
      sheets: [
        gridOf("附件1", planRows()),
        gridOf("目标", [
          ["指标", "期间", "条件", "目标值", "单位"],
          ["研发投入", "2025", "超过", 600000, null],
          ["研发投入", "2026", "超过", 70, "家"],
        ]),
      ],
    };
    const report = checkWorkbook(grid);
    const unchecked = report.targets?.find((t) => t.target.period === "2026");
    expect(unchecked?.status).toBe("unchecked");
    const [indicator] = chartSpecs(report, grid);
    expect(indicator.kind === "indicator" && indicator.targets).toEqual([
      null,
      null,
      600000,
      null,
      null,
    ]);
    expect(indicator).toMatchObject({
      notDrawn: [{ target: { indicator: "研发投入", period: "2026" }, reason: unchecked?.reason }],
    });
  });

  it("plan tables without targets and without actual columns give no chart", () => {
    const grid = { sheets: [gridOf("附件1", planRows())] };
    expect(chartSpecs(checkWorkbook(grid), grid)).toEqual([]);
    expect(chartSheetLayout([], { texts, secondaryAxis: true }).notes).toEqual([
      "没有可绘制的数据：需要有完成数列（如“截至6月完成”）的进度表，或有计划目标的分解表",
    ]);
  });
});

describe("chartSheetLayout", () => {
  it("a labelled helper range the charts read, one combo chart with ONE secondary axis", () => {
    const layout = chartSheetLayout(specs(), { texts, secondaryAxis: true });
    expect(layout.blocks[0].values).toEqual([["图表数据（由分解表校验生成）"]]);
    const units = layout.blocks.find((b) => b.row === 5 && b.column === 0)!;
    expect(units.values[0]).toEqual(["胜利路街道", 80, 48, 0.6, 0.5]);
    expect(units.formats[0]).toEqual(["@", "#,##0", "#,##0", "0.0%", "0.0%"]);

    const [combo, indicator] = layout.charts;
    expect(combo).toMatchObject({
      name: "分解表校验图表1",
      type: "ColumnClustered",
      title: "2024年科技型企业培育进度通报：各单位目标与完成（1-6月，时序进度50.0%）",
      categories: "A6:A10",
      categoryTitle: "单位",
      valueTitle: "数量（家）",
      secondary: { title: "完成率", format: "0%" },
    });
    expect(combo.series.map((s) => [s.name, s.values, s.chartType, s.axisGroup])).toEqual([
      ["目标", "B6:B10", "ColumnClustered", "Primary"],
      ["完成", "C6:C10", "ColumnClustered", "Primary"],
      ["完成率", "D6:D10", "LineMarkers", "Secondary"],
      ["时序进度 50.0%", "E6:E10", "Line", "Secondary"],
    ]);
    expect(indicator.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ["各年度合计", "ColumnClustered", "Primary"],
      ["计划目标", "LineMarkers", "Primary"],
    ]);
    expect(indicator.secondary).toBeUndefined();
    // Charts never overlap: each block starts below the previous chart.
    expect(Number(combo.to.replace(/\D/g, ""))).toBeLessThan(
      Number(indicator.from.replace(/\D/g, ""))
    );
    expect(layout.notes).toEqual([]);
  });

  it("without a secondary axis: the rates get a line chart of their own, and the user is told", () => {
    const layout = chartSheetLayout(specs(), { texts, secondaryAxis: false });
    expect(layout.charts).toHaveLength(3);
    const [columns, rates] = layout.charts;
    expect(columns.series.map((s) => s.name)).toEqual(["目标", "完成"]);
    expect(rates.type).toBe("LineMarkers");
    expect(rates.series.every((s) => s.axisGroup === "Primary")).toBe(true);
    expect(rates.valueFormat).toBe("0%");
    expect(layout.charts.flatMap((c) => c.series).some((s) => s.axisGroup === "Secondary")).toBe(
      false
    );
    expect(layout.notes[0]).toContain("ExcelApi 1.8");
  });

  it('amounts in whole numbers, or with two decimals where the data has fractions (never "505,100.")', () => {
    const [units, indicator] = specs();
    const fractional = { ...units, actual: [48.5, 12, 40, 21, 5] };
    const layout = chartSheetLayout([fractional, indicator], { texts, secondaryAxis: true });
    expect(layout.blocks.find((b) => b.row === 5)!.formats[0]).toEqual([
      "@",
      "#,##0.00",
      "#,##0.00",
      "0.0%",
      "0.0%",
    ]);
    expect(layout.charts.map((c) => c.valueFormat)).toEqual(["#,##0.00", "#,##0"]);
  });

  it("caps the number of charts and says so", () => {
    const many = Array.from({ length: MAX_CHARTS + 5 }, () => specs()[1]);
    const layout = chartSheetLayout(many, { texts, secondaryAxis: true });
    expect(layout.charts).toHaveLength(MAX_CHARTS);
    expect(layout.notes).toEqual([
      `数据较多，只绘制了前 ${MAX_CHARTS} 张图表（共 ${MAX_CHARTS + 5} 张）`,
    ]);
  });
});
