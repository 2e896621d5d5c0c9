/**
 * Reads every worksheet's used range into the core's grid, in a fixed number of `context.sync()` calls:
 *   1. the sheets (names, ids, visibility, protection), the undo record, the workbook's protection (workbookState.ts);
 *   2. each used range's address and size;
 *   3. the cell data (values, formulas, number formats, value types), in row blocks; the first data sync also
 *      carries each used range's visible cells (hidden rows and columns, ExcelApi 1.9) and, on ExcelApi 1.13, its
 *      merged areas.
 * Excel on the web rejects a request or response above 5 MB, and that limit is per sync, not per range: the
 * blocks are therefore packed into syncs of at most READ_SYNC_BYTE_BUDGET. Every workbook below that budget
 * (about 50,000 cells) is read in one data sync; only a bigger one takes one more sync per further budget.
 */
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { parseArea } from "../core/a1";
import { splitAreaList, splitQualifiedAddress } from "./addresses";
import { detectHostFeatures, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";
import { queueWorkbookState, type WorkbookState } from "./workbookState";

/** At most this many cells per range read (Excel also caps a read at 5 million cells). */
export const READ_BLOCK_MAX_CELLS = 50_000;
/** Rough response size of one cell with values, formulas, numberFormat and valueTypes loaded, in bytes. */
export const READ_BYTES_PER_CELL = 80;
/** Stay well below Excel on the web's 5 MB per request and per response. */
export const READ_SYNC_BYTE_BUDGET = 4_000_000;

export interface ReadOptions {
  features?: HostFeatures;
  counter?: SyncCounter;
  /** Told the workbook's state after the first sync; what it queues rides along with the second. */
  afterSheetList?: (state: WorkbookState) => void;
}

interface UsedRangeInfo {
  name: string;
  worksheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  merges?: Excel.RangeAreas;
  /** The used range's visible cells; rows and columns no visible area covers are hidden. */
  visible?: Excel.RangeAreas;
}

/** What rides along with the first data sync besides the cells. */
interface Extras {
  merges: boolean;
  hidden: boolean;
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
  return (await readWorkbook(context, options)).grid;
}

/** The grid and the workbook's state (record, sheets, protection), read together. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<{ grid: WorkbookGrid; state: WorkbookState; mergesRead: boolean }> {
  const features = options.features ?? detectHostFeatures();
  const worksheets = context.workbook.worksheets;
  const readState = queueWorkbookState(context, features);
  await context.sync();
  countSync(options.counter);

  const state = readState();
  options.afterSheetList?.(state);
  // The add-in's own sheets (known by id) are no user data; a user's sheet that has our name is.
  const own = new Set([state.results?.id, state.charts?.id]);
  const sheets = worksheets.items.filter((sheet) => !own.has(sheet.id));
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
  // Merged areas are known only where the host can list them and listing them did not fail.
  let mergesRead = features.mergedAreas;
  for (const [index, batch] of batches.entries()) {
    let loaded: LoadedBlock[];
    if (index === 0) {
      const first = await firstDataSync(context, infos, batch, features, options.counter);
      loaded = first.loaded;
      mergesRead = first.merges;
    } else {
      loaded = queueBlockReads(batch);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of cell data (Excel on the web's payload limit); a single sync for every workbook under that
      await context.sync();
      countSync(options.counter);
    }
    for (const { block, range } of loaded)
      copyBlock(gridByName.get(block.sheet.name)!, block, range);
  }
  for (const info of infos) {
    const grid = gridByName.get(info.name)!;
    const merges = readMerges(info);
    if (merges.length > 0) grid.merges = merges;
    const hidden = readHidden(info);
    if (hidden && hidden.rows.length > 0) grid.hiddenRows = hidden.rows;
    if (hidden && hidden.columns.length > 0) grid.hiddenColumns = hidden.columns;
  }
  // Excel computed every formula: an empty formula cell (`=IF(…,"")`) is blank, not a value to evaluate.
  return { grid: { sheets: grids, valuesComputed: true }, state, mergesRead };
}

/**
 * The first data sync, with each used range's merged areas (ExcelApi 1.13) and visible cells riding along. Either
 * call can fail and take the whole sync with it (listing merges fails above 512 areas); then the sync is repeated
 * without the call the error names, or without both when it names neither, and once more without both if that
 * fails too. The checks work without merges, and without hidden rows and columns (nothing is reported hidden).
 */
async function firstDataSync(
  context: Excel.RequestContext,
  infos: UsedRangeInfo[],
  batch: RowBlock[],
  features: HostFeatures,
  counter: SyncCounter | undefined
): Promise<{ loaded: LoadedBlock[]; merges: boolean }> {
  let extras: Extras = { merges: features.mergedAreas, hidden: true };
  for (;;) {
    for (const info of infos) {
      info.merges = undefined;
      info.visible = undefined;
    }
    if (extras.merges) queueMergeReads(infos);
    if (extras.hidden) queueVisibleReads(infos);
    const loaded = queueBlockReads(batch);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most three tries, each a degraded repeat of a failed sync
      await context.sync();
      countSync(counter);
      return { loaded, merges: extras.merges };
    } catch (error) {
      countSync(counter);
      if (!extras.merges && !extras.hidden) throw error;
      extras = withoutFailedExtra(extras, error);
    }
  }
}

/** The extras to try next after a failed sync: without the call the error's location names, else without both. */
function withoutFailedExtra(extras: Extras, error: unknown): Extras {
  const location = errorLocation(error);
  const next: Extras = {
    merges: extras.merges && !/getMergedAreas/i.test(location),
    hidden: extras.hidden && !/getSpecialCells/i.test(location),
  };
  const dropped = next.merges !== extras.merges || next.hidden !== extras.hidden;
  return dropped ? next : { merges: false, hidden: false };
}

/** `OfficeExtension.Error.debugInfo.errorLocation` (`Range.getMergedAreasOrNullObject`), "" when absent. */
function errorLocation(error: unknown): string {
  const debugInfo = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo;
  return typeof debugInfo?.errorLocation === "string" ? debugInfo.errorLocation : "";
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
    const merges = usedRangeOf(info).getMergedAreasOrNullObject();
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

function usedRangeOf(info: UsedRangeInfo): Excel.Range {
  return info.worksheet.getRangeByIndexes(info.top, info.left, info.rows, info.columns);
}

/** ExcelApi 1.9, the manifest's floor: the used range's visible cells, null when every cell is hidden. */
function queueVisibleReads(infos: UsedRangeInfo[]): void {
  for (const info of infos) {
    // The string form of Excel.SpecialCellType.visible: the enum object is not needed at run time.
    const visible = usedRangeOf(info).getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    info.visible = visible;
  }
}

/**
 * Hidden rows and columns of the used range (0-based worksheet indexes): those no visible area covers. Undefined
 * when unknown (not read, or an area that does not parse): then nothing is reported hidden.
 */
export function hiddenFromVisible(
  info: Pick<UsedRangeInfo, "top" | "left" | "rows" | "columns">,
  visibleAddress: string | null
): { rows: number[]; columns: number[] } | undefined {
  const rowSeen = new Uint8Array(info.rows);
  const columnSeen = new Uint8Array(info.columns);
  if (visibleAddress !== null) {
    for (const part of splitAreaList(visibleAddress)) {
      const area = parseArea(splitQualifiedAddress(part).address);
      if (!area) return undefined;
      const bottom = Math.min(area.bottom, info.top + info.rows - 1);
      const right = Math.min(area.right, info.left + info.columns - 1);
      for (let row = Math.max(area.top, info.top); row <= bottom; row++)
        rowSeen[row - info.top] = 1;
      for (let column = Math.max(area.left, info.left); column <= right; column++)
        columnSeen[column - info.left] = 1;
    }
  }
  const rows: number[] = [];
  const columns: number[] = [];
  rowSeen.forEach((seen, r) => seen || rows.push(info.top + r));
  columnSeen.forEach((seen, c) => seen || columns.push(info.left + c));
  return { rows, columns };
}

function readHidden(info: UsedRangeInfo): { rows: number[]; columns: number[] } | undefined {
  if (!info.visible) return undefined;
  // No visible cell at all: every row or every column is hidden; either way nothing of the range shows.
  return hiddenFromVisible(info, info.visible.isNullObject ? null : info.visible.address);
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
