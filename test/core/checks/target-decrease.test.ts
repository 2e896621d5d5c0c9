import { targetDecrease as checkTargetDecrease } from "../../../src/core/checks/target-decrease";

import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";

describe("target-decrease", () => {
  test("a unit's later target below the year before: a warning at the later cell", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", 709, 815, 904, 1035, 1000],
        ["胜利路街道", 3863, 3800, "/", 3900, 4000],
      ],
      [4572, 4615, 904, 4935, 5000]
    );
    const findings = runRule(checkTargetDecrease, sheetOf("附件1", rows));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "G5",
        message: "中山路街道2027年1000，低于2026年的1035（减少35）",
      }),
      expect.objectContaining({
        cell: "D6",
        expected: 3863,
        actual: 3800,
        difference: -63,
        related: ["C6"],
        message: "胜利路街道2024年3800，低于2023年的3863（减少63）",
      }),
    ]);
  });

  test("flat headers of two measures under one title are not compared with each other", () => {
    const rows: CellValue[][] = [
      ["企业培育目标任务分解", null, null],
      ["单位", "研发投入2024年目标", "企业数2025年目标"],
      ["a", 300, 10],
      ["b", 200, 12],
      ["合计", 500, 22],
    ];
    expect(runRule(checkTargetDecrease, sheetOf("s", rows))).toEqual([]);
  });

  test("baselines and actuals are not targets; additions (新增) may go down", () => {
    const rows: CellValue[][] = [
      ["单位", "2022年实际数", "2023年目标", "2024年目标", "2024年完成"],
      ["a", 50, 10, 12, 3],
      ["b", 40, 10, 11, 2],
      ["合计", 90, 20, 23, 5],
    ];
    expect(runRule(checkTargetDecrease, sheetOf("s", rows))).toEqual([]);
    const additions: CellValue[][] = [
      ["单位", "新增高新技术企业", null, null],
      [null, "2023年", "2024年", "2025年"],
      ["a", 10, 8, 6],
      ["b", 5, 5, 5],
      ["合计", 15, 13, 11],
    ];
    expect(
      runRule(checkTargetDecrease, sheetOf("s", additions, { mergeRanges: ["B1:D1"] }))
    ).toEqual([]);
  });
});
