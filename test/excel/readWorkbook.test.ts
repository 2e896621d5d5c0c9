/** Reading the workbook into the core's grid: every sheet's used range, in a fixed number of syncs. */
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import {
  hiddenFromVisible,
  readWorkbookGrid,
  READ_BLOCK_MAX_CELLS,
  READ_BYTES_PER_CELL,
  READ_SYNC_BYTE_BUDGET,
} from "../../src/excel/readWorkbook";
import { MARKS_SETTING_KEY } from "../../src/excel/markRecord";
import type { HostFeatures } from "../../src/excel/requirements";
import type { SyncCounter } from "../../src/excel/syncCounter";
import { breakdownSheet, breakdownWorkbook } from "../support/breakdownWorkbook";
import { cellAddress } from "../../src/core/a1";
import {
  createFakeExcel,
  uninstallFakeOffice,
  type FakeCell,
  type FakeWorkbook,
} from "../support/fakeExcel";

const MODERN: HostFeatures = { comments: true, mergedAreas: true, notes: true };

async function read(
  workbook: FakeWorkbook,
  features: HostFeatures = MODERN,
  apiVersion = "1.18",
  host = createFakeExcel(workbook, { apiVersion })
) {
  const { context, fake } = host.requestContext();
  const counter: SyncCounter = { count: 0 };
  const grid = await readWorkbookGrid(context, { features, counter });
  return { grid, syncs: fake.syncCount, counted: counter.count, log: fake.syncLog };
}

afterEach(uninstallFakeOffice);

describe("readWorkbookGrid", () => {
  it("reads values, formulas, number formats, errors and merges of a used range that does not start at A1", async () => {
    const sheet = breakdownSheet("附件1", { firstRow: 3 });
    sheet.cells.H8 = { value: { error: "#REF!" } };
    const { grid, syncs, counted } = await read({ sheets: [sheet] });
    expect(syncs).toBe(3);
    expect(counted).toBe(3);
    const [read0] = grid.sheets;
    expect(read0.name).toBe("附件1");
    expect([read0.top, read0.left]).toEqual([2, 0]); // A3
    expect(read0.values[0][0]).toBe("附件1");
    expect(read0.values[3].slice(0, 3)).toEqual(["序号", "园区/镇街", "2023年"]);
    expect(read0.values[9][2]).toBe(855800); // the 2023 total, cached result of its formula
    expect(read0.formulas![9][2]).toBe("=SUM(C7:C11)");
    expect(read0.formulas![9][3]).toBeNull();
    expect(read0.numberFormats![4][2]).toBe("0");
    expect(read0.numberFormats![0][0]).toBe("General");
    expect(read0.values[5][7]).toEqual({ error: "#REF!" }); // H8
    expect(read0.values[1][1]).toBeNull(); // empty cell
    expect(read0.merges).toEqual([
      { top: 3, left: 0, bottom: 3, right: 6 },
      { top: 11, left: 0, bottom: 11, right: 1 },
    ]);
  });

  it("skips the add-in's own results sheet (named in the record) and keeps empty sheets as empty grids", async () => {
    const sheets = () => [
      breakdownSheet("附件1"),
      { name: "空表", cells: { C3: { fill: { color: "#FFFF00", pattern: "Solid" } } } },
      { name: RESULTS_SHEET_NAME, cells: { A1: { value: "工作表" } } },
    ];
    const record = {
      version: 1,
      resultsSheetCreated: true,
      resultsSheet: { name: RESULTS_SHEET_NAME },
      sheets: {},
    };
    const { grid } = await read({
      sheets: sheets(),
      settings: { [MARKS_SETTING_KEY]: JSON.stringify(record) },
    });
    expect(grid.sheets.map((s) => s.name)).toEqual(["附件1", "空表"]);
    expect(grid.sheets[1].values).toEqual([]);

    // Without the record's mark, a sheet named 校验结果 is the user's: it is read and checked like any other.
    const { grid: users } = await read({ sheets: sheets() });
    expect(users.sheets.map((s) => s.name)).toEqual(["附件1", "空表", RESULTS_SHEET_NAME]);
  });

  it("reads a 1-sheet and a 50-sheet workbook in the same number of syncs", async () => {
    const one = await read(breakdownWorkbook(1));
    const fifty = await read(breakdownWorkbook(50));
    expect(one.syncs).toBe(3);
    expect(fifty.syncs).toBe(one.syncs);
    expect(fifty.grid.sheets).toHaveLength(50);
  });

  it("without ExcelApi 1.13 reads no merges and makes no merge call", async () => {
    const { grid, syncs } = await read(
      breakdownWorkbook(2),
      { comments: true, mergedAreas: false, notes: false },
      "1.12"
    );
    expect(syncs).toBe(3);
    expect(grid.sheets.every((sheet) => sheet.merges === undefined)).toBe(true);
    expect(grid.sheets[0].values[9][6]).toBe(600000);
  });

  it("when listing merges fails (over 512 areas), repeats the data sync without merges", async () => {
    const sheet = breakdownSheet("附件1");
    sheet.merges = Array.from({ length: 600 }, (_, i) => `J${i + 1}:K${i + 1}`);
    for (let i = 0; i < 600; i++) sheet.cells[`J${i + 1}`] = { value: i };
    const { grid, syncs } = await read({ sheets: [sheet] });
    expect(syncs).toBe(4);
    expect(grid.sheets[0].merges).toBeUndefined();
    expect(grid.sheets[0].values[599][9]).toBe(599);
  });

  it("reads a big sheet in row blocks, one sync per request budget, each request and response under 5 MB", async () => {
    const rows = 12_000;
    const columns = 20; // 240,000 cells
    const cells: Record<string, FakeCell> = {};
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) cells[cellAddress(r, c)] = { value: r * columns + c };
    const { grid, syncs, log } = await read({ sheets: [{ name: "大表", cells }] });
    const cellsPerSync = Math.min(
      READ_BLOCK_MAX_CELLS,
      READ_SYNC_BYTE_BUDGET / READ_BYTES_PER_CELL
    );
    expect(syncs).toBe(2 + Math.ceil((rows * columns) / cellsPerSync));
    for (const entry of log) {
      expect(entry.requestBytes).toBeLessThan(5_000_000);
      expect(entry.responseBytes).toBeLessThan(5_000_000);
    }
    expect(grid.sheets[0].values).toHaveLength(rows);
    expect(grid.sheets[0].values[rows - 1][columns - 1]).toBe(rows * columns - 1);
    expect(grid.sheets[0].values[4321][7]).toBe(4321 * columns + 7);
  });
});

describe("readWorkbookGrid: hidden rows and columns", () => {
  const SPECIAL_CELLS = "Range.getSpecialCellsOrNullObject";

  /** 附件1 from row 3 (used range A3:H12 with H8), rows 8–9 and column D hidden, plus hidden rows outside it. */
  function hiddenSheet(name = "附件1") {
    const sheet = breakdownSheet(name, { firstRow: 3 });
    sheet.hiddenRows = [7, 8, 200];
    sheet.hiddenColumns = [3, 30];
    return sheet;
  }

  it("reports the used range's hidden rows and columns as 0-based worksheet indexes, in the same 3 syncs", async () => {
    const plain = breakdownSheet("附件2");
    const { grid, syncs, counted } = await read({ sheets: [hiddenSheet(), plain] });
    expect(syncs).toBe(3);
    expect(counted).toBe(3);
    const [hidden, shown] = grid.sheets;
    expect(hidden.hiddenRows).toEqual([7, 8]); // rows 8 and 9; row 201 lies outside the used range
    expect(hidden.hiddenColumns).toEqual([3]); // D
    expect(hidden.values[5][2]).toBe(386300); // hidden cells are still read: C8
    expect(hidden.merges).toHaveLength(2);
    expect(shown.hiddenRows).toBeUndefined();
    expect(shown.hiddenColumns).toBeUndefined();
  });

  it("reads the visible areas of a sheet whose quoted name holds a comma", async () => {
    const { grid } = await read({ sheets: [hiddenSheet("附件 1,2")] });
    expect(grid.sheets[0].hiddenRows).toEqual([7, 8]);
    expect(grid.sheets[0].hiddenColumns).toEqual([3]);
  });

  it("reports every row and column hidden when no cell of the used range is visible", async () => {
    const sheet = breakdownSheet("附件1");
    sheet.hiddenRows = Array.from({ length: 10 }, (_, row) => row);
    const { grid, syncs } = await read({ sheets: [sheet] });
    expect(syncs).toBe(3);
    expect(grid.sheets[0].hiddenRows).toHaveLength(10);
    expect(grid.sheets[0].values[9][6]).toBe(600000);
  });

  it("keeps the sync count of a 1-sheet and a 50-sheet workbook with hidden rows on every sheet", async () => {
    const workbook = breakdownWorkbook(50);
    for (const sheet of workbook.sheets) sheet.hiddenRows = [5];
    const { grid, syncs } = await read(workbook);
    expect(syncs).toBe(3);
    expect(grid.sheets.every((sheet) => sheet.hiddenRows?.join() === "5")).toBe(true);
  });

  it("on a host where the visible-cells call fails, repeats the data sync without it and keeps the merges", async () => {
    const workbook = { sheets: [hiddenSheet()] };
    const host = createFakeExcel(workbook, { failingCalls: [SPECIAL_CELLS] });
    const { grid, syncs, counted } = await read(workbook, MODERN, "1.18", host);
    expect(syncs).toBe(4);
    expect(counted).toBe(4);
    expect(grid.sheets[0].hiddenRows).toBeUndefined();
    expect(grid.sheets[0].hiddenColumns).toBeUndefined();
    expect(grid.sheets[0].merges).toHaveLength(2);
    expect(grid.sheets[0].values[9][6]).toBe(600000);
  });

  it("when the error does not name the failing call, repeats the sync without merges and visible cells", async () => {
    const workbook = { sheets: [hiddenSheet()] };
    const host = createFakeExcel(workbook, {
      failingCalls: [SPECIAL_CELLS],
      errorLocations: false,
    });
    const { grid, syncs } = await read(workbook, MODERN, "1.18", host);
    expect(syncs).toBe(4);
    expect(grid.sheets[0].hiddenRows).toBeUndefined();
    expect(grid.sheets[0].merges).toBeUndefined();
    expect(grid.sheets[0].values[9][6]).toBe(600000);
  });

  it("without ExcelApi 1.13, a failing visible-cells call costs one repeat", async () => {
    const workbook = { sheets: [hiddenSheet()] };
    const host = createFakeExcel(workbook, { apiVersion: "1.12", failingCalls: [SPECIAL_CELLS] });
    const { grid, syncs } = await read(
      workbook,
      { comments: true, mergedAreas: false, notes: false },
      "1.12",
      host
    );
    expect(syncs).toBe(4);
    expect(grid.sheets[0].hiddenRows).toBeUndefined();
    expect(grid.sheets[0].values[9][6]).toBe(600000);
  });

  it("when listing merges fails (over 512 areas), still reads the hidden rows", async () => {
    const sheet = hiddenSheet();
    sheet.merges = Array.from({ length: 600 }, (_, i) => `J${i + 1}:K${i + 1}`);
    for (let i = 0; i < 600; i++) sheet.cells[`J${i + 1}`] = { value: i };
    const { grid, syncs } = await read({ sheets: [sheet] });
    expect(syncs).toBe(4);
    expect(grid.sheets[0].merges).toBeUndefined();
    expect(grid.sheets[0].hiddenRows).toEqual([7, 8, 200]); // the used range now reaches row 600
  });

  it("when both calls fail, reads the cells on the third try", async () => {
    const sheet = hiddenSheet();
    sheet.merges = Array.from({ length: 600 }, (_, i) => `J${i + 1}:K${i + 1}`);
    for (let i = 0; i < 600; i++) sheet.cells[`J${i + 1}`] = { value: i };
    const workbook = { sheets: [sheet] };
    const host = createFakeExcel(workbook, { failingCalls: [SPECIAL_CELLS] });
    const { grid, syncs, counted } = await read(workbook, MODERN, "1.18", host);
    expect(syncs).toBe(5);
    expect(counted).toBe(5);
    expect(grid.sheets[0].merges).toBeUndefined();
    expect(grid.sheets[0].hiddenRows).toBeUndefined();
    expect(grid.sheets[0].values[11][6]).toBe(600000); // G12: the used range starts at J1's row
  });

  it("reports nothing hidden when a visible area's address does not parse", () => {
    const used = { top: 0, left: 0, rows: 5, columns: 3 };
    expect(hiddenFromVisible(used, "Sheet1!A1:C2, Sheet1!A4:C5")).toEqual({
      rows: [2],
      columns: [],
    });
    expect(hiddenFromVisible(used, "Sheet1!1:2, Sheet1!4:5")).toBeUndefined();
    expect(hiddenFromVisible(used, null)).toEqual({ rows: [0, 1, 2, 3, 4], columns: [0, 1, 2] });
  });
});
