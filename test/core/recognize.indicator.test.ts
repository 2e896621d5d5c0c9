/**
 * The indicator comes from the words, not the brackets (issue 9): a title or header ending in a year range, a
 * unit of measure, a date or a note in brackets gives the indicator named before them, and plan targets of the
 * 目标 sheet find the table by it.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import {
  indicatorFromTitle,
  unitOfMeasureIn,
  withoutTrailingNotes,
} from "../../src/core/vocabulary";
import { sheetOf } from "../support/gridBuilder";

describe("titles and headers with trailing brackets", () => {
  test.each([
    ["永川区科技型企业培育任务分解表（2023—2027年）", "科技型企业"],
    ["永川区科技型企业培育任务分解表(2023-2027年)", "科技型企业"],
    ["2023—2027年科技型企业培育任务分解表", "科技型企业"],
    ["高新技术企业培育目标任务分解表（截至9月底）", "高新技术企业"],
    ["高新技术企业培育目标任务分解表（单位：家）", "高新技术企业"],
    ["高新技术企业培育目标任务分解表（2023—2027年）（单位：家）", "高新技术企业"],
    ["研发投入任务分解【暂定】", "研发投入"],
    ["全区高新技术企业培育任务分解表", "高新技术企业"],
    ["拟上市企业培育任务分解表（2024年）", "拟上市企业"],
  ])("%s → %s", (title, indicator) => {
    expect(indicatorFromTitle(title)).toBe(indicator);
  });

  test("brackets inside a name stay; brackets that are the whole text stay", () => {
    expect(withoutTrailingNotes("规上工业企业（含新增）数量")).toBe("规上工业企业（含新增）数量");
    expect(withoutTrailingNotes("（单位：家）")).toBe("（单位：家）");
    expect(withoutTrailingNotes("High-tech enterprises (Unit: enterprises)")).toBe(
      "High-tech enterprises"
    );
  });

  test("units of measure in English captions", () => {
    expect(unitOfMeasureIn("(Unit: enterprises)")).toBe("enterprises");
    expect(unitOfMeasureIn("（单位：万元）")).toBe("万元");
    expect(unitOfMeasureIn("High-tech enterprises")).toBeNull();
  });
});

const targetSheet = sheetOf("目标", [
  ["指标", "期间", "条件", "目标值"],
  ["科技型企业", "2025", "超过", 100],
]);

const tableUnder = (title: string, header: CellValue[] = ["镇街", "2024年", "2025年"]) =>
  sheetOf("附件", [
    [title, null, null],
    header,
    ["中山路街道", 30, 50],
    ["胜利路街道", 20, 50],
    ["合计", 50, 100],
  ]);

describe("plan targets find the table by the indicator before the brackets", () => {
  test.each([
    "永川区科技型企业培育任务分解表（2023—2027年）",
    "科技型企业培育任务分解表（截至9月底）",
    "科技型企业培育任务分解表（单位：家）",
  ])("%s: the 目标 sheet's 科技型企业 target is compared and not met", (title) => {
    const report = checkWorkbook({ sheets: [targetSheet, tableUnder(title)] });
    expect(report.tables[0].indicators).toEqual(["科技型企业"]);
    expect(
      report.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected, f.actual])
    ).toEqual([["target-not-met", "error", "附件", "C5", 100, 100]]);
    expect(report.targets?.map((o) => o.status)).toEqual(["not-met"]);
  });

  test("a title carrying its unit in brackets keeps the unit and the title", () => {
    const report = checkWorkbook({
      sheets: [tableUnder("科技型企业培育任务分解表（单位：家）")],
    });
    expect(report.tables[0]).toMatchObject({
      title: "科技型企业培育任务分解表",
      unitOfMeasure: "家",
    });
  });

  test("an indicator group header with a bracketed unit", () => {
    const report = checkWorkbook({
      sheets: [
        targetSheet,
        sheetOf(
          "附件",
          [
            ["镇街", "科技型企业（单位：家）", null],
            [null, "2024年", "2025年"],
            ["中山路街道", 30, 50],
            ["胜利路街道", 20, 50],
            ["合计", 50, 100],
          ],
          { mergeRanges: ["B1:C1", "A1:A2"] }
        ),
      ],
    });
    expect(report.tables[0].indicators).toEqual(["科技型企业"]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["target-not-met", "C5"]]);
  });
});
