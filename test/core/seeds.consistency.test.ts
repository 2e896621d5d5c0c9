/** The table-against-itself rules on the published seed tables. */
import { columnMismatch as checkColumnMismatch } from "../../src/core/checks/column-mismatch";
import { duplicateSerial as checkSerials } from "../../src/core/checks/duplicate-serial";
import { duplicateUnit as checkDuplicateUnits } from "../../src/core/checks/duplicate-unit";
import { targetDecrease as checkTargetDecrease } from "../../src/core/checks/target-decrease";

const checkConsistency = [
  checkTargetDecrease,
  checkColumnMismatch,
  checkDuplicateUnits,
  checkSerials,
];
import type { SheetGrid } from "../../src/core/grid";
import { runRule } from "../support/rules";
import { seedGrid } from "../support/seeds";

const sheetNamed = async (file: string, name: string): Promise<SheetGrid> =>
  (await seedGrid(file)).sheets.find((s) => s.name === name)!;

describe("the published seed tables", () => {
  test("永川 附件1: the repeated serial number 25 (and no 26) is one warning at the second 25", async () => {
    const findings = runRule(checkConsistency, await sheetNamed("yongchuan.xlsx", "附件1"));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "duplicate-serial",
        severity: "warning",
        cell: "A30",
        expected: 26,
        actual: 25,
        message: "序号25与上一行重复，应为26",
      }),
    ]);
  });

  test.each([
    ["yongchuan.xlsx", "附件2"],
    ["yongchuan.xlsx", "附件3"],
    ["beibei.xlsx", "附件"],
    ["liangping.xlsx", "附件"],
  ])(
    "%s %s: nothing (北碚's serials restart per category, its two 2027 columns agree)",
    async (file, name) => {
      expect(runRule(checkConsistency, await sheetNamed(file, name))).toEqual([]);
    }
  );
});
