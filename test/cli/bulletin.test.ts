/** `--bulletin`: the bulletin after the findings in text, a `bulletin` field in JSON, the block in the --out copy. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { dispatchXlsx } from "../support/dispatch";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

let tmp: string;
let file: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-bulletin-"));
  file = path.join(tmp, "9月调度.xlsx");
  await fs.writeFile(file, await dispatchXlsx());
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const OPENING =
  "截至2024年9月底（时序进度75.0%），全区高新技术企业目标120家，已完成96家，完成率80.0%，高于时序进度5.0个百分点；";

test("text: the bulletin and its ranked tables come after the findings", async () => {
  const { code, stdout, stderr } = await run([file, "--bulletin"]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const findingsAt = stdout.indexOf("[behind-schedule]");
  const bulletinAt = stdout.indexOf("   通报：");
  expect(findingsAt).toBeGreaterThan(0);
  expect(bulletinAt).toBeGreaterThan(findingsAt);
  expect(stdout).toContain(`\n   ${OPENING}`);
  const lines = stdout.split("\n");
  const caption = lines.indexOf("   科技型企业按完成率排名（单位：家），截至2024年9月底");
  expect(caption).toBeGreaterThan(0);
  expect(lines[caption + 1].split(/\s+/).filter(Boolean)).toEqual([
    "排名",
    "镇街",
    "目标",
    "已完成",
    "完成率",
    "与时序进度差（百分点）",
    "预警",
  ]);
  expect(lines[caption + 3].split(/\s+/).filter(Boolean)).toEqual([
    "并列2",
    "中山路街道",
    "90",
    "72",
    "80.0%",
    "+5.0",
    "—",
  ]);
  // Aligned: every row of the table starts its second column at the same terminal column.
  const columnOf = (line: string, word: string) =>
    [...line.slice(0, line.indexOf(word))].reduce(
      (n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1),
      0
    );
  expect(columnOf(lines[caption + 2], "胜利路街道")).toBe(columnOf(lines[caption + 1], "镇街"));
  expect(columnOf(lines[caption + 3], "+5.0")).toBe(columnOf(lines[caption + 1], "与时序进度差"));
});

test("without --bulletin, no bulletin", async () => {
  const { stdout } = await run([file]);
  expect(stdout).not.toContain("通报：");
  const json = JSON.parse((await run([file, "--format", "json"])).stdout);
  expect(json.files[0].bulletin).toBeUndefined();
});

test("JSON: a bulletin field with the text and the data the text is made of", async () => {
  const { stdout } = await run([file, "--format", "json", "--bulletin"]);
  const [result] = JSON.parse(stdout).files;
  const { bulletin } = result;
  expect(bulletin.text.startsWith(OPENING)).toBe(true);
  expect(bulletin.paragraphs).toEqual(bulletin.text.split("\n"));
  const [high] = bulletin.indicators;
  expect(high).toMatchObject({
    sheet: "9月",
    indicator: "高新技术企业",
    district: { target: { value: 120 }, actual: { value: 96 }, rate: { text: "80.0" } },
    timeProgress: { value: 0.75, text: "75.0" },
  });
  expect(high.red.map((u: { unit: string; cell: string }) => [u.unit, u.cell])).toEqual([
    ["南大街街道", "D8"],
    ["关坝镇", "D11"],
  ]);
  // The red units are the findings' red lights, cell for cell.
  const reds = result.findings
    .filter((f: { light?: string; cell: string }) => f.light === "red" && f.cell.startsWith("D"))
    .map((f: { cell: string }) => f.cell);
  expect(reds).toEqual(["D8", "D11"]);
  expect(
    JSON.parse((await run([file, "--format", "json", "--bulletin", "--lang", "en-US"])).stdout)
      .files[0].bulletin.text
  ).toMatch(/^As of the end of September 2024/);
});

test("--out: the copy's 校验结果 sheet has the 通报 block", async () => {
  const out = path.join(tmp, "out");
  await fs.mkdir(out);
  const { code } = await run([file, "--out", out]);
  expect(code).toBe(0);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(path.join(out, "9月调度.checked.xlsx"));
  const values: string[] = [];
  copy
    .getWorksheet(RESULTS_SHEET_NAME)!
    .eachRow((row) => values.push(String(row.getCell(1).value ?? "")));
  expect(values).toContain("通报");
  expect(values.some((v) => v.startsWith(OPENING))).toBe(true);
});
