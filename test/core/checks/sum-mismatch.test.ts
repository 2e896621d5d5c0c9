import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { checkRendered } from "../../support/rules";

const check = (...sheets: SheetGrid[]) => checkRendered({ sheets });

describe("sum-mismatch on variants of the seed layouts", () => {
  test("a correct table gives no finding; one wrong cell gives exactly one, with the numbers", () => {
    const clean = yongchuanLike(
      [
        ["中山路街道", 709, 815],
        ["胜利路街道", 3863, 4443],
      ],
      [4572, 5258]
    );
    expect(check(sheetOf("附件1", clean)).findings).toEqual([]);
    const wrong = yongchuanLike(
      [
        ["中山路街道", 709, 815],
        ["胜利路街道", 3863, 4443],
      ],
      [4572, 5259]
    );
    const [finding] = check(sheetOf("附件1", wrong)).findings;
    expect(finding).toMatchObject({
      cell: "D7",
      expected: 5258,
      actual: 5259,
      difference: 1,
      message: "2024年合计5259，但各单位之和为5258，相差+1",
    });
  });

  test.each(["合  计", "合　计", "总计", "全区合计", "Total", "TOTAL"])(
    "the total label %p is recognized",
    (label) => {
      const rows = yongchuanLike(
        [
          ["a", 1],
          ["b", 2],
        ],
        [4],
        label
      );
      const report = check(sheetOf("s", rows));
      expect(report.tables).toHaveLength(1);
      expect(report.findings.map((f) => f.cell)).toEqual(["C7"]);
    }
  );

  test("subtotals add up their group, the grand total counts each unit once", () => {
    const rows: CellValue[][] = [
      ["序号", "单位", "2025年"],
      [1, "高新区", 10],
      [2, "港桥园区", 20],
      [null, "园区小计", 30],
      [1, "中山路街道", 5],
      [2, "胜利路街道", 7],
      [null, "镇街小计", 13],
      [null, "合计", 42],
    ];
    const report = check(sheetOf("s", rows));
    const [table] = report.tables;
    expect(table.subtotalRows).toEqual([4, 7]);
    expect(table.totalRows).toEqual([8]);
    expect(table.sums).toEqual([
      { cell: "C4", members: ["C2:C3"] },
      { cell: "C7", members: ["C5:C6"] },
      { cell: "C8", members: ["C2:C3", "C5:C6"] },
    ]);
    // 镇街小计 says 13 where 5 + 7 = 12; the grand total 42 = 30 + 12 is right.
    expect(report.findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([["C7", 12, 13]]);
  });

  test("其中 rows break down the row above and are not added again", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年"],
      ["高新区", 100],
      ["其中：高新技术企业", 60],
      ["镇街", 50],
      ["合计", 150],
    ];
    const report = check(sheetOf("s", rows));
    expect(report.findings).toEqual([]);
    expect(report.tables[0].unitRows).toEqual([2, 4]);
  });

  test("a table away from A1, with blank rows inside, a merged total label and notes below", () => {
    const sheet: SheetGrid = {
      name: "表",
      top: 5,
      left: 3,
      values: [
        ["高新技术企业培育目标任务分解", null, null, null],
        ["类型", "街镇", "2023年", "2024年"],
        ["A类", "天生街道", 11, 12],
        [null, null, null, null],
        [null, "朝阳街道", 1, 2],
        ["合计", null, 12, 15],
        ["注：数据来源于区科技局", null, null, null],
      ],
      merges: [
        { top: 10, left: 3, bottom: 10, right: 4 },
        { top: 7, left: 3, bottom: 9, right: 3 },
      ],
    };
    const report = check(sheet);
    const [table] = report.tables;
    expect(table).toMatchObject({
      range: "D7:G11",
      labelColumn: "E",
      unitRows: [8, 10],
      totalRows: [11],
      title: "高新技术企业培育目标任务分解",
    });
    expect(report.findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([["G11", 14, 15]]);
  });

  test("two tables on one sheet are checked separately", () => {
    const first = yongchuanLike(
      [
        ["a", 1],
        ["b", 2],
      ],
      [3]
    );
    const second = yongchuanLike(
      [
        ["c", 5],
        ["d", 5],
      ],
      [11]
    );
    const report = check(sheetOf("s", [...first, [], [], ...second]));
    expect(report.tables.map((t) => t.range)).toEqual(["A4:C7", "A13:C16"]);
    expect(report.findings.map((f) => f.cell)).toEqual(["C16"]);
  });

  test("numbers typed as text are read as the numbers they show (the total was typed from them)", () => {
    const rows = yongchuanLike(
      [
        ["a", "709 "],
        ["b", "1,234"],
        ["c", "１２３"],
        ["d", "/"],
      ],
      [2066]
    );
    // Each is a number-as-text warning (cellKinds.test.ts), but the typed total agrees with them.
    expect(check(sheetOf("s", rows)).findings.filter((f) => f.rule === "sum-mismatch")).toEqual([]);
  });

  test("decimals compare at the precision shown", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年"],
      ["a", 1.004],
      ["b", 2.004],
      ["合计", 3.01],
    ];
    const formats = rows.map((r) => r.map(() => "0.00"));
    expect(check(sheetOf("s", rows, { numberFormats: formats })).findings).toEqual([]);
    const off = rows.map((r) => [...r]);
    off[3][1] = 3.03;
    const [finding] = check(sheetOf("s", off, { numberFormats: formats })).findings;
    expect(finding).toMatchObject({ expected: 3.01, actual: 3.03, difference: 0.02 });
  });

  test("rate columns are never summed", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年目标", "完成", "完成率"],
      ["a", 10, 5, 0.5],
      ["b", 10, 10, 1],
      ["合计", 20, 15, 0.75],
    ];
    const report = check(sheetOf("s", rows));
    // (An undated actual column gets an info asking for the as-of date: progress.test.ts.)
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.tables[0].periods.map((p) => p.kind)).toEqual(["target", "actual", "rate"]);
    expect(report.tables[0].sums.map((s) => s.cell)).toEqual(["B4", "C4"]);
  });

  test("a formula total is compared through its cached value", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年"],
      ["a", 1],
      ["b", 2],
      ["合计", 3],
    ];
    const formulas = [
      [null, null],
      [null, null],
      [null, null],
      [null, "=SUM(B2:B3)"],
    ];
    expect(check(sheetOf("s", rows, { formulas })).findings).toEqual([]);
  });

  test("error values and approximate text stay inside the table: no sum alarm, each cell reported as not a number", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年"],
      ["a", { error: "#REF!" }],
      ["b", "约30"],
      ["c", 2],
      ["合计", 2],
    ];
    expect(() => check(sheetOf("s", rows))).not.toThrow();
    const report = check(sheetOf("s", rows));
    expect(report.tables[0].unitRows).toEqual([2, 3, 4]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["not-a-number", "B2"],
      ["not-a-number", "B3"],
    ]);
  });

  test("English tables: Subtotal and Total rows", () => {
    const rows: CellValue[][] = [
      ["Region", "2023", "2024"],
      ["North", 1, 2],
      ["South", 3, 4],
      ["Subtotal", 4, 6],
      ["East", 5, 5],
      ["Total", 9, 12],
    ];
    const report = checkRendered({ sheets: [sheetOf("s", rows)] }, {}, "en-US");
    expect(report.tables[0].subtotalRows).toEqual([4]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        cell: "C6",
        expected: 11,
        actual: 12,
        message: "2024 Total is 12 but its units add up to 11 (difference +1)",
      }),
    ]);
  });

  test("a sheet without a total row yields no table and no finding of sums", () => {
    const report = check(
      sheetOf("目标", [
        ["指标", "期间", "条件", "目标值"],
        ["高新技术企业", "2025", "超过", 420],
      ])
    );
    expect(report.tables).toEqual([]);
    // Only a note that the 目标 sheet's target has no table to be checked against.
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["target-not-met", "info", "A2"],
    ]);
  });
});
