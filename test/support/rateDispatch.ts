/**
 * Monthly dispatch tables (月调度) as district offices fill them: per unit the year target (全年目标), the cumulative
 * actual (1-X月累计完成), the completion rate (完成率), time progress (时序进度), the gap in points
 * (与时序进度差（百分点）) and the rank (排名), with a 合计 row. The computed columns are what a careful officer
 * types (rates at one decimal of a percent), stored in one of the three ways officers store percentages.
 */
import { parseCell } from "../../src/core/a1";
import type { CellValue, SheetGrid } from "../../src/core/grid";

/** Unit, year target, cumulative actual through August. */
export const DISPATCH_UNITS: [string, number, number][] = [
  ["中山路街道", 100, 80], // 80.0%
  ["胜利路街道", 80, 48], // 60.0%
  ["南大街街道", 50, 20], // 40.0%
  ["茶山竹海街道", 20, 16], // 80.0%: ties with 中山路街道
  ["大安街道", 60, 30], // 50.0%
];

/**
 * `fraction`: 0.8 under a `0.0%` format (the rate as a formula would leave it, unrounded); `points`: 80.0 typed,
 * headers saying （%）; `text`: the text "80.0%".
 */
export type PercentStorage = "fraction" | "points" | "text";

export interface DispatchOptions {
  /** Months elapsed (8: 1-8月). */
  month?: number;
  units?: [string, number, number][];
  storage?: PercentStorage;
  /** Dense ranks (1, 1, 2 …) instead of Excel's RANK (1, 1, 3 …). */
  denseRanks?: boolean;
  /** Cells to overwrite after the table is built, by A1 address: the officer's slips. */
  edits?: Record<string, CellValue>;
  title?: string;
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

export function dispatchSheet(name: string, options: DispatchOptions = {}): SheetGrid {
  const month = options.month ?? 8;
  const units = options.units ?? DISPATCH_UNITS;
  const storage = options.storage ?? "fraction";
  const time = month / 12;
  const rate = (fraction: number): CellValue =>
    storage === "fraction"
      ? fraction
      : storage === "points"
        ? round(fraction * 100, 1)
        : `${(fraction * 100).toFixed(1)}%`;
  const gap = (fraction: number): CellValue => round((fraction - time) * 100, 1);
  const rates = units.map(([, t, a]) => a / t);
  const keys = rates.map((r) => round(r, 9));
  const rank = (r: number) =>
    1 +
    (options.denseRanks
      ? new Set(keys.filter((k) => k > round(r, 9))).size
      : keys.filter((k) => k > round(r, 9)).length);
  const target = units.reduce((s, [, t]) => s + t, 0);
  const actual = units.reduce((s, [, , a]) => s + a, 0);
  const percentHeader = storage === "points" ? "（%）" : "";
  const rows: CellValue[][] = [
    [
      options.title ?? `2024年1-${month}月科技型企业培育工作调度表`,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null, "（单位：家）"],
    [
      "序号",
      "镇街",
      "全年目标",
      `1-${month}月累计完成`,
      `完成率${percentHeader}`,
      `时序进度${percentHeader}`,
      "与时序进度差（百分点）",
      "排名",
    ],
    ...units.map(([unit, t, a], i): CellValue[] => [
      i + 1,
      unit,
      t,
      a,
      rate(a / t),
      rate(storage === "fraction" ? time : round(time, 3)),
      gap(a / t),
      rank(a / t),
    ]),
    [
      "合计",
      null,
      target,
      actual,
      rate(actual / target),
      rate(storage === "fraction" ? time : round(time, 3)),
      gap(actual / target),
      null,
    ],
  ];
  for (const [address, value] of Object.entries(options.edits ?? {})) {
    const { row, column } = parseCell(address)!;
    rows[row][column] = value;
  }
  const percentFormat = storage === "fraction" ? "0.0%" : "0.0";
  const numberFormats = rows.map((row, r) =>
    row.map((_, c) =>
      r >= 3 && (c === 4 || c === 5) ? percentFormat : r >= 3 && c === 6 ? "0.0" : null
    )
  );
  return { name, top: 0, left: 0, values: rows, numberFormats, merges: [] };
}
