/** What the bulletin says where the table does not give everything, and how it ranks and picks the month. */
import { buildBulletin } from "../../../src/core/bulletin/build";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/grid";
import { renderBulletin } from "../../../src/i18n";
import { sheetOf } from "../../support/gridBuilder";
import { bulletinRows, gridOf, planRows } from "../../support/bulletin";
import { dispatchRows, dispatchSheet, DISPATCH_UNITS } from "../../support/dispatch";

const bulletinOf = (sheets: Parameters<typeof checkWorkbook>[0]["sheets"], asOf?: string) =>
  buildBulletin(checkWorkbook({ sheets }, asOf ? { asOf } : {}).progress ?? []);

test("units ranked by completion rate; a shared shown rate is a shared rank; top, behind and red as the lights say", () => {
  const b = bulletinOf([dispatchSheet()]);
  const tech = b.indicators[1];
  expect(tech.units.map((u) => [u.rank, u.tied, u.unit, u.rate.text, u.light])).toEqual([
    [1, false, "胜利路街道", "82.5", "green"],
    [2, true, "中山路街道", "80.0", "green"],
    [2, true, "茶山竹海街道", "80.0", "green"],
    [4, false, "石松镇", "77.5", "green"],
    [5, false, "大安镇", "71.4", "yellow"],
    [6, false, "双河口镇", "70.0", "yellow"],
    [7, false, "关坝镇", "42.0", "red"],
    [8, false, "南大街街道", "40.0", "red"],
  ]);
  expect(tech.top.map((u) => u.unit)).toEqual(["胜利路街道", "中山路街道", "茶山竹海街道"]);
  expect(tech.red.map((u) => [u.unit, u.cell, u.gap.text])).toEqual([
    ["关坝镇", "G11", "33.0"],
    ["南大街街道", "G8", "35.0"],
  ]);
  expect(tech.district).toMatchObject({
    label: "全区合计",
    target: { text: "600" },
    actual: { text: "417" },
    rate: { text: "69.5" },
    gap: { text: "5.5" },
  });
  expect(tech.unitsHeader).toBe("镇街");
  expect(b.asOf).toMatchObject({ year: 2024, month: 9, day: null });
});

test("no as-of date: the bulletin says it cannot state time progress, gives the totals it has, ranks nothing", () => {
  const rows = dispatchRows();
  rows[0][0] = "2024年科技创新主要指标调度情况表";
  rows[3] = rows[3].map((h) => (h === "截至9月完成" ? "完成数" : h));
  const b = bulletinOf([dispatchSheet("调度", rows)]);
  expect(b.indicators.map((i) => i.missing)).toEqual([["no-as-of"], ["no-as-of"]]);
  expect(renderBulletin(b)).toBe(
    "高新技术企业：表中未找到截至日期（如“截至9月”“1-9月”），无法计算时序进度；全区目标120家，已完成96家，完成率80.0%。" +
      "科技型企业：表中未找到截至日期（如“截至9月”“1-9月”），无法计算时序进度；全区目标600家，已完成417家，完成率69.5%。"
  );
  expect(renderBulletin(b, "en-US")).toContain("no as-of date in the table");
  // Given a date, the same table is bulletined.
  expect(renderBulletin(bulletinOf([dispatchSheet("调度", rows)], "2024-09-30"))).toContain(
    "截至2024年9月底（时序进度75.0%），全区高新技术企业目标120家"
  );
});

test("no actual column: the bulletin says there is nothing to report on", () => {
  const b = bulletinOf([gridOf("附件1", planRows())]);
  expect(b.indicators).toEqual([]);
  expect(renderBulletin(b)).toContain("没有与目标对应的完成数列");
  expect(renderBulletin(b, "en-US")).toContain("no bulletin");
});

test("no total row: no district figures are invented", () => {
  const report = checkWorkbook({ sheets: [dispatchSheet()] });
  const series = report.progress!.map((s) => ({ ...s, total: null }));
  const text = renderBulletin(buildBulletin(series));
  expect(text).toContain("高新技术企业：表中没有合计行，未列全区数");
  expect(text).not.toContain("目标120");
  expect(text).toContain("前三位为双河口镇（110.0%）");
});

test("a date inside a month, a single laggard, nobody behind", () => {
  const units: [string, number, number][] = [
    ["中山路街道", 100, 60],
    ["胜利路街道", 80, 10],
    ["南大街街道", 50, 30],
  ];
  const b = bulletinOf([gridOf("通报", bulletinRows("1-6月完成", units))], "2024-06-15");
  const text = renderBulletin(b);
  expect(text).toContain("截至2024年6月15日（时序进度45.8%）");
  expect(text).toContain(
    "按完成率排名依次为中山路街道与南大街街道并列（60.0%）、胜利路街道（12.5%）；"
  );
  expect(text).toContain("低于时序进度的有胜利路街道（落后33.3个百分点，红灯）。");

  const ahead = bulletinOf([
    gridOf(
      "通报",
      bulletinRows("1-6月完成", [
        ["中山路街道", 100, 60],
        ["胜利路街道", 80, 48],
      ])
    ),
  ]);
  expect(renderBulletin(ahead)).toContain("各单位均达到时序进度。");
});

test("one sheet per month: the latest month is bulletined, the earlier one named", () => {
  const august = dispatchRows(
    DISPATCH_UNITS.map(([n, ht, ha, kt, ka]) => [n, ht, ha - 1, kt, ka - 5])
  );
  august[0][0] = "2024年1-8月科技创新主要指标月调度情况表";
  august[3] = august[3].map((h: CellValue) => (h === "截至9月完成" ? "截至8月完成" : h));
  const b = bulletinOf([dispatchSheet("8月", august), dispatchSheet("9月")]);
  expect(b.indicators.map((i) => i.sheet)).toEqual(["9月", "9月"]);
  expect(b.earlier.map((e) => e.sheet)).toEqual(["8月", "8月"]);
  expect(renderBulletin(b).split("\n").pop()).toBe("以上按最近月份通报；8月表为较早月份，未列入。");
});

test("a quarterly plan: each unit against its own plan through the date, the district against the units' plan", () => {
  const rows: CellValue[][] = [
    ["梁平区2024年科技型企业培育进度表", null, null, null, null, null, null, null],
    ["序号", "乡镇(街道)", "新增科技型企业(家)", null, null, null, null, null],
    [null, null, "一季度", "二季度", "三季度", "四季度", "合计", "截至6月完成"],
    [1, "高新区管委会", 2, 2, 2, 2, 8, 3],
    [2, "梁山街道", 0, 0, 1, 1, 2, 0],
    [3, "双桂街道", 3, 3, 0, 0, 6, 2],
    ["合计", null, 5, 5, 3, 3, 16, 5],
  ];
  const sheet = sheetOf("附件", rows, {
    mergeRanges: ["A1:H1", "A2:A3", "B2:B3", "C2:H2", "A7:B7"],
  });
  const b = bulletinOf([sheet]);
  expect(b.timeProgress).toBeNull();
  // 10 of 16 planned by June: 62.5%; 5 of 16 done: 31.3%, 31.3 points behind. The unit (家) is only in the group
  // header, not a unit line: no unit is said rather than a guessed one.
  expect(renderBulletin(b)).toBe(
    [
      "截至2024年6月底，全区新增科技型企业目标16，已完成5，完成率31.3%，低于时序进度（62.5%）31.3个百分点。",
      "按完成率排名依次为高新区管委会（37.5%）、双桂街道（33.3%）、梁山街道（0.0%）；低于时序进度的有高新区管委会、双桂街道等2个单位，其中双桂街道（落后66.7个百分点）落后时序进度超过30个百分点，为红灯。",
    ].join("\n")
  );
});
