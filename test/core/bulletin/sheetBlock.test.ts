/** The 通报 block of the 校验结果 layout: below the findings, the heading, the paragraphs, the ranked tables. */
import { buildBulletin } from "../../../src/core/bulletin/build";
import { checkWorkbook } from "../../../src/core/check";
import { LIGHT_FILL } from "../../../src/core/palette";
import { RESULTS_HEADER_ROW, resultsLayout } from "../../../src/core/results";
import { renderBulletin, reportWords } from "../../../src/i18n";
import { dispatchSheet } from "../../support/dispatch";

const report = checkWorkbook({ sheets: [dispatchSheet()] });

test("the block starts after a blank row below the last finding; its rows are the bulletin's, in the locale", () => {
  for (const locale of ["zh-CN", "en-US"] as const) {
    const layout = resultsLayout(report, reportWords(locale));
    const start = layout.bulletinRow!;
    expect(start).toBe(RESULTS_HEADER_ROW + 1 + report.findings.length);
    expect(layout.rows[start].every((v) => v === "")).toBe(true);
    const paragraphs = renderBulletin(buildBulletin(report.progress!), locale).split("\n");
    expect(layout.rows[start + 1][0]).toBe(locale === "zh-CN" ? "通报" : "Bulletin");
    expect(layout.rows.slice(start + 2, start + 2 + paragraphs.length).map((r) => r[0])).toEqual(
      paragraphs
    );
    expect(layout.boldRows).toContain(start + 1);
  }
});

test("each indicator's ranked table, its header bold, red and yellow lights in their colours", () => {
  const layout = resultsLayout(report, reportWords());
  const captions = layout.rows.flatMap((r, i) => (r[0].endsWith("截至2024年9月底") ? [i] : []));
  expect(captions.map((i) => layout.rows[i][0])).toEqual([
    "高新技术企业按完成率排名（单位：家），截至2024年9月底",
    "科技型企业按完成率排名（单位：家），截至2024年9月底",
  ]);
  const tech = captions[1];
  expect(layout.boldRows).toEqual(expect.arrayContaining([tech, tech + 1]));
  expect(layout.rows.slice(tech + 1, tech + 5).map((r) => r.slice(0, 7))).toEqual([
    ["排名", "镇街", "目标", "已完成", "完成率", "与时序进度差（百分点）", "预警"],
    ["1", "胜利路街道", "80", "66", "82.5%", "+7.5", "—"],
    ["并列2", "中山路街道", "90", "72", "80.0%", "+5.0", "—"],
    ["并列2", "茶山竹海街道", "60", "48", "80.0%", "+5.0", "—"],
  ]);
  const lights = layout.fills.filter((f) => f.row > tech);
  expect(lights.map((f) => [layout.rows[f.row][1], f.column, f.color])).toEqual([
    ["大安镇", 6, LIGHT_FILL.yellow],
    ["双河口镇", 6, LIGHT_FILL.yellow],
    ["关坝镇", 6, LIGHT_FILL.red],
    ["南大街街道", 6, LIGHT_FILL.red],
  ]);
});

test("findings alone (no progress) or words without a bulletin: no block", () => {
  expect(resultsLayout(report.findings, reportWords()).bulletinRow).toBeUndefined();
  const { bulletin, ...words } = reportWords();
  void bulletin;
  expect(resultsLayout(report, words).bulletinRow).toBeUndefined();
});
