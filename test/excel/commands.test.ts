/** The ribbon commands end to end against the fake Excel: the whole 校验 and 清除标记 flows as Excel runs them. */
import { clearMarksCommand, commandSettings, runCheckCommand } from "../../src/commands/commands";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { MARKS_SETTING_KEY } from "../../src/excel/markRecord";
import { breakdownWorkbook } from "../support/breakdownWorkbook";
import { bulletinWorkbook, fakeSheetOf } from "../support/bulletin";
import {
  createFakeExcel,
  snapshotWorkbook,
  uninstallFakeOffice,
  type FakeDialog,
  type FakeWorkbook,
} from "../support/fakeExcel";

function userContent(state: FakeWorkbook): FakeWorkbook {
  const copy = snapshotWorkbook(state);
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== RESULTS_SHEET_NAME);
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  return snapshotWorkbook(copy);
}

afterEach(() => {
  jest.restoreAllMocks();
  uninstallFakeOffice();
});

describe("ribbon commands (fake Excel)", () => {
  it("校验 marks the workbook, shows the 校验结果 sheet, and completes; 清除标记 restores it", async () => {
    const host = createFakeExcel(breakdownWorkbook(2));
    host.install();
    const before = host.snapshot();

    const check = { completed: jest.fn() };
    await runCheckCommand(check);
    expect(check.completed).toHaveBeenCalledTimes(1);
    expect(host.view.activeSheet).toBe(RESULTS_SHEET_NAME);
    expect(host.model.sheets[0].cells.G10.fill).toBeDefined();
    expect(host.droppedOperations).toBe(0);
    expect(host.totalSyncs).toBe(7);

    const clear = { completed: jest.fn() };
    await clearMarksCommand(clear);
    expect(clear.completed).toHaveBeenCalledTimes(1);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
    expect(host.droppedOperations).toBe(0);
  });

  it("a failed 清除标记 is shown in the same dialog as 校验, and the command still completes", async () => {
    const host = createFakeExcel(breakdownWorkbook(1), {
      failingSync: { number: 10, afterOperations: 0 },
    });
    host.install();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runCheckCommand({ completed: jest.fn() }); // syncs 1–7
    const clear = { completed: jest.fn() };
    await clearMarksCommand(clear); // sync 10, its write, fails
    expect(clear.completed).toHaveBeenCalledTimes(1);
    const dialog = host.dialogs[host.dialogs.length - 1];
    expect(host.dialogs).toHaveLength(2);
    expect(dialog.params.get("tone")).toBe("error");
    expect(dialog.params.get("title")).toBe("清除标记未完成");
  });

  it("清除标记 says so when marks on a protected sheet were left; silent when all is cleared", async () => {
    const host = createFakeExcel(breakdownWorkbook(2));
    host.install();
    await runCheckCommand({ completed: jest.fn() });
    host.model.sheets[0].protected = true; // the user protects a marked sheet afterwards
    await clearMarksCommand({ completed: jest.fn() });
    expect(host.dialogs).toHaveLength(2);
    expect(host.dialogs[1].params.getAll("line").join("")).toContain("受保护的工作表上");
    host.model.sheets[0].protected = false;
    await clearMarksCommand({ completed: jest.fn() });
    expect(host.dialogs).toHaveLength(2);
    expect(host.model.sheets[0].cells.G10.fill).toBeUndefined();
  });

  it("registers the commands as soon as the bundle runs, not inside Office.onReady", () => {
    const host = createFakeExcel(breakdownWorkbook(1));
    host.install();
    const office = (globalThis as { Office: { onReady: unknown } }).Office;
    office.onReady = () => new Promise(() => undefined); // Office never reports ready
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect([...host.actions.keys()]).toEqual(["runCheck", "clearMarks"]);
  });

  it("asks for one undo step (mergeUndoGroup) on ExcelApi 1.20, and not below", async () => {
    for (const apiVersion of ["1.20", "1.18"]) {
      const host = createFakeExcel(breakdownWorkbook(1), { apiVersion });
      host.install();
      await runCheckCommand({ completed: jest.fn() });
      await clearMarksCommand({ completed: jest.fn() });
      const expected = apiVersion === "1.20" ? { mergeUndoGroup: true } : {};
      expect(host.runOptions).toEqual([expected, expected]);
      uninstallFakeOffice();
    }
  });

  it("writes the results in English when Office runs in English", async () => {
    const host = createFakeExcel(breakdownWorkbook(1), { displayLanguage: "en-GB" });
    host.install();
    await runCheckCommand({ completed: jest.fn() });
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.A11.value).toBe("Sheet");
    expect(String(results.cells.H12.value)).toContain("600001");
    expect(String(results.cells.H12.value)).not.toContain("各单位之和");
  });

  it("completes even when the host is below the add-in's floor and every call fails", async () => {
    const host = createFakeExcel(breakdownWorkbook(1), { apiVersion: "1.8" });
    host.install();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toContain("校验");
  });
});

describe("the result dialog of 校验", () => {
  /** A plan that adds up and rises year by year: nothing to report. */
  function cleanWorkbook(): FakeWorkbook {
    return {
      sheets: [
        fakeSheetOf("附件1", [
          ["研发投入任务分解", null, null],
          ["单位", "2024年", "2025年"],
          ["中山路街道", 10, 12],
          ["胜利路街道", 20, 25],
          ["合计", 30, 37],
        ]),
      ],
    };
  }

  function lines(dialog: FakeDialog): string[] {
    return dialog.params.getAll("line");
  }

  it("after findings: the summary in Chinese, the 校验结果 sheet shown, the dialog closed, completed once", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    host.install();
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.view.activeSheet).toBe(RESULTS_SHEET_NAME);
    expect(host.dialogs).toHaveLength(1);
    const [dialog] = host.dialogs;
    expect(new URL(dialog.url).pathname).toBe("/dialog.html");
    expect(dialog.options).toMatchObject({ displayInIframe: true });
    expect(dialog.params.get("lang")).toBe("zh-CN");
    expect(dialog.params.get("tone")).toBe("error");
    expect(dialog.params.get("title")).toBe("校验完成");
    expect(lines(dialog)).toEqual([
      "共检查 2 张表：错误 2 处，警告 5 处；已写入“校验结果”表",
      "落后时序进度的单位：红灯 1 个，黄灯 2 个",
    ]);
    expect(dialog.closedByOpener).toBe(true); // the page said "close"
  });

  it("when nothing is found: says so, in a calm tone", async () => {
    const host = createFakeExcel(cleanWorkbook());
    host.install();
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const [dialog] = host.dialogs;
    expect(dialog.params.get("tone")).toBe("ok");
    expect(lines(dialog)).toEqual(["共检查 1 张表，未发现问题；已写入“校验结果”表"]);
  });

  it("when it fails: a plain Chinese reason and the error code, never a stack; completed once", async () => {
    const host = createFakeExcel(breakdownWorkbook(1), { apiVersion: "1.8" });
    host.install();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const [dialog] = host.dialogs;
    expect(dialog.params.get("title")).toBe("校验未完成");
    expect(dialog.params.get("tone")).toBe("error");
    expect(lines(dialog)).toEqual([
      "当前版本的 Excel 不支持这项操作。请更新 Excel 或改用网页版 Excel。",
      "错误代码：ApiNotFound",
    ]);
    expect(dialog.url).not.toMatch(/at%20|RichApi|needs%20ExcelApi/);
  });

  it("in English when Office runs in English", async () => {
    const host = createFakeExcel(cleanWorkbook(), { displayLanguage: "en-US" });
    host.install();
    await runCheckCommand({ completed: jest.fn() });
    const [dialog] = host.dialogs;
    expect(dialog.params.get("lang")).toBe("en-US");
    expect(dialog.params.get("title")).toBe("Check complete");
    expect(lines(dialog)[0]).toBe(
      "1 table checked: no problems found; listed on the 校验结果 sheet"
    );
  });

  it.each([
    ["the user closes the window", { dialogBehaviour: "x" as const }, false],
    ["the dialog cannot open (one is open already)", { dialogBehaviour: "fail" as const }, false],
    ["the host has no dialog API", { dialogApi: false }, false],
  ])("completes once when %s", async (_, options, closedByOpener) => {
    const host = createFakeExcel(bulletinWorkbook(), options);
    host.install();
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.view.activeSheet).toBe(RESULTS_SHEET_NAME);
    for (const dialog of host.dialogs) expect(dialog.closedByOpener).toBe(closedByOpener);
  });

  it("closes a dialog nobody answers after its time, then completes", async () => {
    const host = createFakeExcel(bulletinWorkbook(), { dialogBehaviour: "stay" });
    host.install();
    const timeout = commandSettings.dialogTimeoutMs;
    commandSettings.dialogTimeoutMs = 30;
    try {
      const event = { completed: jest.fn() };
      await runCheckCommand(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(host.dialogs[0].closedByOpener).toBe(true);
    } finally {
      commandSettings.dialogTimeoutMs = timeout;
    }
  });
});
