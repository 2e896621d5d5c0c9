/** `--previous last-month.xlsx`: last month's cumulative actuals against this month's (progress-decrease). */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { DISPATCH_UNITS, dispatchSheet } from "../support/rateDispatch";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-check-previous-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A dispatch workbook of one month, as an .xlsx file. */
async function dispatchFile(name: string, month: number, units: [string, number, number][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("调度");
  for (const row of dispatchSheet("调度", { month, units }).values)
    ws.addRow(row.map((v) => (v === null ? undefined : v)));
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** July: 胜利路街道 had 50 (48 in August), the rest below August's. */
const JULY: [string, number, number][] = DISPATCH_UNITS.map(([u, t, a]) => [
  u,
  t,
  u === "胜利路街道" ? 50 : a - 5,
]);

describe("--previous", () => {
  test("the unit whose cumulative actual went down since last month's file: a warning", async () => {
    const july = await dispatchFile("7月调度.xlsx", 7, JULY);
    const august = await dispatchFile("8月调度.xlsx", 8, [...DISPATCH_UNITS].reverse());
    const { code, stdout, stderr } = await run([august, "--previous", july, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings.filter((f: { rule: string }) => f.rule === "progress-decrease")).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "调度",
        cell: "D7",
        expected: 50,
        actual: 48,
        message:
          "胜利路街道科技型企业1-8月累计完成为48，低于上月文件“7月调度.xlsx”中“调度”表D5的50（减少2）：累计数不应比上月少",
      }),
    ]);
    // Without --previous, August alone has nothing to compare with.
    const alone = JSON.parse((await run([august, "--format", "json"])).stdout).files[0];
    expect(alone.findings.some((f: { rule: string }) => f.rule === "progress-decrease")).toBe(
      false
    );
  });

  test("a previous file that cannot be read: exit 2, one Chinese line, nothing checked", async () => {
    const august = await dispatchFile("8月.xlsx", 8, DISPATCH_UNITS);
    const missing = path.join(tmp, "没有.xlsx");
    let result = await run([august, "--previous", missing]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      `breakdown-check: 上月文件 ${missing} 无法读取：文件不存在`,
    ]);
    const text = path.join(tmp, "notes.xlsx");
    await fs.writeFile(text, "not a workbook at all");
    result = await run([august, "--previous", text]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^breakdown-check: 上月文件 ${text.replace(/[.]/g, "\\.")} 无法读取：.+\\n$`)
    );
  });

  test("the usage line names the option", async () => {
    const { code, stderr } = await run(["--help"]);
    expect(code).toBe(2);
    expect(stderr).toContain("[--previous last-month.xlsx]");
  });
});
