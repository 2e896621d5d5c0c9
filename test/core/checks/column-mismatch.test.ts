import { columnMismatch as checkColumnMismatch } from "../../../src/core/checks/column-mismatch";

import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { sheetOf } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";
import { seedGrid } from "../../support/seeds";

const sheetNamed = async (file: string, name: string): Promise<SheetGrid> =>
  (await seedGrid(file)).sheets.find((s) => s.name === name)!;

/** A deep copy whose values can be changed: `set("J7", 19)`. */
function edited(sheet: SheetGrid, changes: Record<string, CellValue>): SheetGrid {
  const values = sheet.values.map((row) => [...row]);
  for (const [address, value] of Object.entries(changes)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    values[Number(digits) - 1][column] = value;
  }
  return { ...sheet, values };
}

describe("column-mismatch", () => {
  test("北碚 variant: the standalone 2027年目标数 and 年度 / 2027年目标数 disagree for one unit", async () => {
    const published = await sheetNamed("beibei.xlsx", "附件");
    // 天生街道's 年度 / 2027 becomes 19 (and the total follows, so only this rule speaks).
    const sheet = edited(published, { J7: 19, J24: 574 });
    const findings = runRule(checkColumnMismatch, sheet);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "column-mismatch",
        severity: "error",
        cell: "J7",
        expected: 18,
        actual: 19,
        related: ["E7"],
        message: "天生街道高新技术企业2027年目标数在J列为19，与E列的18不一致（相差+1）",
      }),
      expect.objectContaining({
        cell: "J24",
        message: "合计高新技术企业2027年目标数在J列为574，与E列的573不一致（相差+1）",
      }),
    ]);
  });

  test("the same period under different indicators, or of different kinds, is no duplicate", async () => {
    expect(runRule(checkColumnMismatch, await sheetNamed("liangping.xlsx", "附件"))).toEqual([]);
    const rows: CellValue[][] = [
      ["单位", "2024年目标", "2024年完成"],
      ["a", 10, 3],
      ["b", 10, 2],
      ["合计", 20, 5],
    ];
    expect(runRule(checkColumnMismatch, sheetOf("s", rows))).toEqual([]);
    // Flat headers that name different measures under one title are not the same column.
    const flat: CellValue[][] = [
      ["企业培育目标任务分解", null, null],
      ["单位", "企业数2024年目标", "研发投入2024年目标"],
      ["a", 10, 300],
      ["b", 10, 200],
      ["合计", 20, 500],
    ];
    expect(runRule(checkColumnMismatch, sheetOf("s", flat))).toEqual([]);
  });

  test("`2027年` under 年度 and a standalone `2027年目标数` are the same column", () => {
    const rows: CellValue[][] = [
      ["研发投入任务分解", null, null, null],
      ["单位", "2027年目标数", "年度", null],
      [null, null, "2026年", "2027年"],
      ["a", 18, 16, 18],
      ["b", 4, 3, 5],
      ["合计", 22, 19, 23],
    ];
    const sheet = sheetOf("s", rows, { mergeRanges: ["A2:A3", "B2:B3", "C2:D2"] });
    expect(runRule(checkColumnMismatch, sheet).map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["D5", 4, 5],
      ["D6", 22, 23],
    ]);
  });
});
