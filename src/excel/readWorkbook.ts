/**
 * Reads every worksheet's used range into the core's grid, in a fixed number of `context.sync()` calls:
 *   1. the sheet names;
 *   2. each used range's address and size (and, on ExcelApi 1.13, its merged areas);
 *   3. the cell data (values, formulas, number formats, value types), in row blocks.
 * Excel on the web rejects a request or response above 5 MB, and that limit is per sync, not per range: the
 * blocks are therefore packed into syncs of at most READ_SYNC_BYTE_BUDGET. Every workbook below that budget
 * (about 50,000 cells) is read in one data sync; only a bigger one takes one more sync per further budget.
 */
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { parseArea } from "../core/a1";
import { RESULTS_SHEET_NAME } from "../core/marks";
import { splitAreaList, splitQualifiedAddress } from "./addresses";
import { detectHostFeatures, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";

/** At most this many cells per range read (Excel also caps a read at 5 million cells). */
export const READ_BLOCK_MAX_CELLS = 50_000;
/** Rough response size of one cell with values, formulas, numberFormat and valueTypes loaded, in bytes. */
export const READ_BYTES_PER_CELL = 80;
/** Stay well below Excel on the web's 5 MB per request and per response. */
export const READ_SYNC_BYTE_BUDGET = 4_000_000;

export interface ReadOptions {
  features?: HostFeatures;
  counter?: SyncCounter;
}

interface UsedRangeInfo {
  name: string;
  worksheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  merges?: Excel.RangeAreas;
}

interface RowBlock {
  sheet: UsedRangeInfo;
  /** 0-based row offset inside the used range. */
  firstRow: number;
  rows: number;
}

interface LoadedBlock {
  block: RowBlock;
  range: Excel.Range;
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookGrid> {
  const features = options.features ?? detectHostFeatures();
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  countSync(options.counter);

  const sheets = worksheets.items.filter((sheet) => sheet.name !== RESULTS_SHEET_NAME);
  const usedRanges = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowCount,columnCount");
    return used;
  });
  await context.sync();
  countSync(options.counter);

  const infos: UsedRangeInfo[] = [];
  const grids: SheetGrid[] = sheets.map((sheet, index) => {
    const used = usedRanges[index];
    const grid: SheetGrid = { name: sheet.name, top: 0, left: 0, values: [] };
    if (used.isNullObject) return grid;
    const area = parseArea(used.address);
    if (!area) return grid;
    grid.top = area.top;
    grid.left = area.left;
    infos.push({
      name: sheet.name,
      worksheet: sheet,
      top: area.top,
      left: area.left,
      rows: used.rowCount,
      columns: used.columnCount,
    });
    return grid;
  });
  const gridByName = new Map(grids.map((grid) => [grid.name, grid]));

  const batches = packIntoSyncs(rowBlocks(infos));
  let mergesPending = features.mergedAreas;
  for (const [index, batch] of batches.entries()) {
    // Merged areas ride along with the first data sync. The call fails above 512 areas in a range and takes the
    // whole sync with it; then the sync is repeated without them (the checks work without merges).
    const withMerges = mergesPending && index === 0;
    let loaded: LoadedBlock[];
    try {
      if (withMerges) queueMergeReads(infos);
      loaded = queueBlockReads(batch);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of cell data (Excel on the web's payload limit); a single sync for every workbook under that
      await context.sync();
      countSync(options.counter);
    } catch (error) {
      if (!withMerges) throw error;
      for (const info of infos) info.merges = undefined;
      loaded = queueBlockReads(batch);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the retry of a failed merge read, once
      await context.sync();
      countSync(options.counter);
    }
    if (withMerges) mergesPending = false;
    for (const { block, range } of loaded)
      copyBlock(gridByName.get(block.sheet.name)!, block, range);
  }
  for (const info of infos) {
    const merges = readMerges(info);
    if (merges.length > 0) gridByName.get(info.name)!.merges = merges;
  }
  return { sheets: grids };
}

/** Splits each used range into row blocks of at most READ_BLOCK_MAX_CELLS (and at most one sync's budget). */
function rowBlocks(infos: UsedRangeInfo[]): RowBlock[] {
  const maxCells = Math.min(
    READ_BLOCK_MAX_CELLS,
    Math.floor(READ_SYNC_BYTE_BUDGET / READ_BYTES_PER_CELL)
  );
  const blocks: RowBlock[] = [];
  for (const info of infos) {
    const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, info.columns)));
    for (let firstRow = 0; firstRow < info.rows; firstRow += rowsPerBlock) {
      blocks.push({ sheet: info, firstRow, rows: Math.min(rowsPerBlock, info.rows - firstRow) });
    }
  }
  return blocks;
}

/** Packs blocks greedily into syncs whose estimated response stays within READ_SYNC_BYTE_BUDGET. Always one batch at least. */
function packIntoSyncs(blocks: RowBlock[]): RowBlock[][] {
  const batches: RowBlock[][] = [[]];
  let bytes = 0;
  for (const block of blocks) {
    const blockBytes = block.rows * block.sheet.columns * READ_BYTES_PER_CELL;
    if (bytes > 0 && bytes + blockBytes > READ_SYNC_BYTE_BUDGET) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(block);
    bytes += blockBytes;
  }
  return batches;
}

function queueBlockReads(batch: RowBlock[]): LoadedBlock[] {
  return batch.map((block) => {
    const { sheet } = block;
    const range = sheet.worksheet.getRangeByIndexes(
      sheet.top + block.firstRow,
      sheet.left,
      block.rows,
      sheet.columns
    );
    range.load("values,formulas,numberFormat,valueTypes");
    return { block, range };
  });
}

function queueMergeReads(infos: UsedRangeInfo[]): void {
  for (const info of infos) {
    const range = info.worksheet.getRangeByIndexes(info.top, info.left, info.rows, info.columns);
    const merges = range.getMergedAreasOrNullObject();
    merges.load("address");
    info.merges = merges;
  }
}

function readMerges(info: UsedRangeInfo): CellArea[] {
  if (!info.merges || info.merges.isNullObject) return [];
  const areas: CellArea[] = [];
  for (const part of splitAreaList(info.merges.address)) {
    const area = parseArea(splitQualifiedAddress(part).address);
    if (area) areas.push(area);
  }
  return areas;
}

function copyBlock(grid: SheetGrid, block: RowBlock, range: Excel.Range): void {
  const values = range.values;
  const formulas = range.formulas;
  const numberFormats = range.numberFormat;
  const types = range.valueTypes;
  grid.formulas ??= [];
  grid.numberFormats ??= [];
  for (let r = 0; r < values.length; r++) {
    const row = block.firstRow + r;
    grid.values[row] = values[r].map((value, c) => cellValue(value, types[r]?.[c]));
    grid.formulas[row] = (formulas[r] ?? []).map((formula) =>
      typeof formula === "string" && formula.startsWith("=") ? formula : null
    );
    grid.numberFormats[row] = (numberFormats[r] ?? []).map((format) =>
      typeof format === "string" ? format : null
    );
  }
}

/** Office.js reports an error cell as its text (`#REF!`) with value type Error, and an empty cell as "". */
function cellValue(value: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}
