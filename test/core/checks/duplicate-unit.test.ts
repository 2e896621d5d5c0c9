import { duplicateUnit as checkDuplicateUnits } from "../../../src/core/checks/duplicate-unit";

import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";

describe("duplicate-unit", () => {
  test("the same unit twice (spaces ignored): a warning at the second label", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", 1, 2],
        ["胜利路街道", 3, 4],
        ["中山路 街道", 5, 6],
      ],
      [9, 12]
    );
    expect(runRule(checkDuplicateUnits, sheetOf("附件1", rows))).toEqual([
      expect.objectContaining({
        rule: "duplicate-unit",
        severity: "warning",
        cell: "B7",
        related: ["B5"],
        message: "“中山路街道”在本表中重复出现（第一次在B5）",
      }),
    ]);
  });

  test("English, case-insensitive", () => {
    const rows: CellValue[][] = [
      ["Region", "2023", "2024"],
      ["North", 1, 2],
      ["north", 3, 4],
      ["Total", 4, 6],
    ];
    expect(runRule(checkDuplicateUnits, sheetOf("s", rows), "en-US")[0].message).toBe(
      '"north" appears twice in this table (first at A2)'
    );
  });
});
