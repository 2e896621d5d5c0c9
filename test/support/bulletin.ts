/**
 * A progress bulletin (进度通报) as district offices publish it: per unit the year target (全年目标), what was done by
 * the end of June (1-6月完成) and the completion rate (完成率), a 合计 row; and a plan table with a 目标 sheet, so both
 * kinds of progress chart have data. As core grids, as fake Excel sheets and as cell rows for ExcelJS.
 */
import { cellAddress } from "../../src/core/a1";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./fakeExcel";

/** Unit, year target, done by June. */
export const BULLETIN_UNITS: [string, number, number][] = [
  ["中山路街道", 100, 40], // 40% — 10 points behind: yellow
  ["胜利路街道", 80, 48], // 60%: green
  ["南大街街道", 50, 5], // 10% — 40 points behind: red
  ["茶山竹海街道", 20, 12], // 60%: green
  ["大安街道", 60, 21], // 35% — 15 points behind: yellow
];

export function bulletinRows(actualHeader = "1-6月完成", units = BULLETIN_UNITS): CellValue[][] {
  const target = units.reduce((s, [, t]) => s + t, 0);
  const actual = units.reduce((s, [, , a]) => s + a, 0);
  return [
    ["2024年科技型企业培育进度通报", null, null, null, null],
    [null, null, null, null, "（单位：家）"],
    ["序号", "单位", "全年目标", actualHeader, "完成率"],
    ...units.map(([name, t, a], i): CellValue[] => [i + 1, name, t, a, a / t]),
    ["合计", null, target, actual, actual / target],
  ];
}

/** 研发投入 2023–2027 by unit with a 合计 row (the 2027 total one short), and its plan targets on a 目标 sheet. */
export function planRows(): CellValue[][] {
  return [
    ["附件1", null, null, null, null, null, null],
    ["研发投入任务分解", null, null, null, null, null, null],
    [null, null, null, null, null, null, "（单位：万元）"],
    ["序号", "园区/镇街", "2023年", "2024年", "2025年", "2026年", "2027年"],
    [1, "中山路街道", 70900, 81500, 90400, 103500, 100000],
    [2, "胜利路街道", 386300, 444300, 493300, 564900, 150000],
    [3, "南大街街道", 47900, 55100, 61200, 70000, 120000],
    [null, "合计", 505100, 580900, 644900, 738400, 369999],
  ];
}

export function targetRows(): CellValue[][] {
  return [
    ["指标", "期间", "条件", "目标值"],
    ["研发投入", "2025", "超过", 600000],
    ["研发投入", "2027", "达到", 370000],
  ];
}

export function gridOf(name: string, rows: CellValue[][]): SheetGrid {
  return { name, top: 0, left: 0, values: rows };
}

export function fakeSheetOf(name: string, rows: CellValue[][]): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell: FakeCell = { value: value as FakeCell["value"] };
      if (typeof value === "number" && !Number.isInteger(value)) cell.numberFormat = "0.0%";
      cells[cellAddress(r, c)] = cell;
    })
  );
  return { name, cells };
}

/** 通报 (the bulletin), 附件1 (the plan table), 目标 (its targets); a user's yellow on 通报!B4. */
export function bulletinWorkbook(): FakeWorkbook {
  const bulletin = fakeSheetOf("通报", bulletinRows());
  bulletin.cells.B4.fill = { color: "#FFFF00", pattern: "Solid" };
  return {
    sheets: [bulletin, fakeSheetOf("附件1", planRows()), fakeSheetOf("目标", targetRows())],
  };
}
