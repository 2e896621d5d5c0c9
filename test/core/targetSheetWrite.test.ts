/**
 * applyTargetSheetWrite: the 目标 sheet as it reads after a write, which the browser page keeps between two saves of
 * the pane's targets (Excel keeps the sheet itself). Targets read back from it say where they now stand, a remark
 * stays with its target however the rows move, and its old extent stays cleared.
 */
import type { SheetGrid } from "../../src/core/grid";
import { readTargetSheet } from "../../src/core/targets/targetSheet";
import { applyTargetSheetWrite, layoutTargetSheet } from "../../src/core/targets/targetSheetLayout";

/** A title, the header with a 备注 column, three targets with remarks, and a note row the reader cannot read. */
const SHEET: SheetGrid = {
  name: "目标",
  top: 0,
  left: 0,
  values: [
    ["永川区科技创新目标", null, null, null, null],
    ["指标", "期间", "条件", "目标值", "备注"],
    ["研发投入", 2025, "突破", 460000, "甲"],
    ["高新技术企业", 2025, "超过", 420, "乙"],
    ["科技型企业", 2025, "超过", 2100, "丙"],
    ["（以上为区级目标）", null, null, null, null],
  ],
};

const read = (sheet: SheetGrid) => readTargetSheet(sheet)!.targets;
const cells = (sheet: SheetGrid) => sheet.values.map((row) => row.map((v) => v ?? ""));

describe("applyTargetSheetWrite", () => {
  it("deleting a target: the others move up with their remarks, and read back where they now are", () => {
    const [, high, tech] = read(SHEET);
    const after = applyTargetSheetWrite(SHEET, layoutTargetSheet(SHEET, [high, tech]));
    expect(cells(after)).toEqual([
      ["永川区科技创新目标", "", "", "", "", ""],
      ["指标", "期间", "条件", "目标值", "依据", "备注"],
      ["高新技术企业", 2025, "超过", 420, "", "乙"],
      ["科技型企业", 2025, "超过", 2100, "", "丙"],
      ["（以上为区级目标）", "", "", "", "", ""],
      ["", "", "", "", "", ""],
    ]);
    expect(read(after).map((t) => [t.indicator, t.from?.cell])).toEqual([
      ["高新技术企业", "A3"],
      ["科技型企业", "A4"],
    ]);

    // A second save from what was read back: the remarks still follow their targets (not the old rows).
    const [moved, kept] = read(after);
    const again = applyTargetSheetWrite(
      after,
      layoutTargetSheet(after, [{ ...kept, value: 2200 }, moved])
    );
    expect(cells(again).slice(2, 4)).toEqual([
      ["科技型企业", 2025, "超过", 2200, "", "丙"],
      ["高新技术企业", 2025, "超过", 420, "", "乙"],
    ]);
  });

  it("keeps the old extent, so the next layout clears every cell the old table used", () => {
    const first = applyTargetSheetWrite(SHEET, layoutTargetSheet(SHEET, []));
    expect(first.values).toHaveLength(SHEET.values.length);
    expect(layoutTargetSheet(first, []).clear).toMatchObject({ top: 1, bottom: 5 });
  });

  it("no 目标 sheet yet: the written rows are the sheet", () => {
    const targets = [{ indicator: "高新技术企业", period: "2025", op: ">" as const, value: 500 }];
    const sheet = applyTargetSheetWrite(null, layoutTargetSheet(null, targets));
    expect(sheet).toMatchObject({ name: "目标", top: 0, left: 0 });
    expect(read(sheet)).toEqual([
      { ...targets[0], verb: "超过", from: { sheet: "目标", cell: "A2" } },
    ]);
  });
});
