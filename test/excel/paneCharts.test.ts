/** PaneHost.insertCharts: in Excel the adapter's charts; on the browser page the page's own charts section. */
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

test("the browser page: the charts drawn in the page (chart.js, with a secondary axis), from the worker's specs", async () => {
  const specs = [
    {
      kind: "indicator" as const,
      sheet: "附件1",
      table: "A4:G8",
      indicator: "研发投入",
      unitOfMeasure: "万元",
      years: ["2025"],
      totals: [644900],
      targets: [600000],
    },
  ];
  const showCharts = jest.fn();
  const host = createFileHost({
    client: { charts: jest.fn(async () => specs) } as unknown as EngineClient,
    opened: () => true,
    onProgress: jest.fn(),
    reveal: jest.fn(),
    onTargetSheet: jest.fn(),
    showCharts,
  });
  expect(host.capabilities()).toMatchObject({ charts: true, comboCharts: true });
  await expect(host.insertCharts()).resolves.toMatchObject({ charts: 1 });
  expect(showCharts).toHaveBeenCalledWith(specs);
});
