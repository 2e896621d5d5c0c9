/**
 * The text summary never says 未发现问题 for a table it could not read (issue 9): a table with 2 of its 3 totals
 * wrong is reported with both errors, and a block that looks like a table but cannot be read is listed per sheet
 * with the reason.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

async function run(args: string[]) {
  let stdout = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, stdout };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-unverified-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const header = ["镇街", "2024年", "2025年", "2026年"];
const title = ["科技型企业培育任务分解表"];

async function workbook(name: string, sheets: Record<string, (string | number | null)[][]>) {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) wb.addWorksheet(sheetName).addRows(rows);
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("tables the checker could not read are said, never passed as clean", () => {
  test("2 of 3 totals wrong: both errors, exit 1", async () => {
    const file = await workbook("two-wrong.xlsx", {
      表: [
        title,
        header,
        ["中山路街道", 10, 20, 30],
        ["胜利路街道", 20, 20, 30],
        ["合计", 30, 41, 61],
      ],
    });
    const { code, stdout } = await run([file]);
    expect(code).toBe(1);
    expect(stdout).toContain("表 表!A2:D5");
    expect(stdout).toContain("错误 表!C5 [sum-mismatch]");
    expect(stdout).toContain("错误 表!D5 [sum-mismatch]");
    expect(stdout).not.toContain("未发现问题");
    expect(stdout).not.toContain("未识别到分解表");
  });

  test("a block that cannot be read is listed per sheet with its reason; no 未发现问题", async () => {
    const file = await workbook("unreadable.xlsx", {
      好表: [
        title,
        header,
        ["中山路街道", 10, 20, 30],
        ["胜利路街道", 20, 20, 30],
        ["合计", 30, 40, 60],
      ],
      分类表: [
        title,
        header,
        ["城区", 30, 40, 60],
        ["中山路街道", 10, 20, 30],
        ["胜利路街道", 20, 20, 30],
        ["镇", 6, 7, 8],
        ["朱沱镇", 5, 6, 7],
        ["吉安镇", 1, 1, 1],
        ["合计", 36, 47, 68],
      ],
    });
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/未校验 分类表!A2:D9：“合计”（B9:D9）约为其上6行之和的一半/);
    expect(stdout).toContain("警告 1 处");
    expect(stdout).not.toContain("未发现问题");

    const english = await run([file, "--lang", "en-US"]);
    expect(english.stdout).toMatch(/not checked 分类表!A2:D9: "合计" \(B9:D9\) is about half/);
  });
});
