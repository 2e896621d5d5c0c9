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
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import * as XLSX from "@e965/xlsx";
import { FailureError } from "../../src/i18n/failure";
import { dispatchSheet } from "../support/rateDispatch";

if (typeof globalThis.TextDecoder === "undefined")
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

/** Last month's dispatch workbook, as the pane's file picker hands it over. */
async function julyBytes(): Promise<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet(dispatchSheet("调度", { month: 7 }).values),
    "调度"
  );
  return XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
}

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

  it("上月文件: read with the page's reader when picked, then given to every check until cleared", async () => {
    const host = createExcelHost("zh-CN");
    await host.setPreviousFile!({ name: "7月调度.xlsx", bytes: await julyBytes() });
    await host.runCheck();
    const options = (mockAdapter.runCheckInExcel.mock.calls[0] as unknown[])[1] as {
      previous?: { name: string; workbook: { sheets: { name: string; values: unknown[][] }[] } };
    };
    expect(options.previous?.name).toBe("7月调度.xlsx");
    expect(options.previous?.workbook.sheets.map((s) => s.name)).toEqual(["调度"]);
    expect(options.previous?.workbook.sheets[0].values[3].slice(1, 4)).toEqual([
      "中山路街道",
      100,
      80,
    ]);
    await host.setPreviousFile!(null);
    await host.runCheck();
    expect((mockAdapter.runCheckInExcel.mock.calls[1] as unknown[])[1]).not.toHaveProperty(
      "previous"
    );
  });

  it("上月文件 that is no workbook: the typed failure, and nothing kept", async () => {
    const host = createExcelHost("zh-CN");
    const text = new TextEncoder().encode("not a workbook").buffer as ArrayBuffer;
    await expect(host.setPreviousFile!({ name: "notes.xlsx", bytes: text })).rejects.toEqual(
      expect.any(FailureError)
    );
    await expect(
      host.setPreviousFile!({ name: "notes.xlsx", bytes: text }).catch(
        (e: FailureError) => e.failure.kind
      )
    ).resolves.toBe("notXlsx");
    await host.runCheck();
    expect((mockAdapter.runCheckInExcel.mock.calls[0] as unknown[])[1]).not.toHaveProperty(
      "previous"
    );
  });

  it("passes the mockAdapter's errors on to the pane", async () => {
    const error = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    mockAdapter.runCheckInExcel.mockRejectedValueOnce(error);
    await expect(createExcelHost("zh-CN").runCheck()).rejects.toBe(error);
  });
});
