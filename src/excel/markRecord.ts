/**
 * The undo record of the marks: kept in the workbook (`workbook.settings`), so 清除标记 works after saving and
 * reopening, and on a colleague's machine. One entry per cell the add-in touched.
 */

export const MARKS_SETTING_KEY = "breakdownCheck.marks";

/** A fill as Excel reports it through getCellProperties. */
export interface CellFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
}

/**
 * What a cell's fill was before it was marked: "none" (restored with `fill.clear()`, never by writing white),
 * a plain solid colour as "#RRGGBB", or any other fill as read (patterns, tinted colours).
 */
export type OriginalFill = "none" | string | CellFill;

export interface MarkedCell {
  /** The fill before the mark; absent when the fill was left alone (a gradient cannot be written back). */
  original?: OriginalFill;
  /** The colour written, to tell the mark from a colour the user chose after it. */
  mark?: string;
  /**
   * Our block is in this cell's note (src/core/noteBlock.ts): `true` the add-in added the note, `"appended"` the block
   * was added after the user's own text. Clearing strips the block either way; only a note the add-in added and
   * that holds nothing else is deleted.
   */
  note?: true | "appended";
  /**
   * The add-in added the threaded comment on this cell: its id, or true while the id is not known yet (then the
   * comment is found by its content, our block and nothing else). The add-in never replies into a thread.
   */
  comment?: string | true;
}

/** One of the add-in's own sheets, known by its id (never by its name: a user's sheet may carry our name). */
export interface OwnSheet {
  /** `worksheet.id`; absent only between adding the sheet and the sync that tells its id (then the name we gave it). */
  id?: string;
  name: string;
}

export interface MarkRecord {
  version: 1;
  /** The 校验结果 sheet was created by the add-in (it is kept on clearing all the same: deleting a sheet wipes undo). */
  resultsSheetCreated: boolean;
  /** Our results sheet (`校验结果`, or `校验结果 (2)` when the user has a sheet of that name). */
  resultsSheet?: OwnSheet;
  /**
   * 插入图表 wrote the 进度图表 sheet (its helper data and charts); `sheetCreated`: the add-in added the sheet. 清除标记
   * empties it (contents and charts) and keeps it.
   */
  charts?: { sheetCreated: boolean; count: number; sheet?: OwnSheet };
  /** Sheet name → A1 cell → entry. */
  sheets: Record<string, Record<string, MarkedCell>>;
}

export function emptyRecord(): MarkRecord {
  return { version: 1, resultsSheetCreated: false, sheets: {} };
}

export function recordCell(
  record: MarkRecord,
  sheet: string,
  cell: string,
  entry: MarkedCell
): void {
  (record.sheets[sheet] ??= {})[cell] = entry;
}

export function recordedCells(
  record: MarkRecord | null
): { sheet: string; cell: string; entry: MarkedCell }[] {
  if (!record) return [];
  const cells: { sheet: string; cell: string; entry: MarkedCell }[] = [];
  for (const [sheet, entries] of Object.entries(record.sheets)) {
    for (const [cell, entry] of Object.entries(entries)) cells.push({ sheet, cell, entry });
  }
  return cells;
}

export function serializeRecord(record: MarkRecord): string {
  return JSON.stringify(record);
}

/** Reads a stored record; anything unreadable (edited by hand, another version) counts as no record. */
export function parseRecord(stored: unknown): MarkRecord | null {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.sheets)) return null;
  const record: MarkRecord = {
    version: 1,
    resultsSheetCreated: data.resultsSheetCreated === true,
    sheets: {},
  };
  const resultsSheet = parseOwnSheet(data.resultsSheet);
  if (resultsSheet) record.resultsSheet = resultsSheet;
  if (isObject(data.charts)) {
    record.charts = {
      sheetCreated: data.charts.sheetCreated === true,
      count: typeof data.charts.count === "number" ? data.charts.count : 0,
    };
    const chartSheet = parseOwnSheet(data.charts.sheet);
    if (chartSheet) record.charts.sheet = chartSheet;
  }
  for (const [sheet, entries] of Object.entries(data.sheets)) {
    if (!isObject(entries)) continue;
    for (const [cell, entry] of Object.entries(entries)) {
      const parsed = parseEntry(entry);
      if (parsed) recordCell(record, sheet, cell, parsed);
    }
  }
  return record;
}

function parseEntry(value: unknown): MarkedCell | null {
  if (!isObject(value)) return null;
  const entry: MarkedCell = {};
  const original = parseOriginal(value.original);
  if (original !== undefined) entry.original = original;
  if (typeof value.mark === "string") entry.mark = value.mark;
  if (value.note === true || value.note === "appended") entry.note = value.note;
  if (typeof value.comment === "string" || value.comment === true) entry.comment = value.comment;
  return entry;
}

function parseOwnSheet(value: unknown): OwnSheet | undefined {
  if (!isObject(value) || typeof value.name !== "string") return undefined;
  return typeof value.id === "string" ? { id: value.id, name: value.name } : { name: value.name };
}

/** UTF-8 bytes of the stored record: the settings record is capped (MARK_RECORD_BYTE_CAP). */
export function recordBytes(serialized: string): number {
  let bytes = 0;
  for (let i = 0; i < serialized.length; i++) {
    const code = serialized.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

/**
 * The record's cap. `workbook.settings` fails above about 1 MB on some hosts (office-js #3957), and the record is
 * written twice in one sync (see marks.ts). Past the cap the least severe cells are not marked (only listed on the
 * 校验结果 sheet) and the dialog says how many.
 */
export const MARK_RECORD_BYTE_CAP = 512_000;

function parseOriginal(value: unknown): OriginalFill | undefined {
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value.color === "string" && typeof value.pattern === "string") {
    const fill: CellFill = { color: value.color, pattern: value.pattern };
    if (typeof value.patternColor === "string") fill.patternColor = value.patternColor;
    if (typeof value.tintAndShade === "number") fill.tintAndShade = value.tintAndShade;
    return fill;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
