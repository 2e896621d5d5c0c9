/** measureProgress: every unit's completion and light (green ones too), the table's time progress, in the report. */
import { checkWorkbook } from "../../src/core/check";
import { measureProgress } from "../../src/core/checks/progress";
import type { CellValue } from "../../src/core/grid";
import { sheetOf } from "../support/gridBuilder";
import { contexts } from "../support/rules";

function bulletin(): CellValue[][] {
  return [
    ["2024年科技型企业培育进度通报", null, null, null],
    ["单位", "2024年目标", "截至6月完成", "完成率"],
    ["中山路街道", 100, 40, 0.4],
    ["胜利路街道", 80, 48, 0.6],
    ["南大街街道", 50, 5, 0.1],
    ["合计", 230, 93, 0.404],
  ];
}

test("each unit with its completion, time progress and light; the table's time progress and total", () => {
  const [ctx] = contexts(sheetOf("通报", bulletin()));
  const [series] = measureProgress(ctx);
  expect(series).toMatchObject({
    sheet: "通报",
    indicator: "科技型企业", // the title without its 培育进度通报
    year: 2024,
    actualColumn: "C",
    targetColumn: "B",
    timeProgress: 0.5,
    quarterly: false,
    asOf: { months: 6, source: "header" },
    total: { target: 230, actual: 93 },
  });
  expect(series.units.map((u) => [u.unit, u.cell, u.completion, u.light])).toEqual([
    ["中山路街道", "C3", 0.4, "yellow"],
    ["胜利路街道", "C4", 0.6, "green"],
    ["南大街街道", "C5", 0.1, "red"],
  ]);
});

test("checkWorkbook reports the measured progress beside the findings", () => {
  const report = checkWorkbook({ sheets: [sheetOf("通报", bulletin())] });
  expect(report.progress).toHaveLength(1);
  expect(report.progress![0].units).toHaveLength(3);
  const behind = report.findings.filter((f) => f.rule === "behind-schedule");
  expect(behind.map((f) => [f.cell, f.light])).toEqual([
    ["C3", "yellow"],
    ["C5", "red"],
  ]);
});

test("without a date the series is there, with nothing measured", () => {
  const rows = bulletin();
  rows[0][0] = "2024年科技型企业培育情况";
  rows[1][2] = "完成数";
  const [series] = measureProgress(contexts(sheetOf("通报", rows))[0]);
  expect(series.asOf).toBeNull();
  expect(series.timeProgress).toBeNull();
  expect(series.units).toEqual([]);
});
