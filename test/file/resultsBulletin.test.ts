/** The --out copy's (and the page download's) 校验结果 sheet carries the same 通报 block as Excel's. */
import ExcelJS from "exceljs";
import { buildBulletin } from "../../src/core/bulletin/build";
import { checkWorkbook } from "../../src/core/check";
import { LIGHT_FILL, planMarks, RESULTS_SHEET_NAME } from "../../src/core/marks";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { annotateWorkbook } from "../../src/file/writeAnnotated";
import { renderBulletin, reportWords, type Locale } from "../../src/i18n";
import { dispatchXlsx } from "../support/dispatch";

async function annotated(locale: Locale = "zh-CN") {
  const original = await dispatchXlsx();
  const { grid } = readWorkbook(original);
  const report = checkWorkbook(grid);
  const plan = planMarks(report, reportWords(locale));
  const { bytes } = annotateWorkbook(original, plan);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { report, plan, results: copy.getWorksheet(RESULTS_SHEET_NAME)! };
}

const text = (sheet: ExcelJS.Worksheet, row: number, column = 1) => {
  const value = sheet.getRow(row).getCell(column).value;
  return value === null || value === undefined ? "" : String(value);
};

test("the block below the findings: heading, paragraphs, ranked tables, bold headers, lights in colour", async () => {
  const { report, plan, results } = await annotated();
  const start = plan.layout.bulletinRow! + 2; // 1-based: the blank row, then the heading
  expect(text(results, start)).toBe("通报");
  expect(results.getRow(start).getCell(1).font?.bold).toBe(true);
  const paragraphs = renderBulletin(buildBulletin(report.progress!)).split("\n");
  paragraphs.forEach((p, i) => expect(text(results, start + 1 + i)).toBe(p));
  // The paragraphs run across empty cells (nothing written to their right).
  expect(text(results, start + 1, 2)).toBe("");

  let caption = 0;
  results.eachRow((row, n) => {
    if (String(row.getCell(1).value ?? "").startsWith("高新技术企业按完成率排名")) caption = n;
  });
  expect(caption).toBeGreaterThan(start);
  const cells = (n: number) => Array.from({ length: 7 }, (_, c) => text(results, n, c + 1));
  expect(cells(caption + 1)).toEqual([
    "排名",
    "镇街",
    "目标",
    "已完成",
    "完成率",
    "与时序进度差（百分点）",
    "预警",
  ]);
  expect(results.getRow(caption + 1).getCell(1).font?.bold).toBe(true);
  expect(cells(caption + 9)).toEqual(["8", "关坝镇", "10", "3", "30.0%", "-45.0", "红灯"]);
  const fill = (n: number) =>
    (results.getRow(n).getCell(7).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect(fill(caption + 9)).toBe(`FF${LIGHT_FILL.red.slice(1)}`);
  expect(fill(caption + 7)).toBe(`FF${LIGHT_FILL.yellow.slice(1)}`); // 大安镇
  expect(fill(caption + 2)).toBeUndefined();
});

test("in English on an English run", async () => {
  const { results, plan } = await annotated("en-US");
  const start = plan.layout.bulletinRow! + 2;
  expect(text(results, start)).toBe("Bulletin");
  expect(text(results, start + 1)).toMatch(
    /^As of the end of September 2024 \(time progress 75\.0%\)/
  );
});
