/**
 * Fake workbooks shaped like the real breakdown tables (附件1 研发投入任务分解): caption, title, unit line,
 * header 序号 | 园区/镇街 | 2023年 … 2027年, five units, a 合计 row.
 */
import { cellAddress } from "../../src/core/a1";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./fakeExcel";

export const YEARS = [2023, 2024, 2025, 2026, 2027];

/** Values per unit and year (columns C…G). The 2027 column adds up to 600001. */
export const UNITS: [string, number[]][] = [
  ["中山路街道", [70900, 81500, 90400, 103500, 100000]],
  ["胜利路街道", [386300, 444300, 493300, 564900, 150000]],
  ["南大街街道", [47900, 55100, 61200, 70000, 120000]],
  ["茶山竹海街道", [16200, 18600, 20600, 23600, 130001]],
  ["大安街道", [334500, 384700, 427100, 489000, 100000]],
];

export interface BreakdownOptions {
  /** Added to each year's 合计 (index 0 = 2023). Default: 2027 one less than the sum. */
  totalErrors?: number[];
  /** First worksheet row of the table (1-based) — tables need not start at the top. */
  firstRow?: number;
}

export const TOTAL_ROW = 10;

/** The sum of a year's unit values. */
export function yearSum(yearIndex: number): number {
  return UNITS.reduce((sum, [, values]) => sum + values[yearIndex], 0);
}

export function breakdownSheet(name = "附件1", options: BreakdownOptions = {}): FakeSheet {
  const errors = options.totalErrors ?? [0, 0, 0, 0, -1];
  const top = (options.firstRow ?? 1) - 1;
  const cells: Record<string, FakeCell> = {};
  const put = (row: number, column: number, cell: FakeCell) =>
    (cells[cellAddress(top + row, column)] = cell);

  put(0, 0, { value: "附件1" });
  put(1, 0, { value: "研发投入任务分解", bold: true });
  put(2, 6, { value: "（单位：万元）" });
  const header = ["序号", "园区/镇街", ...YEARS.map((year) => `${year}年`)];
  header.forEach((text, column) =>
    put(3, column, { value: text, bold: true, fill: { color: "#D9D9D9", pattern: "Solid" } })
  );
  UNITS.forEach(([unit, values], index) => {
    put(4 + index, 0, { value: index + 1 });
    put(4 + index, 1, { value: unit });
    values.forEach((value, year) => put(4 + index, 2 + year, { value, numberFormat: "0" }));
  });
  const totalRow = 4 + UNITS.length;
  put(totalRow, 0, { value: "合计" });
  YEARS.forEach((_, year) => {
    const value = yearSum(year) + errors[year];
    const column = 2 + year;
    // 2023's total is a correct SUM formula; the others were typed in, as officers often do.
    if (year === 0 && errors[0] === 0)
      put(totalRow, column, { value, formula: `=SUM(C${top + 5}:C${top + 9})`, numberFormat: "0" });
    else put(totalRow, column, { value, numberFormat: "0" });
  });
  return {
    name,
    cells,
    merges: [`A${top + 2}:G${top + 2}`, `A${top + totalRow + 1}:B${top + totalRow + 1}`],
  };
}

export function breakdownWorkbook(sheetCount = 1, options: BreakdownOptions = {}): FakeWorkbook {
  return {
    sheets: Array.from({ length: sheetCount }, (_, i) =>
      breakdownSheet(sheetCount === 1 ? "附件1" : `附件${i + 1}`, options)
    ),
  };
}
