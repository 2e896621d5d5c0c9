/** Reading the workbook into the core's grid: every sheet's used range, in a fixed number of syncs. */
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import {
  readWorkbookGrid,
  READ_BLOCK_MAX_CELLS,
  READ_BYTES_PER_CELL,
  READ_SYNC_BYTE_BUDGET,
} from "../../src/excel/readWorkbook";
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

async function read(workbook: FakeWorkbook, features: HostFeatures = MODERN, apiVersion = "1.18") {
  const host = createFakeExcel(workbook, { apiVersion });
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

  it("skips the add-in's own results sheet and keeps empty sheets as empty grids", async () => {
    const workbook: FakeWorkbook = {
      sheets: [
        breakdownSheet("附件1"),
        { name: "空表", cells: { C3: { fill: { color: "#FFFF00", pattern: "Solid" } } } },
        { name: RESULTS_SHEET_NAME, cells: { A1: { value: "工作表" } } },
      ],
    };
    const { grid } = await read(workbook);
    expect(grid.sheets.map((s) => s.name)).toEqual(["附件1", "空表"]);
    expect(grid.sheets[1].values).toEqual([]);
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
