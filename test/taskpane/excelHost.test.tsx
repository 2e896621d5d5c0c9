/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { YONGCHUAN_REPORT } from "./fakeHost";

// The Excel adapter (src/excel/run.ts) is tested on its own; this test pins only the calls the pane makes.
const mockAdapter = {
  runCheckInExcel: jest.fn(async () => ({ report: YONGCHUAN_REPORT, marks: 1 })),
  clearMarksInExcel: jest.fn(async () => ({ restored: 1 })),
  selectCell: jest.fn(async () => undefined),
  selectRange: jest.fn(async () => undefined),
};
jest.mock("../../src/excel/run", () => mockAdapter);

import { createExcelHost } from "../../src/taskpane/excelHost";

const context = { sync: jest.fn() } as unknown as Excel.RequestContext;
const excelRun = jest.fn(async (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
  batch(context)
);

beforeEach(() => {
  jest.clearAllMocks();
  (globalThis as unknown as { Excel: unknown }).Excel = { run: excelRun };
});

afterAll(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("the Excel host", () => {
  it("runs the check in one Excel.run, in the pane's language, and returns the report", async () => {
    const report = await createExcelHost("en-US").runCheck();
    expect(report).toBe(YONGCHUAN_REPORT);
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.runCheckInExcel).toHaveBeenCalledWith(context, { locale: "en-US" });
  });

  it("clears the marks in one Excel.run", async () => {
    await expect(createExcelHost("zh-CN").clearMarks()).resolves.toBeUndefined();
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.clearMarksInExcel).toHaveBeenCalledWith(context);
  });

  it("selects a cell in one Excel.run", async () => {
    await createExcelHost("zh-CN").selectCell("附件1", "G31");
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.selectCell).toHaveBeenCalledWith(context, "附件1", "G31");
  });

  it("selects a table's range in one Excel.run", async () => {
    await createExcelHost("zh-CN").selectRange("附件1", "A3:G31");
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.selectRange).toHaveBeenCalledWith(context, "附件1", "A3:G31");
  });

  it("passes the mockAdapter's errors on to the pane", async () => {
    const error = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    mockAdapter.runCheckInExcel.mockRejectedValueOnce(error);
    await expect(createExcelHost("zh-CN").runCheck()).rejects.toBe(error);
  });
});
