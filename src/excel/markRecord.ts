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
  /** The add-in added the note on this cell. */
  note?: true;
  /** The add-in added the threaded comment on this cell: its id, or true while the id is not known yet. */
  comment?: string | true;
}

export interface MarkRecord {
  version: 1;
  /** The 校验结果 sheet was created by the add-in (it is kept on clearing all the same: deleting a sheet wipes undo). */
  resultsSheetCreated: boolean;
  /**
   * 插入图表 wrote the 进度图表 sheet (its helper data and charts); `sheetCreated`: the add-in added the sheet. 清除标记
   * empties it (contents and charts) and keeps it.
   */
  charts?: { sheetCreated: boolean; count: number };
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
  if (isObject(data.charts))
    record.charts = {
      sheetCreated: data.charts.sheetCreated === true,
      count: typeof data.charts.count === "number" ? data.charts.count : 0,
    };
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
  if (value.note === true) entry.note = true;
  if (typeof value.comment === "string" || value.comment === true) entry.comment = value.comment;
  return entry;
}

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
