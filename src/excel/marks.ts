/**
 * Writes the mark plan into the workbook and takes it out again, reversibly:
 * every fill, note and comment the add-in writes is recorded first (in `workbook.settings`, so the record travels
 * with the file), and 清除标记 restores exactly what was there. Re-running replaces the previous marks.
 *
 * applyMarks takes 4 syncs, clearMarks 3 (1 when there is nothing to clear), whatever the number of sheets, findings or
 * charts:
 *   apply 1: the previous record, the sheets, the fills of the cells to mark, the lists of notes and comments;
 *   apply 2: the fills of previously marked cells not marked again, where each note and comment sits;
 *   apply 3: the record, the undo of the previous marks, the fills, the notes or comments;
 *   apply 4: the 校验结果 sheet: summary, findings, links (and, with comments, the record again with their ids);
 *   clear 1: the record, the sheets, the notes and comments; clear 2: the fills, where the notes sit, the charts of
 *   the 进度图表 sheet; clear 3: undo, the 校验结果 and 进度图表 sheets emptied (kept), the record removed.
 * Each sync must stay under Excel on the web's 5 MB per request: cells are marked most severe first, and past
 * MARK_BYTE_BUDGET (or ANNOTATION_BYTE_BUDGET for notes) the rest are only listed on the 校验结果 sheet.
 */
import { cellAddress, parseCell } from "../core/a1";
import { CHART_SHEET_NAME } from "../core/charts";
import type { CellMark, MarkPlan } from "../core/marks";
import { RESULTS_SHEET_NAME } from "../core/marks";
import type { Severity } from "../core/model";
import { cellKey, groupBySheet } from "./addresses";
import {
  annotationKind,
  CommentIndex,
  NoteIndex,
  queueComment,
  queueNote,
  type AnnotationKind,
} from "./annotations";
import { queueFillReads } from "./fills";
import { Marking, Undo, type CellState } from "./markState";
import {
  emptyRecord,
  MARKS_SETTING_KEY,
  parseRecord,
  recordCell,
  recordedCells,
  serializeRecord,
} from "./markRecord";
import { queueChartSheetClear } from "./charts";
import { queueResultsSheet, queueResultsSheetClear } from "./resultsSheet";
import { detectHostFeatures, hasHyperlinks, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";

/** Request + response bytes allowed for reading the fills of the cells to mark (and for their record and colouring). */
export const MARK_BYTE_BUDGET = 2_500_000;
/** Rough cost of one getRange + getCellProperties call, and of each cell it returns (fill JSON, record entry, address). */
const FILL_READ_CALL_BYTES = 300;
const FILL_READ_CELL_BYTES = 150;

export interface MarkOptions {
  features?: HostFeatures;
  counter?: SyncCounter;
  /** Show the 校验结果 sheet at the end (the ribbon command does; the pane leaves the user where they are). */
  activateResults?: boolean;
}

export interface MarkSummary {
  /** Cells coloured. */
  coloured: number;
  annotationKind: AnnotationKind;
  /** Notes or comments added. */
  annotated: number;
  /** Flagged cells left without the add-in's note because the user has a note or comment there. */
  keptUserAnnotations: number;
  /** Flagged cells left unmarked to keep each request small enough (the 校验结果 sheet lists them all). */
  unmarked: number;
  /** Marked cells left without a note for the same reason. */
  unannotated: number;
  /** Findings whose 单元格 on the 校验结果 sheet links to the cell, of `links` that have a cell. */
  linked: number;
  links: number;
}

export async function applyMarks(
  context: Excel.RequestContext,
  plan: MarkPlan,
  options: MarkOptions = {}
): Promise<MarkSummary> {
  const features = options.features ?? detectHostFeatures();
  const kind = annotationKind(features);
  const workbook = context.workbook;
  const markable = markableCells(plan.cells);
  const targets = withinBudget(markable);

  // Sync 1: the previous record, the sheets, the cells about to be marked, the notes and comments there are.
  const setting = workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
  setting.load("value");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const resultsSheet = worksheets.getItemOrNullObject(RESULTS_SHEET_NAME);
  resultsSheet.load("name");
  const targetFills = queueFillReads(context, cellsBySheet(targets));
  const notes = features.notes ? new NoteIndex(context) : null;
  const comments = features.comments ? new CommentIndex(context) : null;
  await context.sync();
  countSync(options.counter);

  const previous = setting.isNullObject ? null : parseRecord(setting.value);
  const sheetNames = new Set(worksheets.items.map((sheet) => sheet.name));
  const targetKeys = new Set(targets.map((target) => cellKey(target.sheet, target.cell)));
  const stale = recordedCells(previous).filter(
    (c) => sheetNames.has(c.sheet) && !targetKeys.has(cellKey(c.sheet, c.cell))
  );

  // Sync 2: previously marked cells that are not marked again, and where the notes and comments sit.
  const staleFills = queueFillReads(context, cellsBySheet(stale.filter((c) => c.entry.mark)));
  notes?.queueLocations();
  comments?.queueLocations();
  await context.sync();
  countSync(options.counter);

  const state: CellState = {
    features,
    fills: new Map([...targetFills(), ...staleFills()]),
    notesByCell: notes?.byCell() ?? new Map(),
    commentIds: comments?.ids() ?? new Set(),
    commentsByCell: comments?.byCell() ?? new Map(),
  };
  const undo = new Undo(state);
  const record = emptyRecord();
  record.resultsSheetCreated =
    (previous?.resultsSheetCreated ?? false) || resultsSheet.isNullObject;
  // The charts are 插入图表's: re-checking leaves them (and what 清除标记 must empty) as they are.
  if (previous?.charts) record.charts = previous.charts;
  for (const { sheet, cell, entry } of stale) {
    const leftover = undo.cell(sheet, cell, entry);
    if (leftover) recordCell(record, sheet, cell, leftover);
  }

  const marking = new Marking(state, undo, kind, record);
  for (const target of targets) {
    marking.add(target, previous?.sheets[target.sheet]?.[target.cell]);
  }
  const summary: MarkSummary = {
    ...marking.summary,
    unmarked: markable.length - targets.length,
    linked: 0,
    links: plan.layout.links.length,
  };

  // Sync 3: the record first (so even a half-applied batch can be cleared), then undo, fills, notes.
  workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
  undo.queue(context);
  marking.fills.queue(context);
  const added: { mark: CellMark; comment: Excel.Comment }[] = [];
  for (const mark of marking.annotations) {
    if (kind === "note") queueNote(context, mark.sheet, mark.cell, mark.note);
    else added.push({ mark, comment: queueComment(context, mark.sheet, mark.cell, mark.note) });
  }
  await context.sync();
  countSync(options.counter);

  // Sync 4: the results sheet; with comments, the record again now that their ids are known.
  if (added.length > 0) {
    for (const { mark, comment } of added)
      record.sheets[mark.sheet][mark.cell].comment = comment.id;
    workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
  }
  summary.linked = queueResultsSheet(context, plan.layout, {
    exists: !resultsSheet.isNullObject,
    activate: options.activateResults,
    hyperlinks: hasHyperlinks(features),
  }).linked;
  await context.sync();
  countSync(options.counter);
  return summary;
}

/**
 * Restores the fills the add-in changed (where its mark still shows), deletes the notes and comments it added,
 * empties the 校验结果 and 进度图表 sheets (keeping them: deleting a sheet wipes undo) and removes the record.
 * Nothing else is touched.
 */
export async function clearMarks(
  context: Excel.RequestContext,
  options: Omit<MarkOptions, "activateResults"> = {}
): Promise<{ restored: number; chartsRemoved: number }> {
  const features = options.features ?? detectHostFeatures();
  const workbook = context.workbook;

  // Sync 1: the record, the sheets, the notes and comments there are.
  const setting = workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
  setting.load("value");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const resultsSheet = worksheets.getItemOrNullObject(RESULTS_SHEET_NAME);
  resultsSheet.load("name");
  const notes = features.notes ? new NoteIndex(context) : null;
  const comments = features.comments ? new CommentIndex(context) : null;
  await context.sync();
  countSync(options.counter);
  const sheetNames = new Set(worksheets.items.map((sheet) => sheet.name));
  const chartSheet = sheetNames.has(CHART_SHEET_NAME);
  if (setting.isNullObject && resultsSheet.isNullObject && !chartSheet)
    return { restored: 0, chartsRemoved: 0 };

  const record = setting.isNullObject ? null : parseRecord(setting.value);
  const cells = recordedCells(record).filter((c) => sheetNames.has(c.sheet));

  // Sync 2: the fills of the marked cells, where the notes sit, the charts to remove.
  const fills = queueFillReads(context, cellsBySheet(cells.filter((c) => c.entry.mark)));
  if (cells.some((c) => c.entry.note)) notes?.queueLocations();
  const charts = chartSheet ? workbook.worksheets.getItem(CHART_SHEET_NAME).charts : null;
  charts?.load("items/name");
  await context.sync();
  countSync(options.counter);

  // Sync 3: undo.
  const undo = new Undo({
    features,
    fills: fills(),
    notesByCell: notes?.byCell() ?? new Map(),
    commentIds: comments?.ids() ?? new Set(),
    commentsByCell: new Map(),
  });
  const leftovers = emptyRecord();
  leftovers.resultsSheetCreated = record?.resultsSheetCreated ?? false;
  for (const { sheet, cell, entry } of cells) {
    const leftover = undo.cell(sheet, cell, entry);
    if (leftover) recordCell(leftovers, sheet, cell, leftover);
  }
  undo.queue(context);
  if (!resultsSheet.isNullObject) queueResultsSheetClear(context, hasHyperlinks(features));
  if (charts) queueChartSheetClear(context, charts.items);
  // What this host cannot undo (notes without ExcelApi 1.18) stays recorded for a host that can.
  if (Object.keys(leftovers.sheets).length > 0)
    workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(leftovers));
  else if (!setting.isNullObject) setting.delete();
  await context.sync();
  countSync(options.counter);
  return { restored: undo.restoredFills, chartsRemoved: charts?.items.length ?? 0 };
}

/** Plan cells with a usable single-cell address (written canonically: `C4`, not `$c$4`), each once, never on the results sheet. */
function markableCells(cells: CellMark[]): CellMark[] {
  const seen = new Set<string>();
  const markable: CellMark[] = [];
  for (const mark of cells) {
    const position = parseCell(mark.cell);
    if (mark.sheet === RESULTS_SHEET_NAME || !position) continue;
    const cell = cellAddress(position.row, position.column);
    const key = cellKey(mark.sheet, cell);
    if (seen.has(key)) continue;
    seen.add(key);
    markable.push({ ...mark, cell });
  }
  return markable;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The cells to mark, most severe first, as long as reading their fills fits MARK_BYTE_BUDGET: a cell next to
 * one already taken (same row) extends that read; any other cell costs a read of its own.
 */
function withinBudget(cells: CellMark[]): CellMark[] {
  const ordered = cells
    .map((cell, index) => ({ cell, index }))
    .sort(
      (a, b) => SEVERITY_RANK[a.cell.severity] - SEVERITY_RANK[b.cell.severity] || a.index - b.index
    );
  const takenColumns = new Map<string, Set<number>>();
  const taken: CellMark[] = [];
  let bytes = 0;
  for (const { cell } of ordered) {
    const position = parseCell(cell.cell)!;
    const rowKey = `${cell.sheet}\u0000${position.row}`;
    const columns = takenColumns.get(rowKey);
    const extendsRead =
      columns !== undefined &&
      (columns.has(position.column - 1) || columns.has(position.column + 1));
    const cost = FILL_READ_CELL_BYTES + (extendsRead ? 0 : FILL_READ_CALL_BYTES);
    if (bytes + cost > MARK_BYTE_BUDGET) continue;
    bytes += cost;
    if (columns) columns.add(position.column);
    else takenColumns.set(rowKey, new Set([position.column]));
    taken.push(cell);
  }
  return taken;
}

function cellsBySheet(cells: Iterable<{ sheet: string; cell: string }>): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const [sheet, list] of groupBySheet(cells))
    bySheet.set(
      sheet,
      list.map((c) => c.cell)
    );
  return bySheet;
}
