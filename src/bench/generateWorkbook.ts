/** Generated breakdown workbooks for benchmarks: many sheets of officer-style tables of a chosen size. */
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";

/**
 * One sheet: caption, title, unit line, a two-row header (two indicator groups × years, merged), units with
 * serials and rising targets, a subtotal every 20 units, and a 合计 row — a clean table. About `cells` cells.
 */
export function generateSheet(name: string, cells: number, seed = 1): SheetGrid {
  const years = 6;
  const width = 2 + 2 * years;
  const units = Math.max(4, Math.floor(cells / width) - 6);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values: CellValue[][] = [
    ["附件1", ...Array(width - 1).fill(null)],
    ["高新技术企业和科技型企业培育目标任务分解表", ...Array(width - 1).fill(null)],
    [...Array(width - 1).fill(null), "（单位：家）"],
    [
      "序号",
      "街镇",
      "高新技术企业",
      ...Array(years - 1).fill(null),
      "科技型企业",
      ...Array(years - 1).fill(null),
    ],
    [
      null,
      null,
      ...Array.from(
        { length: 2 * years },
        (_, i) => `${2022 + (i % years)}年${i % years === 0 ? "实际数" : "目标数"}`
      ),
    ],
  ];
  const totals = Array(2 * years).fill(0);
  let group = Array(2 * years).fill(0);
  for (let u = 0; u < units; u++) {
    // A clean plan: each indicator's targets rise year by year from the baseline.
    const row = Array.from({ length: 2 }, () => {
      const base = Math.floor(random() * 400);
      const step = 1 + Math.floor(random() * 30);
      return Array.from({ length: years }, (_, y) => base + y * step);
    }).flat();
    row.forEach((v, i) => ((totals[i] += v), (group[i] += v)));
    values.push([u + 1, `单位${u + 1}`, ...row]);
    if ((u + 1) % 20 === 0) {
      values.push([null, "小计", ...group]);
      group = Array(2 * years).fill(0);
    }
  }
  if (group.some((v) => v !== 0)) values.push([null, "小计", ...group]);
  values.push([null, "合计", ...totals]);
  return {
    name,
    top: 0,
    left: 0,
    values,
    merges: [
      { top: 1, left: 0, bottom: 1, right: width - 1 },
      { top: 3, left: 2, bottom: 3, right: 1 + years },
      { top: 3, left: 2 + years, bottom: 3, right: 1 + 2 * years },
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ],
  };
}

export function generateWorkbook(totalCells: number, sheets: number): WorkbookGrid {
  return {
    sheets: Array.from({ length: sheets }, (_, i) =>
      generateSheet(`附件${i + 1}`, totalCells / sheets, i + 1)
    ),
  };
}

export function cellCount(workbook: WorkbookGrid): number {
  return workbook.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
}
