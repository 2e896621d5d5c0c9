/**
 * Layouts officers really send, built from the seed tables the way they vary them: each asserts what the
 * recognizer reads (ranges, unit/total/subtotal rows, periods and kinds, sums) and that sum-mismatch is right.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { sheetOf } from "../support/gridBuilder";
import { renderFinding } from "../../src/i18n";

const read = (sheet: SheetGrid) => {
  const report = checkWorkbook({ sheets: [sheet] });
  return { tables: report.tables, sums: report.findings.filter((f) => f.rule === "sum-mismatch") };
};

describe("layouts officers send", () => {
  test("全区合计 first, right under the header (totals-first)", () => {
    const { tables, sums } = read(
      sheetOf("表", [
        ["镇街", "2024年", "2025年"],
        ["全区合计", 30, 41],
        ["中山路街道", 10, 20],
        ["胜利路街道", 20, 20],
      ])
    );
    expect(tables[0]).toMatchObject({ range: "A1:C4", totalRows: [2], unitRows: [3, 4] });
    expect(tables[0].sums).toEqual([
      { cell: "B2", members: ["B3:B4"] },
      { cell: "C2", members: ["C3:C4"] },
    ]);
    expect(sums.map((f) => [f.cell, f.expected, f.actual])).toEqual([["C2", 40, 41]]);
  });

  test("quarters with a 合计 column and a 合计 row (梁平): column totals are checked across", () => {
    const { tables, sums } = read(
      sheetOf("附件", [
        ["梁平区2024年高企、科企“双倍增”计划指导表", null, null, null, null, null, null],
        ["序号", "乡镇(街道)", "一季度", "二季度", "三季度", "四季度", "合计"],
        [1, "高新区管委会", 0, 8, 8, 10, 26],
        [2, "双桂街道", 0, 4, 4, 4, 13],
        [3, "梁山街道", 0, 3, 2, 2, 7],
        [4, "大观镇", 0, 0, 0, 1, 1],
        [null, "合计", 0, 15, 14, 17, 47],
      ])
    );
    const [table] = tables;
    expect(table.periods.map((p) => `${p.period}:${p.kind}`)).toEqual([
      "2024Q1:target",
      "2024Q2:target",
      "2024Q3:target",
      "2024Q4:target",
      "2024:total",
    ]);
    expect(table.sums.filter((s) => s.cell.startsWith("G"))).toEqual([
      { cell: "G7", members: ["G3:G6"] },
      ...[3, 4, 5, 6, 7].map((r) => ({ cell: `G${r}`, members: [`C${r}:F${r}`] })),
    ]);
    // 双桂街道's quarters add up to 12, not 13 — and so the 合计 row's 合计 is one more than its quarters.
    expect(sums.map((f) => [f.cell, renderFinding(f)])).toEqual([
      ["G4", "双桂街道合计13，但一季度至四季度之和为12，相差+1"],
      ["G7", "合计合计47，但一季度至四季度之和为46，相差+1"],
    ]);
  });

  test("categories merged down, 小计 per category, serials restarting (北碚 with subtotals)", () => {
    const rows: CellValue[][] = [
      ["类型", "序号", "街镇", "2025年目标数"],
      ["A类镇街", 1, "天生街道", 14],
      [null, 2, "朝阳街道", 2],
      [null, null, "A类小计", 16],
      ["B类镇街", 1, "澄江镇", 9],
      [null, 2, "静观镇", 2],
      [null, null, "B类小计", 11],
      ["合计", null, null, 27],
    ];
    const { tables, sums } = read(
      sheetOf("附件", rows, { mergeRanges: ["A2:A4", "A5:A7", "A8:C8"] })
    );
    expect(tables[0]).toMatchObject({
      range: "A1:D8",
      labelColumn: "C",
      unitRows: [2, 3, 5, 6],
      subtotalRows: [4, 7],
      totalRows: [8],
    });
    expect(tables[0].sums).toEqual([
      { cell: "D4", members: ["D2:D3"] },
      { cell: "D7", members: ["D5:D6"] },
      { cell: "D8", members: ["D2:D3", "D5:D6"] },
    ]);
    expect(sums).toEqual([]);
  });

  test("category-only rows (一、园区 / 二、镇街) are not units", () => {
    const { tables } = read(
      sheetOf("s", [
        ["单位", "2024年"],
        ["一、园区", null],
        ["高新区", 5],
        ["二、镇街", null],
        ["中山路街道", 7],
        ["合计", 12],
      ])
    );
    expect(tables[0].unitRows).toEqual([3, 5]);
  });

  test("a hidden unit row is still a unit (Excel's SUM counts hidden rows)", () => {
    const { tables, sums } = read(
      sheetOf(
        "s",
        [
          ["单位", "2024年"],
          ["a", 5],
          ["b", 7],
          ["合计", 12],
        ],
        { hiddenRows: [2] }
      )
    );
    expect(tables[0].unitRows).toEqual([2, 3]);
    expect(sums).toEqual([]);
  });

  test("progress bulletin: 全年目标, 1-6月完成, 完成率 — rates are never summed", () => {
    const { tables, sums } = read(
      sheetOf("通报", [
        ["2024年1-6月高新技术企业培育进度", null, null, null],
        ["单位", "全年目标", "1-6月完成", "完成率"],
        ["高新区", 100, 60, 0.6],
        ["港桥园区", 50, 10, 0.2],
        ["合计", 150, 70, 0.4667],
      ])
    );
    expect(tables[0].periods.map((p) => `${p.column}:${p.period}:${p.kind}`)).toEqual([
      "B:2024:target",
      "C:2024-1-6月:actual",
      "D:2024:rate",
    ]);
    expect(tables[0].sums.map((s) => s.cell)).toEqual(["B5", "C5"]);
    expect(sums).toEqual([]);
  });

  test("two indicator groups side by side, each with its own 合计 column", () => {
    const rows: CellValue[][] = [
      ["单位", "高新技术企业", null, null, "科技型企业", null, null],
      [null, "上半年", "下半年", "合计", "上半年", "下半年", "合计"],
      ["a", 1, 2, 3, 10, 20, 30],
      ["b", 2, 2, 4, 5, 5, 11],
      ["c", 1, 1, 2, 3, 4, 7],
      ["d", 0, 3, 3, 2, 2, 4],
      ["合计", 4, 8, 12, 20, 31, 52],
    ];
    const { tables, sums } = read(sheetOf("s", rows, { mergeRanges: ["B1:D1", "E1:G1", "A1:A2"] }));
    expect(tables[0].indicators).toEqual(["高新技术企业", "科技型企业"]);
    expect(tables[0].sums.filter((s) => /^[DG][34]$/.test(s.cell))).toEqual([
      { cell: "D3", members: ["B3:C3"] },
      { cell: "D4", members: ["B4:C4"] },
      { cell: "G3", members: ["E3:F3"] },
      { cell: "G4", members: ["E4:F4"] },
    ]);
    expect(sums.map((f) => f.cell).sort()).toEqual(["G4", "G7"]);
  });

  test("a unit line in the header (研发投入（万元）) and notes below the table", () => {
    const { tables } = read(
      sheetOf("s", [
        ["研发投入任务分解", null],
        ["单位", "研发投入（万元）"],
        ["a", 5],
        ["b", 6],
        ["合计", 11],
        ["注：以统计部门数据为准。", null],
      ])
    );
    expect(tables[0]).toMatchObject({
      range: "A2:B5",
      title: "研发投入任务分解",
      unitRows: [3, 4],
    });
  });

  test("a blank spacer column inside the table", () => {
    const { tables, sums } = read(
      sheetOf("s", [
        ["单位", "2024年", null, "2025年"],
        ["a", 1, null, 2],
        ["b", 2, null, 3],
        ["合计", 3, null, 6],
      ])
    );
    expect(tables[0].periods.map((p) => p.column)).toEqual(["B", "D"]);
    expect(sums.map((f) => f.cell)).toEqual(["D4"]);
  });

  test("English statistics layout: Total row first, Total column left of its parts", () => {
    const { tables, sums } = read(
      sheetOf("Table 7", [
        ["Age", "Total", "Male", "Female"],
        ["Total", 60, 28, 32],
        ["Under 18", 20, 9, 11],
        ["18 and over", 40, 19, 21],
      ])
    );
    const cells = tables[0].sums.map((s) => `${s.cell}=${s.members.join("+")}`);
    expect(cells).toEqual(
      expect.arrayContaining([
        "B2=B3:B4",
        "C2=C3:C4",
        "D2=D3:D4",
        "B2=C2:D2",
        "B3=C3:D3",
        "B4=C4:D4",
      ])
    );
    expect(sums).toEqual([]);
  });

  test("nested total columns: 合计 = 园区小计 + 镇街, 园区小计 = its two parks", () => {
    const rows: CellValue[][] = [
      ["单位", "园区", null, null, "镇街", "合计"],
      [null, "高新区", "港桥园区", "小计", null, null],
      ["2024年", 3, 4, 7, 5, 12],
      ["2025年", 4, 4, 8, 6, 14],
    ];
    const { tables } = read(
      sheetOf("s", rows, { mergeRanges: ["B1:D1", "A1:A2", "E1:E2", "F1:F2"] })
    );
    // Years run down the side, so the table is read turned round (issue 9): 合计 adds every unit once
    // (the two parks and 镇街), 小计 its two parks — the same arithmetic as 园区小计 + 镇街.
    const byCell = Object.fromEntries(tables[0].sums.map((s) => [s.cell, s.members.join("+")]));
    expect(tables[0].transposed).toBe(true);
    expect(byCell).toMatchObject({ D3: "B3:C3", F3: "B3:C3+E3", D4: "B4:C4", F4: "B4:C4+E4" });
  });

  test("a bulletin's bare 1-6月 column is what was achieved; a #REF! total keeps its column in the table", () => {
    const { tables } = read(
      sheetOf("s", [
        ["单位", "2024年目标", "1-6月", "截至6月完成"],
        ["a", 10, 4, 4],
        ["b", 20, 12, 12],
        ["合计", 30, { error: "#REF!" }, 16],
      ])
    );
    expect(tables[0].periods.map((p) => `${p.column}:${p.kind}`)).toEqual([
      "B:target",
      "C:actual",
      "D:actual",
    ]);
  });

  test("a table far from A1 with a header of bare years as numbers", () => {
    const sheet: SheetGrid = {
      name: "s",
      top: 10,
      left: 5,
      values: [
        ["Region", 2023, 2024],
        ["North", 1, 2],
        ["South", 3, 4],
        ["Total", 4, 7],
      ],
    };
    const { tables, sums } = read(sheet);
    expect(tables[0]).toMatchObject({
      range: "F11:H14",
      labelColumn: "F",
      unitRows: [12, 13],
      totalRows: [14],
    });
    expect(sums.map((f) => f.cell)).toEqual(["H14"]);
  });

  test("a total whose members do not add up in any column is not believed (no false alarm)", () => {
    // The 合计 here is of a different breakdown than the rows above (a copy-paste from another sheet).
    const { tables, sums } = read(
      sheetOf("s", [
        ["单位", "2023年", "2024年", "2025年"],
        ["a", 1, 2, 3],
        ["b", 2, 3, 4],
        ["合计", 30, 50, 70],
      ])
    );
    expect(tables).toEqual([]);
    expect(sums).toEqual([]);
  });
});
