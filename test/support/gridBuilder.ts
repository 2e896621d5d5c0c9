/** Small builders for grids shaped like officers' tables, for variants of the seed layouts. */
import { parseArea } from "../../src/core/a1";
import type { CellValue, SheetGrid } from "../../src/core/grid";

export function sheetOf(
  name: string,
  rows: CellValue[][],
  extra: Partial<SheetGrid> & { mergeRanges?: string[] } = {}
): SheetGrid {
  const { mergeRanges, ...rest } = extra;
  return {
    name,
    top: 0,
    left: 0,
    values: rows,
    merges: (mergeRanges ?? []).map((m) => parseArea(m)!),
    ...rest,
  };
}

/** A 永川-style breakdown table: caption, title, unit line, header, units, 合计 (typed). */
export function yongchuanLike(
  units: [string, ...CellValue[]][],
  total: CellValue[],
  totalLabel = "合计"
): CellValue[][] {
  const years = total.map((_, i) => `${2023 + i}年`);
  return [
    ["附件1", null, ...years.map(() => null)],
    ["研发投入任务分解", null, ...years.map(() => null)],
    [null, null, ...years.slice(1).map(() => null), "（单位：万元）"],
    ["序号", "园区/镇街", ...years],
    ...units.map(([name, ...values], i): CellValue[] => [i + 1, name, ...values]),
    [null, totalLabel, ...total],
  ];
}
