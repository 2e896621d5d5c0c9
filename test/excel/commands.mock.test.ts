/**
 * The ribbon commands' contract with Office, checked with office-addin-mock: registration, and event.completed()
 * on success and on every failure. The Excel work itself is mocked here (it is tested against the fake elsewhere).
 */
import { OfficeMockObject } from "office-addin-mock";
import { clearMarksCommand, runCheckCommand } from "../../src/commands/commands";
import { clearMarksInExcel, runCheckInExcel } from "../../src/excel/run";

jest.mock("../../src/excel/run", () => ({
  runCheckInExcel: jest.fn(),
  clearMarksInExcel: jest.fn(),
}));

const runCheck = jest.mocked(runCheckInExcel);
const clearMarks = jest.mocked(clearMarksInExcel);
const globals = globalThis as Record<string, unknown>;

function installMocks(run?: (batch: (context: unknown) => Promise<unknown>) => Promise<unknown>) {
  const excel = new OfficeMockObject({
    context: { workbook: {} },
    run:
      run ??
      // Excel.run(batch) or Excel.run(options, batch): the batch comes last.
      async function (this: { context: unknown }, ...args: unknown[]) {
        const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
        return batch(this.context);
      },
  });
  const associate = jest.fn();
  const office = new OfficeMockObject({
    context: { requirements: { isSetSupported: () => true } },
    actions: { associate },
    onReady: (callback: () => void) => callback(),
  });
  globals.Excel = excel;
  globals.Office = office;
  return { excel, office, associate };
}

beforeEach(() => {
  runCheck.mockReset();
  clearMarks.mockReset();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
  delete globals.Excel;
  delete globals.Office;
});

describe("ribbon commands (office-addin-mock)", () => {
  it("registers runCheck and clearMarks with Office.actions.associate once Office is ready", () => {
    const { associate } = installMocks();
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(associate.mock.calls.map(([name]) => name)).toEqual(["runCheck", "clearMarks"]);
    expect(associate.mock.calls.every(([, handler]) => typeof handler === "function")).toBe(true);
  });

  it("校验 calls event.completed() once after a successful run, asking for the results sheet to be shown", async () => {
    installMocks();
    runCheck.mockResolvedValue({ report: { tables: [], findings: [] }, marks: 0, syncs: 7 });
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(runCheck).toHaveBeenCalledWith(expect.anything(), {
      locale: "zh-CN",
      activateResults: true,
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(console.error).not.toHaveBeenCalled();
  });

  it("校验 calls event.completed() once when the check throws", async () => {
    installMocks();
    runCheck.mockRejectedValue(new Error("RichApi.Error: GeneralException"));
    const event = { completed: jest.fn() };
    await expect(runCheckCommand(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledTimes(1);
  });

  it("校验 calls event.completed() once when Excel.run itself fails", async () => {
    installMocks(() => {
      throw new Error("Excel is busy");
    });
    const event = { completed: jest.fn() };
    await runCheckCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("清除标记 calls event.completed() once on success and once on failure", async () => {
    installMocks();
    clearMarks
      .mockResolvedValueOnce({ restored: 3, chartsRemoved: 0, locked: 0, keptThreads: 0, syncs: 3 })
      .mockRejectedValueOnce(new Error("ItemNotFound"));
    const ok = { completed: jest.fn() };
    await clearMarksCommand(ok);
    expect(ok.completed).toHaveBeenCalledTimes(1);
    const failed = { completed: jest.fn() };
    await clearMarksCommand(failed);
    expect(failed.completed).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledTimes(1);
  });
});
