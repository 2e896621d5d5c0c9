/**
 * The bundled 永川 workbook opened in (fake) Excel and checked from the ribbon: the real mistake of 附件1 comes
 * out of the 校验 command exactly as it does from the CLI, and 清除标记 gives the workbook back unchanged.
 */
import { clearMarksCommand, runCheckCommand } from "../../src/commands/commands";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { MARKS_SETTING_KEY } from "../../src/excel/markRecord";
import {
  createFakeExcel,
  snapshotWorkbook,
  uninstallFakeOffice,
  type FakeWorkbook,
} from "../support/fakeExcel";
import { seedAsFakeWorkbook } from "../support/seedWorkbook";

function userContent(state: FakeWorkbook): FakeWorkbook {
  const copy = snapshotWorkbook(state);
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== RESULTS_SHEET_NAME);
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  return snapshotWorkbook(copy);
}

afterEach(() => uninstallFakeOffice());

test("校验 on seeds/yongchuan.xlsx flags 附件1!G32 with the real 600001/600000 mistake; 清除标记 restores it", async () => {
  const host = createFakeExcel(await seedAsFakeWorkbook("yongchuan.xlsx"));
  host.install();
  const before = host.snapshot();

  await runCheckCommand({ completed: jest.fn() });

  const after = host.snapshot();
  const changed: string[] = [];
  for (const sheet of after.sheets.filter((s) => s.name !== RESULTS_SHEET_NAME)) {
    const original = before.sheets.find((s) => s.name === sheet.name)!;
    for (const [address, cell] of Object.entries(sheet.cells))
      if (JSON.stringify(cell) !== JSON.stringify(original.cells[address]))
        changed.push(`${sheet.name}!${address}`);
  }
  // The sum mistake and the strict targets its totals only equal (目标 sheet), and the repeated serial 25.
  expect(changed).toEqual(["附件1!A30", "附件1!G32", "附件2!F10", "附件2!H10", "附件3!H32"]);
  const flagged = after.sheets.find((s) => s.name === "附件1")!;
  expect(flagged.cells.G32).toMatchObject({ value: 600000, fill: { color: "#FFC7CE" } });
  expect(flagged.notes?.G32?.split("\n")[1]).toBe("2027年合计600000，但各单位之和为600001，相差-1");
  expect(flagged.cells.A30).toMatchObject({ value: 25, fill: { color: "#FFEB9C" } });
  const results = after.sheets.find((s) => s.name === RESULTS_SHEET_NAME)!;
  expect([results.cells.A12.value, results.cells.B12.value, results.cells.C12.value]).toEqual([
    "附件1",
    "G32",
    "合计与分项不符",
  ]);
  expect(results.cells.H12.value).toBe("2027年合计600000，但各单位之和为600001，相差-1");
  expect(host.totalSyncs).toBe(7); // read 3, mark 4

  await clearMarksCommand({ completed: jest.fn() });
  expect(userContent(host.snapshot())).toEqual(userContent(before));
});
