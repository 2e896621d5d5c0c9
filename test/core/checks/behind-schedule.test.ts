import { behindSchedule } from "../../../src/core/checks/behind-schedule";
import type { CellValue } from "../../../src/core/grid";
import { LIGHT_FILL, planMarks, SEVERITY_FILL } from "../../../src/core/marks";
import { sheetOf } from "../../support/gridBuilder";
import { cells, runRule } from "../../support/rules";
import { reportWords } from "../../../src/i18n";

/** A progress bulletin: year targets, an actual column as of June, the completion rate. */
function bulletin(actualHeader = "截至6月完成", title = "2024年科技型企业培育进度通报") {
  const rows: CellValue[][] = [
    [title, null, null, null],
    ["单位", "2024年目标", actualHeader, "完成率"],
    ["中山路街道", 100, 40, 0.4],
    ["胜利路街道", 80, 48, 0.6],
    ["南大街街道", 50, 5, 0.1],
    ["茶山竹海街道", 20, 10, 0.5],
    ["大安街道", 0, 3, null],
    ["合计", 250, 106, 0.424],
  ];
  return sheetOf("通报", rows);
}

describe("behind-schedule", () => {
  test("截至6月: units under 50% are behind, with their traffic light", () => {
    const findings = runRule(behindSchedule, bulletin());
    expect(cells(findings)).toEqual(["behind-schedule@C3", "behind-schedule@C5"]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      light: "yellow",
      expected: 50,
      actual: 40,
      difference: -10,
      related: ["B3"],
      message: "中山路街道完成率40.0%，低于时序进度50.0%（落后10.0个百分点）",
      progress: { completion: 0.4, timeProgress: 0.5, gapPoints: -10 },
    });
    expect(findings[1]).toMatchObject({
      light: "red",
      message: "南大街街道完成率10.0%，低于时序进度50.0%（落后40.0个百分点）",
    });
  });

  test("the as-of option wins over the header; thresholds are options", () => {
    const sept = (thresholds = {}) =>
      runRule(behindSchedule, bulletin(), "zh-CN", { asOf: "2024-09-30", progress: thresholds });
    expect(sept().map((f) => [f.cell, f.light])).toEqual([
      ["C3", "red"],
      ["C4", "yellow"],
      ["C5", "red"],
      ["C6", "yellow"],
    ]);
    // 75% at the end of September: 35, 15, 65 and 25 points behind.
    expect(sept({ greenWithin: 20, yellowWithin: 40 }).map((f) => [f.cell, f.light])).toEqual([
      ["C3", "yellow"],
      ["C5", "red"],
      ["C6", "yellow"],
    ]);
  });

  test.each([
    ["1-6月完成", "2024年科技型企业培育进度通报"],
    ["完成数", "2024年1-6月科技型企业培育进度通报"],
    ["上半年完成", "2024年科技型企业培育进度通报"],
  ])("the date from the header %p or the title %p", (header, title) => {
    expect(cells(runRule(behindSchedule, bulletin(header, title)))).toEqual([
      "behind-schedule@C3",
      "behind-schedule@C5",
    ]);
  });

  test("without any date: an info asking for one; with today (the add-in) the check runs", () => {
    const undated = bulletin("完成数", "2024年科技型企业培育情况");
    expect(runRule(behindSchedule, undated)).toEqual([
      expect.objectContaining({
        rule: "behind-schedule",
        severity: "info",
        cell: "C2",
        message: expect.stringContaining("--as-of YYYY-MM-DD"),
      }),
    ]);
    const findings = runRule(behindSchedule, undated, "zh-CN", { today: new Date(2024, 2, 31) });
    // End of March: 25%; only 南大街街道 (10%) is behind.
    expect(cells(findings)).toEqual(["behind-schedule@C5"]);
    // A later year's date: the whole of 2024 has elapsed.
    expect(
      runRule(behindSchedule, undated, "zh-CN", { asOf: "2025-03-31" }).map((f) => f.cell)
    ).toEqual(["C3", "C4", "C5", "C6"]);
  });

  test("a quarterly plan: time progress is each unit's own plan through June over its year plan", () => {
    const rows: CellValue[][] = [
      ["梁平区2024年科技型企业培育进度表", null, null, null, null, null, null, null],
      ["序号", "乡镇(街道)", "新增科技型企业(家)", null, null, null, null, null],
      [null, null, "一季度", "二季度", "三季度", "四季度", "合计", "截至6月完成"],
      [1, "高新区管委会", 2, 2, 2, 2, 8, 3],
      [2, "梁山街道", 0, 0, 1, 1, 2, 0],
      [3, "双桂街道", 3, 3, 0, 0, 6, 2],
      ["合计", null, 5, 5, 3, 3, 16, 5],
    ];
    const sheet = sheetOf("附件", rows, {
      mergeRanges: ["A1:H1", "A2:A3", "B2:B3", "C2:H2", "A7:B7"],
    });
    const findings = runRule(behindSchedule, sheet);
    // 高新区: 3/8 = 37.5% against 4/8 = 50%; 梁山: nothing planned before Q3; 双桂: 2/6 against 6/6.
    expect(findings.map((f) => [f.cell, f.light, f.message])).toEqual([
      ["H4", "yellow", "高新区管委会完成率37.5%，低于时序进度50.0%（落后12.5个百分点）"],
      ["H6", "red", "双桂街道完成率33.3%，低于时序进度100.0%（落后66.7个百分点）"],
    ]);
  });

  test("plan tables without actual columns are not progress tables", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年", "2025年"],
      ["a", 1, 2],
      ["b", 3, 4],
      ["合计", 4, 6],
    ];
    expect(runRule(behindSchedule, sheetOf("s", rows), "zh-CN", { asOf: "2024-06-30" })).toEqual(
      []
    );
  });

  test("English bulletins", () => {
    const rows: CellValue[][] = [
      ["2024 progress of new tech firms", null, null],
      ["Region", "2024 target", "Actual"],
      ["North", 100, 20],
      ["South", 100, 70],
      ["Total", 200, 90],
    ];
    const findings = runRule(behindSchedule, sheetOf("s", rows), "en-US", { asOf: "2024-06-30" });
    expect(findings.map((f) => f.message)).toEqual([
      "North: completion 20.0% is below time progress 50.0% (30.0 points behind)",
    ]);
  });

  test("marks: a red light takes its own light orange (not the error colour), a yellow one the warning colour", () => {
    const plan = planMarks(runRule.raw(behindSchedule, bulletin()), reportWords());
    expect(plan.cells.map((c) => [c.cell, c.severity, c.fill])).toEqual([
      ["C3", "warning", SEVERITY_FILL.warning],
      ["C5", "warning", LIGHT_FILL.red],
    ]);
    expect(LIGHT_FILL.red).not.toBe(SEVERITY_FILL.error);
  });
});
