/** The 通报 block of the 校验结果 sheet in Excel: below the findings, in the same syncs, kept when findings are left off. */
import * as check from "../../src/core/check";
import { buildBulletin } from "../../src/core/bulletin/build";
import { LIGHT_FILL, RESULTS_SHEET_NAME } from "../../src/core/marks";
import type { Finding } from "../../src/core/model";
import { RESULTS_HEADER_ROW } from "../../src/core/results";
import { runCheckInExcel } from "../../src/excel/run";
import { renderBulletin } from "../../src/i18n";
import { fakeSheetOf, planRows } from "../support/bulletin";
import { DISPATCH_MERGES, dispatchRows } from "../support/dispatch";
import {
  createFakeExcel,
  findSheet,
  uninstallFakeOffice,
  type FakeExcel,
  type FakeSheet,
} from "../support/fakeExcel";
import { sumMessage } from "../support/findings";

afterEach(() => {
  jest.restoreAllMocks();
  uninstallFakeOffice();
});

function dispatchWorkbook(): { sheets: FakeSheet[] } {
  const sheet = fakeSheetOf("9月", dispatchRows());
  sheet.merges = [...DISPATCH_MERGES];
  return { sheets: [sheet] };
}

async function run(host: FakeExcel) {
  host.install();
  const { context, fake } = host.requestContext();
  const result = await runCheckInExcel(context, { locale: "zh-CN", today: new Date(2024, 10, 21) });
  expect(result.syncs).toBe(fake.syncCount);
  return result;
}

/** Column A of the results sheet, top-down, up to the last written row. */
function columnA(host: FakeExcel): (string | undefined)[] {
  const sheet = findSheet(host.model, RESULTS_SHEET_NAME)!;
  const rows = Object.keys(sheet.cells).map((a) => Number(/\d+$/.exec(a)![0]));
  return Array.from(
    { length: Math.max(...rows) },
    (_, i) => sheet.cells[`A${i + 1}`]?.value as string | undefined
  );
}

describe("the 通报 block on 校验结果", () => {
  it("follows the findings: heading, the bulletin's paragraphs, each indicator's ranked table with its lights", async () => {
    const host = createFakeExcel(dispatchWorkbook());
    const { report } = await run(host);
    const sheet = findSheet(host.model, RESULTS_SHEET_NAME)!;
    const a = columnA(host);
    const heading = a.indexOf("通报");
    expect(heading).toBe(RESULTS_HEADER_ROW + 1 + report.findings.length + 1);
    const paragraphs = renderBulletin(buildBulletin(report.progress!)).split("\n");
    expect(a.slice(heading + 1, heading + 1 + paragraphs.length)).toEqual(paragraphs);
    expect(sheet.cells[`A${heading + 1}`].bold).toBe(true);

    // 高新技术企业's ranked table: caption, header, 8 units best first.
    const caption = a.indexOf("高新技术企业按完成率排名（单位：家），截至2024年9月底");
    expect(caption).toBeGreaterThan(heading);
    const row = (n: number) => "ABCDEFG".split("").map((c) => sheet.cells[`${c}${n}`]?.value);
    expect(row(caption + 2)).toEqual([
      "排名",
      "镇街",
      "目标",
      "已完成",
      "完成率",
      "与时序进度差（百分点）",
      "预警",
    ]);
    expect(sheet.cells[`A${caption + 2}`].bold).toBe(true);
    expect(row(caption + 3)).toEqual(["1", "双河口镇", "20", "22", "110.0%", "+35.0", "—"]);
    expect(row(caption + 9)).toEqual(["7", "南大街街道", "15", "6", "40.0%", "-35.0", "红灯"]);
    expect(sheet.cells[`G${caption + 9}`].fill).toEqual({
      color: LIGHT_FILL.red,
      pattern: "Solid",
    });
    expect(row(caption + 8)).toEqual(["6", "大安镇", "14", "10", "71.4%", "-3.6", "黄灯"]);
    expect(sheet.cells[`G${caption + 8}`].fill).toEqual({
      color: LIGHT_FILL.yellow,
      pattern: "Solid",
    });
    expect(sheet.cells[`G${caption + 3}`].fill).toBeUndefined();
    for (const cell of Object.values(sheet.cells)) expect(cell.numberFormat).toBe("@");
  });

  it("takes no sync of its own: a dispatch workbook takes as many syncs as a plan table", async () => {
    const dispatch = await run(createFakeExcel(dispatchWorkbook()));
    uninstallFakeOffice();
    const plan = await run(createFakeExcel({ sheets: [fakeSheetOf("附件1", planRows())] }));
    expect(plan.report.progress).toEqual([]);
    expect(dispatch.syncs).toBe(plan.syncs);
  });

  it("a plan table without actual columns gets no 通报 block", async () => {
    const host = createFakeExcel({ sheets: [fakeSheetOf("附件1", planRows())] });
    await run(host);
    expect(columnA(host)).not.toContain("通报");
  });

  it("stays whole when findings past the byte budget are left off, its marks moved up with it", async () => {
    const realCheck = check.checkWorkbook;
    jest.spyOn(check, "checkWorkbook").mockImplementation((grid, options) => {
      const report = realCheck(grid, options);
      const long = "很长的说明".repeat(200);
      const findings: Finding[] = [];
      for (let i = 0; i < 1500; i++) {
        const f: Finding = {
          rule: "sum-mismatch",
          severity: "error",
          sheet: "9月",
          cell: `C${12 + i}`,
          ...sumMessage(i, i + 1),
        };
        (f.params as { column: string }).column = long;
        findings.push(f);
      }
      return { ...report, findings: [...report.findings, ...findings] };
    });
    const host = createFakeExcel(dispatchWorkbook());
    const { written } = await run(host);
    expect(written!.resultsRowsOmitted).toBeGreaterThan(0);
    const sheet = findSheet(host.model, RESULTS_SHEET_NAME)!;
    const a = columnA(host);
    const heading = a.indexOf("通报");
    expect(heading).toBeGreaterThan(RESULTS_HEADER_ROW);
    expect(sheet.cells[`A${heading + 1}`].bold).toBe(true);
    const caption = a.indexOf("科技型企业按完成率排名（单位：家），截至2024年9月底");
    expect(sheet.cells[`B${caption + 10}`].value).toBe("南大街街道");
    expect(sheet.cells[`G${caption + 10}`].fill).toEqual({
      color: LIGHT_FILL.red,
      pattern: "Solid",
    });
    // The line saying how many findings were left off comes after the block.
    expect(
      a.findIndex((v) => v?.startsWith(`另有 ${written!.resultsRowsOmitted} 条问题`))
    ).toBeGreaterThan(caption);
  });
});
