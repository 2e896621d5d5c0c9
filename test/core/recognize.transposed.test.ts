/**
 * Transposed tables (issue 9): periods as rows, units as columns. The seed tables turned round (rows and columns
 * swapped here, independently of the core's own transposition) give the same findings, cell for cell swapped,
 * as the originals — every per-unit rule follows each unit down the periods.
 */
import { checkWorkbook } from "../../src/core/check";
import { areaAddress, columnIndex, columnLetters, parseArea } from "../../src/core/a1";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Finding } from "../../src/core/model";
import { sheetOf } from "../support/gridBuilder";
import { seedGrid } from "../support/seeds";

const TARGET_SHEET = "目标";

function swap<T>(rows: T[][] | undefined, fill: T): T[][] | undefined {
  if (!rows) return undefined;
  const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r?.[c] ?? fill));
}

const swapRef = (ref: string) =>
  ref.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (_w, dc: string, letters: string, dr: string, digits: string) =>
      `${dr}${columnLetters(Number(digits) - 1)}${dc}${columnIndex(letters) + 1}`
  );

function turned(sheet: SheetGrid): SheetGrid {
  return {
    name: sheet.name,
    top: sheet.left,
    left: sheet.top,
    values: swap<CellValue>(sheet.values, null)!,
    formulas: swap(sheet.formulas, null)?.map((r) => r.map((f) => (f ? swapRef(f) : f))),
    numberFormats: swap(sheet.numberFormats, null),
    merges: sheet.merges?.map((m) => ({
      top: m.left,
      left: m.top,
      bottom: m.right,
      right: m.bottom,
    })),
    hiddenRows: sheet.hiddenColumns,
    hiddenColumns: sheet.hiddenRows,
  };
}

const swapArea = (a: string) => {
  const area = parseArea(a)!;
  return areaAddress({ top: area.left, left: area.top, bottom: area.right, right: area.bottom });
};

const shape = (f: Finding, swapped: boolean) => ({
  rule: f.rule,
  severity: f.severity,
  sheet: f.sheet,
  cell: swapped ? swapArea(f.cell) : f.cell,
  expected: f.expected,
  actual: f.actual,
  related: f.related?.map((r) => (swapped ? swapArea(r) : r)),
  table: f.table && (swapped ? swapArea(f.table) : f.table),
  light: f.light,
});

describe.each(["yongchuan.xlsx", "beibei.xlsx", "liangping.xlsx"])("%s turned round", (file) => {
  let original: WorkbookGrid;
  beforeAll(async () => {
    original = await seedGrid(file);
  });

  test("the same findings, cell for cell transposed, and the same tables", () => {
    // The 目标 sheet is a list, not a table: it stays as it is.
    const transposed: WorkbookGrid = {
      sheets: original.sheets.map((s) => (s.name === TARGET_SHEET ? s : turned(s))),
    };
    const options = { asOf: "2024-06-30" };
    const before = checkWorkbook(original, options);
    const after = checkWorkbook(transposed, options);
    const fromTable = (f: Finding) => f.sheet !== TARGET_SHEET;
    expect(after.findings.filter(fromTable).map((f) => shape(f, true))).toEqual(
      before.findings.filter(fromTable).map((f) => shape(f, false))
    );
    expect(after.findings.filter((f) => !fromTable(f))).toEqual(
      before.findings.filter((f) => !fromTable(f))
    );
    expect(after.tables.map((t) => [swapArea(t.range), t.transposed, t.indicators])).toEqual(
      before.tables.map((t) => [t.range, true, t.indicators])
    );
    expect(after.tables.flatMap((t) => t.sums.map((s) => swapArea(s.cell)))).toEqual(
      before.tables.flatMap((t) => t.sums.map((s) => s.cell))
    );
  });
});

describe("a small table with years down the side", () => {
  const rows: CellValue[][] = [
    ["科技型企业培育任务分解表", null, null, null],
    ["年度", "中山路街道", "胜利路街道", "合计"],
    ["2024年", 10, 20, 30],
    ["2025年", 8, 25, 33],
    ["2026年", 16, 50, 66],
  ];

  test("units are the columns: the decrease is 中山路街道's, from 2024 to 2025, and the 合计 is checked", () => {
    const report = checkWorkbook({ sheets: [sheetOf("表", rows, { mergeRanges: ["A1:D1"] })] });
    expect(report.tables.map((t) => [t.range, t.transposed, t.title])).toEqual([
      ["A2:D5", true, "科技型企业培育任务分解表"],
    ]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toContainEqual(["target-decrease", "B4"]);
    expect(report.findings.map((f) => f.rule)).not.toContain("sum-mismatch");
  });

  test("a wrong 合计 in one period is reported at its cell", () => {
    const wrong = rows.map((r) => [...r]);
    wrong[3][3] = 34;
    const report = checkWorkbook({ sheets: [sheetOf("表", wrong)] });
    expect(
      report.findings
        .filter((f) => f.rule === "sum-mismatch")
        .map((f) => [f.cell, f.expected, f.actual])
    ).toEqual([["D4", 33, 34]]);
  });
});
