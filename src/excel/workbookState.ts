/**
 * What every operation needs to know first, read in its first sync: the undo record, every sheet with its id,
 * visibility and protection, and the workbook's protection. The add-in's own sheets (校验结果, 进度图表) are the
 * sheets the record names by id — never a sheet that merely has our name: that one is the user's.
 */
import { CHART_SHEET_NAME } from "../core/charts";
import { RESULTS_SHEET_NAME } from "../core/marks";
import { MARKS_SETTING_KEY, parseRecord, type MarkRecord, type OwnSheet } from "./markRecord";
import { hasHyperlinks, type HostFeatures } from "./requirements";

/** Loaded on the worksheet collection: everything the state needs. */
export const SHEET_PROPERTIES = "items/name,items/id,items/visibility,items/protection/protected";

export interface SheetInfo {
  name: string;
  id: string;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  visibility: string;
  protected: boolean;
}

export interface WorkbookState {
  record: MarkRecord | null;
  /** A record setting is stored (readable or not). */
  hasRecordSetting: boolean;
  sheets: SheetInfo[];
  /** Workbook (structure) protection: no sheet can be added. */
  workbookProtected: boolean;
  /** Our 校验结果 sheet as it is now, when there is one. */
  results?: SheetInfo;
  /** Our 进度图表 sheet as it is now, when there is one. */
  charts?: SheetInfo;
}

/**
 * Queues the reads; call the returned function after the next sync. `features` tells whether workbook protection
 * can be read (ExcelApi 1.7, the same set as links; detected when not told).
 */
export function queueWorkbookState(
  context: Excel.RequestContext,
  features?: HostFeatures
): () => WorkbookState {
  const workbook = context.workbook;
  const setting = workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
  setting.load("value");
  const worksheets = workbook.worksheets;
  worksheets.load(SHEET_PROPERTIES);
  const protection = hasHyperlinks(
    features ?? { comments: false, mergedAreas: false, notes: false }
  )
    ? workbook.protection
    : null;
  protection?.load("protected");
  // Called by the caller after its sync (the linter cannot see that across the closure).
  return () => readState(setting, worksheets, protection);
}

function readState(
  setting: Excel.Setting,
  worksheets: Excel.WorksheetCollection,
  protection: Excel.WorkbookProtection | null
): WorkbookState {
  const missing = setting.isNullObject;
  const record = missing ? null : parseRecord(setting.value);
  const sheets = worksheets.items.map(sheetInfo);
  return {
    record,
    hasRecordSetting: !missing,
    sheets,
    workbookProtected: protection?.protected === true,
    results: ownSheet(sheets, record?.resultsSheet, legacyResults(record)),
    charts: ownSheet(sheets, record?.charts?.sheet, legacyCharts(record)),
  };
}

export function sheetInfo(sheet: Excel.Worksheet): SheetInfo {
  return {
    name: sheet.name,
    id: sheet.id,
    visibility: String(sheet.visibility ?? "Visible"),
    protected: sheet.protection.protected === true,
  };
}

/** The sheet the record names: by id; by the name we gave it only while its id was not known yet. */
function ownSheet(
  sheets: SheetInfo[],
  own: OwnSheet | undefined,
  legacyName: string | undefined
): SheetInfo | undefined {
  if (own?.id) return sheets.find((sheet) => sheet.id === own.id);
  const name = own?.name ?? legacyName;
  return name === undefined ? undefined : sheets.find((sheet) => sheet.name === name);
}

/** A record from before ids were kept, which says the add-in created the sheet: the sheet of our name is ours. */
function legacyResults(record: MarkRecord | null): string | undefined {
  return record && !record.resultsSheet && record.resultsSheetCreated
    ? RESULTS_SHEET_NAME
    : undefined;
}

function legacyCharts(record: MarkRecord | null): string | undefined {
  return record?.charts && !record.charts.sheet && record.charts.sheetCreated
    ? CHART_SHEET_NAME
    : undefined;
}

/** `校验结果`, else `校验结果 (2)`, `校验结果 (3)` …: the first name no sheet has (Excel compares names case-blind). */
export function freeSheetName(base: string, sheets: readonly { name: string }[]): string {
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Sheets that are checked but never marked, and why. */
export type UnmarkedReason = "protected" | "hidden";

export function unmarkableReason(sheet: SheetInfo | undefined): UnmarkedReason | null {
  if (!sheet) return null;
  if (sheet.protected) return "protected";
  if (sheet.visibility !== "Visible") return "hidden";
  return null;
}
