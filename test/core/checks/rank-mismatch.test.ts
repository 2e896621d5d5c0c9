import { notANumber } from "../../../src/core/checks/not-a-number";
import { rankMismatch } from "../../../src/core/checks/rank-mismatch";
import type { CellValue } from "../../../src/core/grid";
import { dispatchSheet } from "../../support/rateDispatch";
import { sheetOf } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";

/** The dispatch table's rank column (H4:H8) as the officer wrote it. */
const ranks = (values: number[], options = {}) =>
  dispatchSheet("8月", {
    ...options,
    edits: Object.fromEntries(values.map((v, i) => [`H${4 + i}`, v])),
  });

const brief = (findings: ReturnType<typeof runRule>) =>
  findings.map((f) => [f.cell, f.severity, f.expected, f.actual, f.message]);

describe("rank-mismatch", () => {
  // Rates: 中山路 80%, 胜利路 60%, 南大街 40%, 茶山竹海 80%, 大安 50%.
  test("ties as Excel's RANK writes them (1, 1, 3 …) and as officers' dense ranks (1, 1, 2 …) are both right", () => {
    expect(runRule(rankMismatch, ranks([1, 3, 5, 1, 4]))).toEqual([]);
    expect(runRule(rankMismatch, ranks([1, 2, 4, 1, 3]))).toEqual([]);
    expect(runRule(rankMismatch, dispatchSheet("8月", { denseRanks: true }))).toEqual([]);
    expect(runRule(rankMismatch, dispatchSheet("8月", { storage: "points" }))).toEqual([]);
  });

  test("ranks written as words (并列1, 第5名) are ranks, not slips of not-a-number", () => {
    const written = (south: string) =>
      dispatchSheet("8月", { edits: { H4: 1, H5: 3, H6: south, H7: "并列1", H8: "4" } });
    expect(runRule([rankMismatch, notANumber], written("第5名"))).toEqual([]);
    expect(
      runRule([rankMismatch, notANumber], written("第4名")).map((f) => [f.rule, f.cell, f.expected])
    ).toEqual([["rank-mismatch", "H6", 5]]);
  });

  test("two units swapped: both rank cells, against the rate they rank", () => {
    expect(brief(runRule(rankMismatch, ranks([1, 3, 4, 1, 5])))).toEqual([
      [
        "H6",
        "warning",
        5,
        4,
        "南大街街道科技型企业排名为4，按科技型企业完成率（40.0%）从高到低应为5（并列者名次相同，其后名次顺延，如1、2、2、4）",
      ],
      [
        "H8",
        "warning",
        4,
        5,
        "大安街道科技型企业排名为5，按科技型企业完成率（50.0%）从高到低应为4（并列者名次相同，其后名次顺延，如1、2、2、4）",
      ],
    ]);
  });

  test("not a ranking 1..n: a rank given twice without a tie", () => {
    expect(brief(runRule(rankMismatch, ranks([1, 3, 4, 1, 4])))).toEqual([
      [
        "H6",
        "warning",
        5,
        4,
        "南大街街道科技型企业排名为4，按科技型企业完成率（40.0%）从高到低应为5（并列者名次相同，其后名次顺延，如1、2、2、4）",
      ],
    ]);
  });

  test("a tie broken on one side only: the dense reading is the closer one and says so", () => {
    // 1, 1, 2, 4, 3 — dense everywhere but 南大街 (should be 4 after 1, 1, 2, 3).
    expect(brief(runRule(rankMismatch, ranks([1, 2, 5, 1, 3])))).toEqual([
      [
        "H6",
        "warning",
        4,
        5,
        "南大街街道科技型企业排名为5，按科技型企业完成率（40.0%）从高到低应为4（并列者名次相同，其后名次连续，如1、2、2、3）",
      ],
    ]);
  });

  test("a rank that follows another number of the table (the cumulative actual) is that ranking", () => {
    // Actuals 80, 48, 20, 16, 30.
    expect(runRule(rankMismatch, ranks([1, 2, 4, 5, 3]))).toEqual([]);
  });

  test("without ties: no word about them", () => {
    const units: [string, number, number][] = [
      ["中山路街道", 100, 90],
      ["胜利路街道", 100, 70],
      ["南大街街道", 100, 80],
    ];
    const sheet = dispatchSheet("8月", { units, edits: { H4: 1, H5: 2, H6: 3 } });
    expect(runRule(rankMismatch, sheet).map((f) => [f.cell, f.message])).toEqual([
      ["H5", "胜利路街道科技型企业排名为2，按科技型企业完成率（70.0%）从高到低应为3"],
      ["H6", "南大街街道科技型企业排名为3，按科技型企业完成率（80.0%）从高到低应为2"],
    ]);
  });

  test("ranks within each category (A类/B类 with 小计) are right too", () => {
    const rows: CellValue[][] = [
      ["2024年1-8月高新技术企业培育调度表", null, null, null, null, null],
      ["类别", "镇街", "全年目标", "1-8月完成", "完成率", "排名"],
      ["A类", "中山路街道", 10, 8, 0.8, 1],
      [null, "胜利路街道", 10, 5, 0.5, 2],
      ["A类小计", null, 20, 13, 0.65, null],
      ["B类", "南大街街道", 10, 9, 0.9, 1],
      [null, "大安街道", 10, 2, 0.2, 2],
      ["B类小计", null, 20, 11, 0.55, null],
      ["合计", null, 40, 24, 0.6, null],
    ];
    const sheet = sheetOf("8月", rows, { mergeRanges: ["A3:A4", "A6:A7"] });
    expect(runRule(rankMismatch, sheet)).toEqual([]);
    rows[3][5] = 1;
    expect(
      runRule(rankMismatch, sheetOf("8月", rows, { mergeRanges: ["A3:A4", "A6:A7"] })).map(
        (f) => f.cell
      )
    ).toEqual(["F4"]);
  });

  test("en-US", () => {
    expect(runRule(rankMismatch, ranks([1, 3, 5, 1, 5]), "en-US").map((f) => f.message)).toEqual([
      "大安街道 科技型企业排名: 5, but by 科技型企业完成率 (50.0%) from high to low it is 4 (ties share a rank and the next rank skips, as 1, 2, 2, 4)",
    ]);
  });
});
