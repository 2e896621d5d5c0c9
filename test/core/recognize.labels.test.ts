/**
 * Labels decide structure (issue 9): a table with a 合计 row, named units and a header is judged on that
 * structure however many of its totals are wrong, and every wrong total is reported. Where a block with the
 * labels of a table still cannot be read, it is a `table-unverified` warning — never silently clean.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import { renderFinding } from "../../src/i18n";
import { sheetOf } from "../support/gridBuilder";

const units: [string, number, number, number][] = [
  ["中山路街道", 10, 20, 30],
  ["胜利路街道", 20, 20, 30],
  ["朱沱镇", 5, 6, 7],
];
const header = ["镇街", "2024年", "2025年", "2026年"];
const title = ["科技型企业培育任务分解表", null, null, null];

const findingsOf = (rows: CellValue[][], extra = {}) =>
  checkWorkbook({ sheets: [sheetOf("表", rows, extra)] }).findings.map((f) => [
    f.rule,
    f.severity,
    f.cell,
    f.expected ?? null,
    f.actual ?? null,
  ]);

/** The table with a typed 合计 row. */
const typed = (total: CellValue[]): CellValue[][] => [title, header, ...units, ["合计", ...total]];

/** The same with `=SUM` totals whose cached values are the given ones. */
const withFormulas = (total: number[]) => ({
  rows: typed(total),
  extra: {
    formulas: [
      [null],
      [null],
      [null],
      [null],
      [null],
      [null, "SUM(B3:B5)", "SUM(C3:C5)", "SUM(D3:D5)"],
    ],
  },
});

describe("a 合计 row is judged on its labels however many totals are wrong", () => {
  test.each([
    ["none wrong", [35, 46, 67], []],
    ["1 of 3 wrong", [35, 47, 67], [["sum-mismatch", "error", "C6", 46, 47]]],
    [
      "2 of 3 wrong",
      [35, 47, 68],
      [
        ["sum-mismatch", "error", "C6", 46, 47],
        ["sum-mismatch", "error", "D6", 67, 68],
      ],
    ],
    [
      "all 3 wrong",
      [36, 47, 60],
      [
        ["sum-mismatch", "error", "B6", 35, 36],
        ["sum-mismatch", "error", "C6", 46, 47],
        ["sum-mismatch", "error", "D6", 67, 60],
      ],
    ],
  ])("typed totals, %s", (_name, total, expected) => {
    expect(findingsOf(typed(total))).toEqual(expected);
  });

  test.each([
    ["1 of 3 wrong", [35, 47, 67], ["C6"]],
    ["2 of 3 wrong", [35, 47, 68], ["C6", "D6"]],
    ["all 3 wrong", [36, 47, 68], ["B6", "C6", "D6"]],
  ])("formula totals with wrong cached values, %s", (_name, total, cells) => {
    const { rows, extra } = withFormulas(total);
    const sums = findingsOf(rows, extra).filter(([rule]) => rule === "sum-mismatch");
    expect(sums.map(([, , cell]) => cell)).toEqual(cells);
  });

  test("a 合计 right under the header (totals first), 2 of 3 wrong", () => {
    expect(findingsOf([title, header, ["合计", 35, 47, 68], ...units])).toEqual([
      ["sum-mismatch", "error", "C3", 46, 47],
      ["sum-mismatch", "error", "D3", 67, 68],
    ]);
  });

  test("subtotals: every wrong subtotal and total is reported", () => {
    const rows: CellValue[][] = [
      title,
      header,
      ["中山路街道", 10, 20, 30],
      ["胜利路街道", 20, 20, 30],
      ["城区小计", 31, 41, 61],
      ["朱沱镇", 5, 6, 7],
      ["吉安镇", 1, 1, 1],
      ["镇小计", 6, 8, 9],
      ["合计", 36, 47, 70],
    ];
    expect(findingsOf(rows)).toEqual([
      ["sum-mismatch", "error", "B5", 30, 31],
      ["sum-mismatch", "error", "C5", 40, 41],
      ["sum-mismatch", "error", "D5", 60, 61],
      ["sum-mismatch", "error", "C8", 7, 8],
      ["sum-mismatch", "error", "D8", 8, 9],
      ["sum-mismatch", "error", "D9", 68, 70],
    ]);
  });

  test("the CLI text summary reports the table and its errors, not 未发现问题", () => {
    const report = checkWorkbook({ sheets: [sheetOf("表", typed([35, 47, 68]))] });
    expect(report.tables.map((t) => t.range)).toEqual(["A2:D6"]);
    expect(report.findings.filter((f) => f.severity === "error")).toHaveLength(2);
  });
});

describe("a block with the labels of a table that cannot be read is table-unverified", () => {
  test("categories with their own figures and no 小计 word: the total is half the rows' sum", () => {
    const rows: CellValue[][] = [
      title,
      header,
      ["城区", 30, 40, 60],
      ["中山路街道", 10, 20, 30],
      ["胜利路街道", 20, 20, 30],
      ["镇", 6, 7, 8],
      ["朱沱镇", 5, 6, 7],
      ["吉安镇", 1, 1, 1],
      ["合计", 36, 47, 68],
    ];
    const report = checkWorkbook({ sheets: [sheetOf("表", rows)] });
    expect(report.tables).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.related, f.table])).toEqual([
      ["table-unverified", "warning", "B9", ["B9:D9"], "A2:D9"],
    ]);
    expect(renderFinding(report.findings[0], "zh-CN")).toContain("一半");
  });

  test("a 合计 far off its units in every column adds up something else", () => {
    const report = checkWorkbook({ sheets: [sheetOf("表", typed([350, 4.6, 1000]))] });
    expect(report.tables).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.cell, f.related])).toEqual([
      ["table-unverified", "B6", ["B6:D6"]],
    ]);
    expect(renderFinding(report.findings[0], "zh-CN")).toContain("相差一半以上");
  });

  test("a 合计 row with no header and sums that do not agree", () => {
    const rows: CellValue[][] = [
      ["中山路街道", 10, 20, 30],
      ["胜利路街道", 20, 20, 30],
      ["合计", 1, 2, 3],
    ];
    const report = checkWorkbook({ sheets: [sheetOf("表", rows)] });
    expect(report.tables).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.cell, f.related])).toEqual([
      ["table-unverified", "B3", ["B3:D3"]],
    ]);
    expect(renderFinding(report.findings[0], "zh-CN")).toMatch(/上方没有表头.*上方各行.*未校验/);
  });

  test("a 合计 row with numbers and nothing around it", () => {
    const report = checkWorkbook({ sheets: [sheetOf("表", [["合计", 1, 2, 3]])] });
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["table-unverified", "B1"]]);
    expect(renderFinding(report.findings[0], "zh-CN")).toContain("没有找到各单位的行");
  });

  test("English messages", () => {
    const report = checkWorkbook({ sheets: [sheetOf("t", [["Total", 1, 2, 3]])] });
    expect(renderFinding(report.findings[0], "en-US")).toMatch(/no unit rows found.*not checked/);
  });
});
