/**
 * `npm run bench:bulletin`: what the bulletin (通报) adds to a check — building it from the report's progress and
 * putting it into words — on generated monthly dispatch tables of growing size (two indicators, units behind and on
 * red among them), beside the check itself, median of 7 runs after a warm-up.
 */
import { buildBulletin } from "../core/bulletin/build";
import { checkWorkbook } from "../core/check";
import type { CellValue, WorkbookGrid } from "../core/grid";
import { renderBulletin } from "../i18n";
import { numberArg, textTable } from "./benchText";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void, repeats = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** A dispatch table as of September with `units` 镇街 and a 全区合计 row. */
export function dispatchGrid(units: number): WorkbookGrid {
  const rows: CellValue[][] = [
    ["2024年1-9月科技创新主要指标月调度情况表", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, "（单位：家）"],
    ["序号", "镇街", "高新技术企业", null, null, "科技型企业", null, null],
    [null, null, "2024年目标", "截至9月完成", "完成率", "2024年目标", "截至9月完成", "完成率"],
  ];
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < units; i++) {
    const values = [10 + (i % 7), (i * 13) % 17, 50 + (i % 11), (i * 29) % 61];
    values.forEach((v, k) => (sums[k] += v));
    const [t1, a1, t2, a2] = values;
    rows.push([i + 1, `单位${i + 1}`, t1, a1, a1 / t1, t2, a2, a2 / t2]);
  }
  rows.push([
    null,
    "全区合计",
    sums[0],
    sums[1],
    sums[1] / sums[0],
    sums[2],
    sums[3],
    sums[3] / sums[2],
  ]);
  const merge = (top: number, left: number, bottom: number, right: number) => ({
    top,
    left,
    bottom,
    right,
  });
  return {
    sheets: [
      {
        name: "9月",
        top: 0,
        left: 0,
        values: rows,
        merges: [merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 2, 2, 4), merge(2, 5, 2, 7)],
      },
    ],
  };
}

export function runBulletinBench(sizes: number[]): string {
  const lines = sizes.map((units) => {
    const grid = dispatchGrid(units);
    let report = checkWorkbook(grid);
    const check = time(() => (report = checkWorkbook(grid)));
    const progress = report.progress ?? [];
    let chars = 0;
    const bulletin = time(() => (chars = renderBulletin(buildBulletin(progress)).length));
    return [
      String(units),
      check.toFixed(1),
      bulletin.toFixed(2),
      `${((bulletin / check) * 100).toFixed(1)}%`,
      String(chars),
    ];
  });
  return textTable(["units", "check ms", "bulletin ms", "bulletin/check", "text chars"], lines);
}

if (require.main === module) {
  const largest = numberArg(process.argv, "--units", 2000);
  console.log(runBulletinBench([Math.ceil(largest / 20), Math.ceil(largest / 4), largest]));
}
