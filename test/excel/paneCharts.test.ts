/** PaneHost.insertCharts: in Excel the adapter's charts; on the browser page a clear refusal (it draws no charts). */
import { CHART_SHEET_NAME } from "../../src/core/charts";
import { createExcelHost } from "../../src/taskpane/excelHost";
import { createFileHost } from "../../src/web/fileHost";
import type { EngineClient } from "../../src/web/workerClient";
import { bulletinWorkbook } from "../support/bulletin";
import { createFakeExcel, findSheet, uninstallFakeOffice } from "../support/fakeExcel";

afterEach(() => uninstallFakeOffice());

test("Excel: one Excel.run, the charts on the 进度图表 sheet, with the pane's as-of date", async () => {
  const host = createFakeExcel(bulletinWorkbook());
  host.install();
  const result = await createExcelHost("zh-CN").insertCharts({ asOf: "2024-09-30" });
  expect(result).toEqual({ sheet: CHART_SHEET_NAME, charts: 2 });
  expect(host.contexts).toHaveLength(1);
  expect(host.droppedOperations).toBe(0);
  expect(findSheet(host.model, CHART_SHEET_NAME)!.charts![0].title).toContain("时序进度75.0%");
});

test("Excel without ExcelApi 1.8: the note says why there are two charts per table", async () => {
  createFakeExcel(bulletinWorkbook(), { withoutSets: ["1.8"] }).install();
  const result = await createExcelHost("zh-CN").insertCharts();
  expect(result.charts).toBe(3);
  expect(result.note).toContain("ExcelApi 1.8");
});

test("the browser page: no charts (the capability says so), and a clear reason if asked", async () => {
  const host = createFileHost({
    client: {} as EngineClient,
    locale: () => "zh-CN",
    onProgress: jest.fn(),
    reveal: jest.fn(),
  });
  expect(host.capabilities()).toMatchObject({ charts: false, comboCharts: false });
  await expect(host.insertCharts()).rejects.toMatchObject({
    code: "ChartsNotInBrowser",
    message: "浏览器版不能插入图表：请在 Excel 中打开工作簿，用“插入图表”生成进度图表。",
  });
});
