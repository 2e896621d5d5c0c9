/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { YONGCHUAN_REPORT } from "./fakeHost";

// The Excel adapter (src/excel/run.ts) is tested on its own; this test pins only the calls the pane makes.
const mockAdapter = {
  runCheckInExcel: jest.fn(async () => ({ report: YONGCHUAN_REPORT, marks: 1 })),
  clearMarksInExcel: jest.fn(async () => ({ restored: 1 })),
  selectRange: jest.fn(async () => undefined),
};
jest.mock("../../src/excel/run", () => mockAdapter);
const mockTargets = {
  readTargetsInExcel: jest.fn(async () => [
    { indicator: "高新技术企业", period: "2025", op: ">", value: 75 },
  ]),
  saveTargetsInExcel: jest.fn(async () => undefined),
};
jest.mock("../../src/excel/targets", () => mockTargets);

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
  it("runs the check in one Excel.run, in the pane's language, with today's date, and returns the report", async () => {
    const report = await createExcelHost("en-US").runCheck();
    // The report, with what 校验 could not mark or write (none here).
    expect(report).toEqual({ ...YONGCHUAN_REPORT, writeNotices: [] });
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.runCheckInExcel).toHaveBeenCalledWith(context, {
      locale: "en-US",
      today: expect.any(Date),
    });
  });

  it("passes the pane's as-of date and progress callback to the run", async () => {
    const onProgress = jest.fn();
    await createExcelHost("zh-CN").runCheck({ asOf: "2024-06-30", onProgress });
    expect(mockAdapter.runCheckInExcel).toHaveBeenCalledWith(context, {
      locale: "zh-CN",
      today: expect.any(Date),
      asOf: "2024-06-30",
      onProgress,
    });
  });

  it("reads and saves the 目标 sheet's targets, each in one Excel.run", async () => {
    const host = createExcelHost("zh-CN");
    const targets = await host.readTargets();
    expect(targets).toEqual([{ indicator: "高新技术企业", period: "2025", op: ">", value: 75 }]);
    await host.saveTargets(targets);
    expect(excelRun).toHaveBeenCalledTimes(2);
    expect(mockTargets.readTargetsInExcel).toHaveBeenCalledWith(context);
    expect(mockTargets.saveTargetsInExcel).toHaveBeenCalledWith(context, targets);
  });

  it("tells what this Excel supports from its requirement sets", () => {
    const globals = globalThis as unknown as { Office?: unknown };
    for (const [version, expected] of [
      [
        "1.9",
        {
          notes: false,
          comments: false,
          mergedAreas: false,
          links: true,
          charts: true,
          comboCharts: true,
        },
      ],
      [
        "1.12",
        {
          notes: false,
          comments: true,
          mergedAreas: false,
          links: true,
          charts: true,
          comboCharts: true,
        },
      ],
      [
        "1.18",
        {
          notes: true,
          comments: true,
          mergedAreas: true,
          links: true,
          charts: true,
          comboCharts: true,
        },
      ],
    ] as const) {
      globals.Office = {
        context: {
          requirements: {
            isSetSupported: (name: string, need: string) =>
              name === "ExcelApi" && Number(need.split(".")[1]) <= Number(version.split(".")[1]),
          },
        },
      };
      expect(createExcelHost("zh-CN").capabilities()).toEqual(expected);
    }
    delete globals.Office;
  });

  it("clears the marks in one Excel.run", async () => {
    await expect(createExcelHost("zh-CN").clearMarks()).resolves.toBeUndefined();
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.clearMarksInExcel).toHaveBeenCalledWith(context, { locale: "zh-CN" });
  });

  it.each([
    ["a finding's cell", "G31"],
    ["a table's range", "A3:G31"],
  ])("selects %s in one Excel.run", async (_, address) => {
    await createExcelHost("zh-CN").select("附件1", address);
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(mockAdapter.selectRange).toHaveBeenCalledWith(context, "附件1", address);
  });

  it("passes the mockAdapter's errors on to the pane", async () => {
    const error = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    mockAdapter.runCheckInExcel.mockRejectedValueOnce(error);
    await expect(createExcelHost("zh-CN").runCheck()).rejects.toBe(error);
  });
});
