import { progressDecrease } from "../../../src/core/checks/progress-decrease";
import { rankMismatch } from "../../../src/core/checks/rank-mismatch";
import { rateMismatch } from "../../../src/core/checks/rate-mismatch";
import type { CellValue } from "../../../src/core/grid";
import { dispatchSheet, type PercentStorage } from "../../support/rateDispatch";
import { sheetOf } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";

const brief = (findings: ReturnType<typeof runRule>) =>
  findings.map((f) => ({
    cell: f.cell,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    message: f.message,
  }));

describe("rate-mismatch", () => {
  test.each<PercentStorage>(["fraction", "points", "text"])(
    "a clean dispatch table (rates stored as %s) gives no finding of the three rules",
    (storage) => {
      const sheet = dispatchSheet("8月", { storage });
      expect(runRule([rateMismatch, rankMismatch, progressDecrease], sheet)).toEqual([]);
    }
  );

  test("rates as fractions under 0.0%: a unit's rate, the total's average of rates, a time progress, a gap", () => {
    const sheet = dispatchSheet("8月", {
      edits: { E5: 0.65, E9: 0.63, F8: 0.6, G6: -16.7 },
    });
    const findings = runRule(rateMismatch, sheet);
    expect(findings.every((f) => f.rule === "rate-mismatch" && f.severity === "error")).toBe(true);
    expect(brief(findings)).toEqual([
      {
        cell: "E5",
        expected: 0.6,
        actual: 0.65,
        difference: 0.05,
        message: "胜利路街道科技型企业完成率为65.0%，按完成数48÷目标80应为60.0%（相差5.0个百分点）",
      },
      {
        cell: "E9",
        expected: 0.626,
        actual: 0.63,
        difference: 0.004,
        message:
          "合计科技型企业完成率为63.0%，按完成数194÷目标310应为62.6%（相差0.4个百分点）；合计的完成率应为合计完成数÷合计目标，而不是各单位完成率之平均数",
      },
      {
        cell: "F8",
        expected: 0.667,
        actual: 0.6,
        difference: -0.067,
        message: "大安街道科技型企业时序进度为60.0%，1-8月的时序进度应为66.7%（相差-6.7个百分点）",
      },
      {
        cell: "G6",
        expected: -26.7,
        actual: -16.7,
        difference: 10,
        message:
          "南大街街道科技型企业与时序进度差（百分点）为-16.7个百分点，完成率40.0%减时序进度66.7%应为-26.7个百分点（相差10.0）",
      },
    ]);
  });

  test("rates as points (完成率（%）): target and actual swapped, and a total that adds the rates up", () => {
    const sheet = dispatchSheet("8月", { storage: "points", edits: { E7: 125, E9: 355 } });
    expect(brief(runRule(rateMismatch, sheet))).toEqual([
      {
        cell: "E7",
        expected: 80,
        actual: 125,
        difference: 45,
        message:
          "茶山竹海街道科技型企业完成率（%）为125.0%，按完成数16÷目标20应为80.0%（相差45.0个百分点）",
      },
      {
        cell: "E9",
        expected: 62.6,
        actual: 355,
        difference: 292.4,
        message:
          "合计科技型企业完成率（%）为355.0%，按完成数194÷目标310应为62.6%（相差292.4个百分点）；合计的完成率应为合计完成数÷合计目标，而不是各单位完成率之和",
      },
    ]);
  });

  test('rates typed as text ("45.0%"), and a gap that follows the row\'s own wrong rate', () => {
    const sheet = dispatchSheet("8月", { storage: "text", edits: { E6: "45.0%", G6: -21.7 } });
    // The gap −21.7 is 45.0% − 66.7%: the officer's subtraction is right, the rate is not.
    expect(brief(runRule(rateMismatch, sheet))).toEqual([
      {
        cell: "E6",
        expected: 0.4,
        actual: 0.45,
        difference: 0.05,
        message: "南大街街道科技型企业完成率为45.0%，按完成数20÷目标50应为40.0%（相差5.0个百分点）",
      },
    ]);
  });

  test("precision: a rate rounded at its shown decimals is right, one decimal off is not", () => {
    // 16 ÷ 60 = 26.666…%: 26.7% and 27% (no decimals) are right; 26.6% is not.
    const units: [string, number, number][] = [
      ["中山路街道", 60, 16],
      ["胜利路街道", 60, 40],
    ];
    const shown = (value: number, format: string) => {
      const sheet = dispatchSheet("8月", { units, edits: { E4: value } });
      sheet.numberFormats![3][4] = format;
      return runRule(rateMismatch, sheet).map((f) => f.cell);
    };
    expect(shown(0.267, "0.0%")).toEqual([]);
    expect(shown(0.27, "0%")).toEqual([]);
    expect(shown(0.266, "0.0%")).toEqual(["E4"]);
    expect(shown(0.26, "0%")).toEqual(["E4"]);
  });

  test("a quarterly plan: time progress is each row's plan through the quarter over its year plan", () => {
    // The officer wrote 50.0% (six months of twelve) on every row of a quarterly plan.
    const rows: CellValue[][] = [
      ["梁平区2024年科技型企业培育进度表", null, null, null, null, null, null, null, null, null],
      ["序号", "乡镇(街道)", "新增科技型企业(家)", null, null, null, null, null, null, null],
      [
        null,
        null,
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "合计",
        "截至6月完成",
        "完成率",
        "时序进度",
      ],
      [1, "高新区管委会", 2, 2, 2, 2, 8, 3, 0.375, 0.5],
      [2, "梁山街道", 0, 0, 1, 1, 2, 1, 0.5, 0.5],
      [3, "双桂街道", 3, 3, 0, 0, 6, 2, 0.333, 0.5],
      ["合计", null, 5, 5, 3, 3, 16, 6, 0.375, 0.5],
    ];
    const numberFormats = rows.map((row, r) =>
      row.map((_, c) => (r >= 3 && c >= 8 ? "0.0%" : null))
    );
    const sheet = sheetOf("附件", rows, {
      mergeRanges: ["A1:J1", "A2:A3", "B2:B3", "C2:J2", "A7:B7"],
      numberFormats,
    });
    expect(brief(runRule(rateMismatch, sheet))).toEqual([
      {
        cell: "J5",
        expected: 0,
        actual: 0.5,
        difference: 0.5,
        message:
          "梁山街道新增科技型企业时序进度为50.0%，截至6月的时序进度（按季度计划）应为0.0%（相差50.0个百分点）",
      },
      {
        cell: "J6",
        expected: 1,
        actual: 0.5,
        difference: -0.5,
        message:
          "双桂街道新增科技型企业时序进度为50.0%，截至6月的时序进度（按季度计划）应为100.0%（相差-50.0个百分点）",
      },
      {
        cell: "J7",
        expected: 0.625,
        actual: 0.5,
        difference: -0.125,
        message:
          "合计新增科技型企业时序进度为50.0%，截至6月的时序进度（按季度计划）应为62.5%（相差-12.5个百分点）",
      },
    ]);
  });

  test("time progress is judged on the table's date or the user's, never on today's alone", () => {
    const undated = dispatchSheet("调度", {
      title: "2024年科技型企业培育工作调度表",
      edits: { D3: "累计完成", F4: 0.5 },
    });
    expect(runRule(rateMismatch, undated, "zh-CN", { today: new Date(2024, 7, 31) })).toEqual([]);
    expect(
      runRule(rateMismatch, undated, "zh-CN", { asOf: "2024-08-31" }).map((f) => [
        f.cell,
        f.message,
      ])
    ).toEqual([
      [
        "F4",
        "中山路街道科技型企业时序进度为50.0%，2024-08-31的时序进度应为66.7%（相差-16.7个百分点）",
      ],
    ]);
  });

  test("a subtotal's rate is its own actual ÷ its own target, not the average of its units' rates", () => {
    const rows: CellValue[][] = [
      ["2024年1-8月高新技术企业培育调度表", null, null, null, null],
      ["类别", "镇街", "全年目标", "1-8月完成", "完成率"],
      ["A类", "中山路街道", 10, 8, 0.8],
      [null, "胜利路街道", 10, 5, 0.5],
      ["A类小计", null, 20, 13, 0.65],
      ["B类", "南大街街道", 10, 9, 0.9],
      [null, "大安街道", 30, 6, 0.2],
      ["B类小计", null, 40, 15, 0.55],
      ["合计", null, 60, 28, 0.467],
    ];
    const numberFormats = rows.map((row, r) =>
      row.map((_, c) => (r >= 2 && c === 4 ? "0.0%" : null))
    );
    const sheet = sheetOf("8月", rows, { mergeRanges: ["A3:A4", "A6:A7"], numberFormats });
    expect(brief(runRule(rateMismatch, sheet))).toEqual([
      {
        cell: "E8",
        expected: 0.375,
        actual: 0.55,
        difference: 0.175,
        message:
          "B类小计高新技术企业完成率为55.0%，按完成数15÷目标40应为37.5%（相差17.5个百分点）；B类小计的完成率应为B类小计完成数÷B类小计目标，而不是各单位完成率之平均数",
      },
    ]);
  });

  test("a date named only in the time progress column's own header", () => {
    const sheet = dispatchSheet("调度", {
      title: "2024年科技型企业培育工作调度表",
      edits: { D3: "累计完成", F3: "时序进度（截至8月）", F4: 0.5 },
    });
    expect(runRule(rateMismatch, sheet).map((f) => [f.cell, f.message])).toEqual([
      [
        "F4",
        "中山路街道科技型企业时序进度（截至8月）为50.0%，截至8月的时序进度应为66.7%（相差-16.7个百分点）",
      ],
    ]);
  });

  test("en-US", () => {
    const sheet = dispatchSheet("8月", { edits: { E5: 0.65 } });
    expect(runRule(rateMismatch, sheet, "en-US").map((f) => f.message)).toEqual([
      "胜利路街道 科技型企业完成率: 65.0%, but actual 48 ÷ target 80 is 60.0% (off by 5.0 points)",
    ]);
  });

  test("other rates (占比, 增速) are not computed columns it judges", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年目标", "1-8月完成", "占比"],
      ["a", 100, 50, 0.9],
      ["b", 100, 30, 0.1],
      ["合计", 200, 80, 1],
    ];
    expect(runRule(rateMismatch, sheetOf("s", rows))).toEqual([]);
  });
});
