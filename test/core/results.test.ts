/** The 校验结果 layout (summary on top, findings with links) and the palette: one source for every door. */
import { checkWorkbook } from "../../src/core/check";
import { LIGHT_FILL, planMarks, SEVERITY_FILL } from "../../src/core/marks";
import type { Finding } from "../../src/core/model";
import {
  cellReference,
  markPalette,
  RESULTS_CELL_COLUMN,
  RESULTS_HEADER_ROW,
  resultsLayout,
  summarizeReport,
} from "../../src/core/results";
import { bulletinRows, gridOf, planRows, targetRows } from "../support/bulletin";
import { renderSummaryLine, reportWords } from "../../src/i18n";

function checked() {
  return checkWorkbook({
    sheets: [
      gridOf("通报", bulletinRows()),
      gridOf("附件1", planRows()),
      gridOf("目标", targetRows()),
    ],
  });
}

describe("summarizeReport", () => {
  it("counts tables, findings by severity, units behind by light, the as-of date and time progress", () => {
    const summary = summarizeReport(checked());
    expect(summary).toMatchObject({
      tables: 2,
      counts: { error: 2, warning: 5, info: 0 },
      behind: { red: 1, yellow: 2 },
      asOf: [{ text: "1-6月", source: "header", sheets: ["通报"] }],
      timeProgress: [{ value: 0.5, sheets: ["通报"] }],
      progressColumns: 1,
    });
    expect(renderSummaryLine(summary)).toBe("共检查 2 张表：错误 2 处，警告 5 处");
  });

  it("from findings alone: lights from the findings, tables unknown", () => {
    const summary = summarizeReport(checked().findings);
    expect(summary.tables).toBeNull();
    expect(summary.behind).toEqual({ red: 1, yellow: 2 });
  });
});

describe("resultsLayout", () => {
  const layout = resultsLayout(checked(), reportWords());

  it("puts the summary on top, each label in its mark colour, then the findings table", () => {
    expect(layout.headerRow).toBe(RESULTS_HEADER_ROW);
    expect(layout.rows.slice(0, RESULTS_HEADER_ROW).map((r) => r.slice(0, 2))).toEqual([
      ["分解表校验结果", ""],
      ["检查的表", "2 张"],
      ["错误", "2 处"],
      ["警告", "5 处"],
      ["提示", "0 处"],
      ["红灯单位", "1 个（完成率落后时序进度超过30个百分点，按浅橙色标出）"],
      ["黄灯单位", "2 个（落后时序进度不超过30个百分点，按警告的颜色标出）"],
      ["截至日期", "1-6月（据表头）"],
      ["时序进度", "50.0%"],
      ["", ""],
    ]);
    expect(layout.fills.filter((f) => f.row < RESULTS_HEADER_ROW)).toEqual([
      { row: 2, column: 0, color: SEVERITY_FILL.error },
      { row: 3, column: 0, color: SEVERITY_FILL.warning },
      { row: 4, column: 0, color: SEVERITY_FILL.info },
      { row: 5, column: 0, color: LIGHT_FILL.red },
      { row: 6, column: 0, color: LIGHT_FILL.yellow },
    ]);
    expect(layout.rows[RESULTS_HEADER_ROW]).toEqual([
      "工作表",
      "单元格",
      "规则",
      "级别",
      "应为",
      "实为",
      "相差",
      "说明",
    ]);
    expect(layout.boldRows.filter((r) => r < layout.bulletinRow!)).toEqual([0, RESULTS_HEADER_ROW]);
    expect(layout.rows.every((row) => row.length === layout.width)).toBe(true);
  });

  it("links each finding's cell column to its cell, the sheet name quoted", () => {
    const report = checked();
    expect(layout.links).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      const link = layout.links[i];
      expect(link).toEqual({
        row: RESULTS_HEADER_ROW + 1 + i,
        column: RESULTS_CELL_COLUMN,
        sheet: f.sheet,
        cell: f.cell,
        text: f.cell,
        reference: `'${f.sheet}'!${f.cell}`,
      });
      expect(layout.rows[link.row][RESULTS_CELL_COLUMN]).toBe(f.cell);
      expect(layout.rows[link.row][0]).toBe(f.sheet);
    });
    expect(cellReference("O'Brien 表", "C4")).toBe("'O''Brien 表'!C4");
  });

  it("without findings: the summary and a 未发现问题 row; without progress tables: a dash", () => {
    const clean = resultsLayout({ findings: [], tables: [], progress: [] }, reportWords());
    expect(clean.rows[RESULTS_HEADER_ROW + 1][0]).toBe("未发现问题");
    expect(clean.links).toEqual([]);
    expect(clean.rows[7][1]).toBe("—（没有完成数列）");
  });

  it("in English", () => {
    const en = resultsLayout(checked(), reportWords("en-US"));
    expect(en.rows[0][0]).toBe("Breakdown check results");
    expect(en.rows[RESULTS_HEADER_ROW][0]).toBe("Sheet");
    expect(en.rows[7][1]).toBe("1-6月 (from the headers)");
  });

  it("tables with different as-of dates: each date with its sheets", () => {
    const june = gridOf("通报", bulletinRows());
    const sept = gridOf("九月", bulletinRows("截至9月完成"));
    const summary = resultsLayout(checkWorkbook({ sheets: [june, sept] }), reportWords());
    expect(summary.rows[7][1]).toBe("1-6月（据表头）（通报）；截至9月（据表头）（九月）");
    expect(summary.rows[8][1]).toBe("50.0%（通报）；75.0%（九月）");
  });
});

describe("the palette, end to end in the plan", () => {
  it("a red light has a light orange of its own (it is a warning, not an error), a yellow one the warning colour; the legend explains both", () => {
    const plan = planMarks(checked(), reportWords());
    const fill = (cell: string) =>
      plan.cells.find((c) => c.sheet === "通报" && c.cell === cell)?.fill;
    expect(fill("D6")).toBe(LIGHT_FILL.red);
    expect(fill("D4")).toBe(LIGHT_FILL.yellow);
    expect(markPalette(reportWords()).map((p) => [p.key, p.fill, p.label])).toEqual([
      ["error", SEVERITY_FILL.error, "错误"],
      ["warning", SEVERITY_FILL.warning, "警告"],
      ["info", SEVERITY_FILL.info, "提示"],
      ["red", LIGHT_FILL.red, "红灯单位"],
      ["yellow", SEVERITY_FILL.warning, "黄灯单位"],
    ]);
    expect(
      markPalette(reportWords("zh-CN"), { greenWithin: 10, yellowWithin: 20 })[4].meaning
    ).toBe("落后时序进度10至20个百分点，按警告的颜色标出");
  });

  it("planMarks from findings alone still lays out the same rows (the whole report adds the 通报 block below)", () => {
    const findings: Finding[] = checked().findings;
    const whole = planMarks(checked(), reportWords()).layout;
    expect(whole.bulletinRow).toBeDefined();
    expect(planMarks(findings, reportWords()).layout.rows.length).toBe(whole.bulletinRow);
  });
});
