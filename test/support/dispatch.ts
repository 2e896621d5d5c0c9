/**
 * A monthly dispatch table (月调度表) as a district office fills it in at the end of September: per 镇街 the 2024
 * targets of two indicators, what is done by the end of September (截至9月完成) and the completion rate, under a
 * title naming 1-9月, and a 全区合计 row. Some units are behind time progress (75%), two of them on red.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { sheetOf } from "./gridBuilder";

/** Unit, 高新技术企业 target and done, 科技型企业 target and done. */
export const DISPATCH_UNITS: [string, number, number, number, number][] = [
  ["双河口镇", 20, 22, 100, 70],
  ["中山路街道", 18, 14, 90, 72],
  ["胜利路街道", 16, 14, 80, 66],
  ["南大街街道", 15, 6, 70, 28],
  ["茶山竹海街道", 12, 11, 60, 48],
  ["大安镇", 14, 10, 70, 50],
  ["关坝镇", 10, 3, 50, 21],
  ["石松镇", 15, 16, 80, 62],
];

export const DISPATCH_INDICATORS = ["高新技术企业", "科技型企业"] as const;

export function dispatchRows(units = DISPATCH_UNITS): CellValue[][] {
  const sum = (i: number) => units.reduce((s, u) => s + (u[i] as number), 0);
  const [t1, a1, t2, a2] = [sum(1), sum(2), sum(3), sum(4)];
  return [
    ["2024年1-9月科技创新主要指标月调度情况表", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, "（单位：家）"],
    ["序号", "镇街", "高新技术企业", null, null, "科技型企业", null, null],
    [null, null, "2024年目标", "截至9月完成", "完成率", "2024年目标", "截至9月完成", "完成率"],
    ...units.map(([name, ht, ha, kt, ka], i): CellValue[] => [
      i + 1,
      name,
      ht,
      ha,
      ha / ht,
      kt,
      ka,
      ka / kt,
    ]),
    [null, "全区合计", t1, a1, a1 / t1, t2, a2, a2 / t2],
  ];
}

export const DISPATCH_MERGES = ["A3:A4", "B3:B4", "C3:E3", "F3:H3", "A1:H1"];

export function dispatchSheet(name = "9月", rows = dispatchRows()): SheetGrid {
  return sheetOf(name, rows, { mergeRanges: DISPATCH_MERGES });
}

/** The dispatch table as an .xlsx file (ExcelJS), merges included: for the CLI and the annotated copy. */
export async function dispatchXlsx(rows = dispatchRows()): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("9月");
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  for (const range of DISPATCH_MERGES) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
