/** The ribbon commands end to end against the fake Excel: the whole 校验 and 清除标记 flows as Excel runs them. */
import { clearMarksCommand, runCheckCommand } from "../../src/commands/commands";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { MARKS_SETTING_KEY } from "../../src/excel/markRecord";
import { breakdownWorkbook } from "../support/breakdownWorkbook";
import {
  createFakeExcel,
  snapshotWorkbook,
  uninstallFakeOffice,
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
