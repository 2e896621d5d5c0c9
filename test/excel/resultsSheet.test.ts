/** The 校验结果 sheet in Excel: the summary on top in the palette's colours, findings whose cell links to the cell. */
import { LIGHT_FILL, RESULTS_SHEET_NAME, SEVERITY_FILL } from "../../src/core/marks";
import { RESULTS_HEADER_ROW } from "../../src/core/results";
import { clearMarksInExcel, runCheckInExcel } from "../../src/excel/run";
import { bulletinWorkbook } from "../support/bulletin";
import {
  createFakeExcel,
  findSheet,
  uninstallFakeOffice,
  type FakeExcel,
} from "../support/fakeExcel";

afterEach(() => uninstallFakeOffice());

async function check(host: FakeExcel, today = new Date(2024, 10, 21)) {
  host.install();
  const { context } = host.requestContext();
  return runCheckInExcel(context, { locale: "zh-CN", today, activateResults: true });
}

function results(host: FakeExcel) {
  return findSheet(host.model, RESULTS_SHEET_NAME)!;
}

describe("the 校验结果 sheet", () => {
  it("starts with the summary: tables, findings by severity, units behind by light, as-of date, time progress", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    const { report } = await check(host);
    const sheet = results(host);
    const row = (n: number) => [sheet.cells[`A${n}`]?.value, sheet.cells[`B${n}`]?.value];
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(row)).toEqual([
      ["分解表校验结果", undefined],
      ["检查的表", "2 张"],
      ["错误", "2 处"],
      ["警告", "5 处"],
      ["提示", "0 处"],
      ["红灯单位", "1 个（完成率落后时序进度超过30个百分点，按浅橙色标出）"],
      ["黄灯单位", "2 个（落后时序进度不超过30个百分点，按警告的颜色标出）"],
      ["截至日期", "1-6月（据表头）"],
      ["时序进度", "50.0%"],
    ]);
    expect(report.findings).toHaveLength(7);
    // The legend: each label in the colour the marks use.
    expect(sheet.cells.A3.fill).toEqual({ color: SEVERITY_FILL.error, pattern: "Solid" });
    expect(sheet.cells.A4.fill).toEqual({ color: SEVERITY_FILL.warning, pattern: "Solid" });
    expect(sheet.cells.A5.fill).toEqual({ color: SEVERITY_FILL.info, pattern: "Solid" });
    expect(sheet.cells.A6.fill).toEqual({ color: LIGHT_FILL.red, pattern: "Solid" });
    expect(sheet.cells.A7.fill).toEqual({ color: LIGHT_FILL.yellow, pattern: "Solid" });
    expect(sheet.cells.A1.bold).toBe(true);
    expect(sheet.cells[`A${RESULTS_HEADER_ROW + 1}`]).toEqual({
      value: "工作表",
      numberFormat: "@",
      bold: true,
    });
    // Everything written is text.
    for (const cell of Object.values(sheet.cells)) {
      expect(cell.numberFormat).toBe("@");
      expect(cell.formula).toBeUndefined();
    }
    expect(host.view.activeSheet).toBe(RESULTS_SHEET_NAME);
  });

  it("the behind-schedule cells carry their light's colour in the sheet", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await check(host);
    const bulletin = findSheet(host.model, "通报")!;
    expect(bulletin.cells.D6.fill).toEqual({ color: LIGHT_FILL.red, pattern: "Solid" }); // 南大街 10%
    expect(bulletin.cells.D4.fill).toEqual({ color: LIGHT_FILL.yellow, pattern: "Solid" }); // 中山路 40%
    expect(bulletin.cells.D5.fill).toBeUndefined(); // 胜利路 60%: green, unmarked
  });

  it("each finding's 单元格 links to its cell (the sheet quoted), and the link goes where the finding is", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    const { report, written } = await check(host);
    const sheet = results(host);
    expect(written!.linked).toBe(report.findings.length);
    report.findings.forEach((finding, i) => {
      const cell = sheet.cells[`B${RESULTS_HEADER_ROW + 2 + i}`];
      expect(cell).toEqual({
        value: finding.cell,
        numberFormat: "@",
        hyperlink: { documentReference: `'${finding.sheet}'!${finding.cell}` },
      });
      expect(sheet.cells[`A${RESULTS_HEADER_ROW + 2 + i}`].value).toBe(finding.sheet);
      expect(findSheet(host.model, finding.sheet)).toBeDefined();
    });
  });

  it("re-checking rewrites the sheet: no link is left over from the longer list before", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await check(host);
    host.model.sheets = host.model.sheets.filter((s) => s.name !== "附件1" && s.name !== "目标");
    const { report } = await check(host);
    const linked = Object.values(results(host).cells).filter((c) => c.hyperlink);
    expect(linked).toHaveLength(report.findings.length);
  });

  it("a host without ExcelApi 1.7 gets the same sheet without links (feature-detected, nothing fails)", async () => {
    const host = createFakeExcel(bulletinWorkbook(), { withoutSets: ["1.7"] });
    const before = host.snapshot();
    const { report, written } = await check(host);
    expect(written).toMatchObject({ linked: 0, links: report.findings.length });
    expect(Object.values(results(host).cells).some((c) => c.hyperlink)).toBe(false);
    expect(results(host).cells[`B${RESULTS_HEADER_ROW + 2}`].value).toBe(report.findings[0].cell);
    const { context } = host.requestContext();
    await clearMarksInExcel(context);
    const after = host.snapshot();
    delete after.settings; // the record, which keeps naming our emptied sheet
    expect(after).toEqual({
      ...before,
      sheets: [...before.sheets, { name: RESULTS_SHEET_NAME, cells: {} }],
    });
  });
});
