/**
 * Writes the mark plan into the workbook and takes it out again, reversibly and without touching the user's work:
 * every fill, note block and comment the add-in writes is recorded (in `workbook.settings`, so the record travels
 * with the file) before it is written, and 清除标记 restores exactly what was there. Re-running replaces the
 * previous marks. Our words in a note are a block after the user's text (src/core/noteBlock.ts); a comment is ours
 * only if we started it, and a thread the user replied to is never deleted. Protected and hidden sheets are not
 * marked (their findings are listed); our results sheet is the one the record names by id, never a sheet that
 * merely has its name.
 *
 * applyMarks takes 4 syncs after the read (5 when it reads the workbook state itself), one more to add comments on
 * hosts without notes, whatever the number of sheets, findings or charts:
 *   apply 1: the fills of the cells to mark and of previously marked ones, the notes and comments (with content);
 *            when our results sheet is new: the record naming it, then the sheet;
 *   apply 2: where each note and comment sits, how many replies our comments have;
 *   apply 3: the undo of marks not made again, then the record, then fills and notes — so a sync failing part-way
 *            leaves only what the stored record can undo;
 *   apply 4: the 校验结果 sheet (its rows alone may take most of a request);
 *   apply 5 (comments only): the comments (adding one where an old-style note sits may fail: the rest is done).
 *   clear 1: the state, notes and comments; clear 2: fills, locations, replies, charts; clear 3: undo, our sheets
 *   emptied (kept: deleting a sheet wipes undo), the record removed last.
 * Each sync stays under Excel on the web's 5 MB per request: cells are marked most severe first, and past
 * MARK_BYTE_BUDGET, ANNOTATION_BYTE_BUDGET or MARK_RECORD_BYTE_CAP the rest are only listed on the 校验结果 sheet.
 */
import { cellAddress, parseCell } from "../core/a1";
import type { CellMark, MarkPlan } from "../core/marks";
import { RESULTS_SHEET_NAME } from "../core/marks";
import type { Severity } from "../core/model";
import type { Locale } from "../i18n";
import { cellKey, groupBySheet, qualifiedAddress } from "./addresses";
import { annotationKind, CommentIndex, NoteIndex, type AnnotationKind } from "./annotations";
import { queueChartSheetClear } from "./charts";
import { queueFillReads } from "./fills";
import { Marking, Undo, type CellState } from "./markState";
import {
  emptyRecord,
  MARK_RECORD_BYTE_CAP,
  MARKS_SETTING_KEY,
  recordBytes,
  recordCell,
  recordedCells,
  serializeRecord,
  type MarkRecord,
} from "./markRecord";
import { queueResultsSheet, queueResultsSheetClear } from "./resultsSheet";
import { detectHostFeatures, hasHyperlinks, type HostFeatures } from "./requirements";
import { countSync, type SyncCounter } from "./syncCounter";
import {
  freeSheetName,
  queueWorkbookState,
  unmarkableReason,
  type SheetInfo,
  type UnmarkedReason,
  type WorkbookState,
} from "./workbookState";
import { noticeText, writeNoticeLines } from "./writeNotices";

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
  /** The workbook's state as the read's first sync found it; read here (one more sync) when omitted. */
  state?: WorkbookState;
  /** Lines for the user about what was not checked or written (e.g. merges unreadable), shown on the 校验结果 sheet. */
  notices?: string[];
  /** The language of those lines and of a kept thread's head; default zh-CN. */
  locale?: Locale;
}

export interface UnmarkedSheet {
  sheet: string;
  reason: UnmarkedReason;
  /** Flagged cells on it, listed on the 校验结果 sheet only. */
  cells: number;
}

export interface ResultsSheetOutcome {
  /** The sheet's name now (`校验结果`, `校验结果 (2)` …). */
  name: string;
  /** The name we wanted. */
  base: string;
  written: boolean;
  /** Our name was taken by a user's sheet (left alone). */
  renamed: boolean;
  reason?: "protected" | "workbookProtected";
}

export interface MarkSummary {
  /** Cells coloured. */
  coloured: number;
  annotationKind: AnnotationKind;
  /** Cells carrying our message in a note or comment. */
  annotated: number;
  /** Coloured cells without our message because the user's threaded comment holds the cell. */
  keptUserAnnotations: number;
  /** Flagged cells left unmarked to keep each request small enough (the 校验结果 sheet lists them all). */
  unmarked: number;
  /** Marked cells left without a note for the same reason. */
  unannotated: number;
  /** Findings whose 单元格 on the 校验结果 sheet links to the cell, of `links` that have a cell. */
  linked: number;
  links: number;
  /** Sheets checked but not marked (protected, hidden), with their flagged cells. */
  unmarkedSheets: UnmarkedSheet[];
  /** Flagged cells not marked to keep the undo record under MARK_RECORD_BYTE_CAP. */
  overRecordCap: number;
  /** Comments that may not have been added: their sync failed. */
  commentsFailed: number;
  resultsSheet: ResultsSheetOutcome;
  /** Findings rows left off the 校验结果 sheet for its byte budget. */
  resultsRowsOmitted: number;
}

export async function applyMarks(
  context: Excel.RequestContext,
  plan: MarkPlan,
  options: MarkOptions = {}
): Promise<MarkSummary> {
  const features = options.features ?? detectHostFeatures();
  const locale = options.locale ?? "zh-CN";
  const kind = annotationKind(features);
  const workbook = context.workbook;
  const state = options.state ?? (await readState(context, features, options.counter));
  const previous = state.record;
  const sheetsByName = new Map(state.sheets.map((sheet) => [sheet.name, sheet]));

  // Protected and hidden sheets are checked, never marked: their cells are only listed.
  const unmarkedSheets = new Map<string, UnmarkedSheet>();
  const markable = markableCells(plan.cells).filter((mark) => {
    const reason = unmarkableReason(sheetsByName.get(mark.sheet));
    if (!sheetsByName.has(mark.sheet)) return false;
    if (!reason) return true;
    const entry = unmarkedSheets.get(mark.sheet) ?? { sheet: mark.sheet, reason, cells: 0 };
    entry.cells++;
    unmarkedSheets.set(mark.sheet, entry);
    return false;
  });
  const budgeted = withinBudget(markable);
  const locked = new Set(state.sheets.filter((s) => s.protected).map((s) => s.name));
  const targetKeys = new Set(budgeted.map((target) => cellKey(target.sheet, target.cell)));
  const stale = recordedCells(previous).filter(
    (c) => sheetsByName.has(c.sheet) && !targetKeys.has(cellKey(c.sheet, c.cell))
  );

  // Sync 1: fills, notes and comments; a new results sheet, named in the record before it is added.
  const results = prepareResultsSheet(context, state, previous);
  const targetFills = queueFillReads(context, cellsBySheet(budgeted));
  const staleFills = queueFillReads(
    context,
    cellsBySheet(stale.filter((c) => c.entry.mark && !locked.has(c.sheet)))
  );
  const notes = features.notes ? new NoteIndex(context) : null;
  const comments = features.comments ? new CommentIndex(context) : null;
  await context.sync();
  countSync(options.counter);

  // Sync 2: where the notes and comments sit, the replies to ours.
  if (notes || comments) {
    notes?.queueLocations();
    comments?.queueLocations();
    comments?.queueReplyCounts(recordedCommentIds(previous));
    await context.sync();
    countSync(options.counter);
  }

  const cellState: CellState = {
    features,
    fills: new Map([...targetFills(), ...staleFills()]),
    notesByCell: notes?.byCell() ?? new Map(),
    commentsByCell: comments?.byCell() ?? new Map(),
    ...(comments ? { comments } : {}),
    lockedSheets: locked,
    keptThreadText: noticeText(locale).threadKept,
  };
  const resultsRef = results.sheet
    ? { id: results.existingId ?? results.sheet.id, name: results.outcome.name }
    : previous?.resultsSheet;
  const { undo, marking, record, taken } = markWithinRecordCap(budgeted, (targets) => {
    const undo = new Undo(cellState);
    const record = emptyRecord();
    record.resultsSheetCreated = (previous?.resultsSheetCreated ?? false) || results.created;
    if (resultsRef) record.resultsSheet = resultsRef;
    // The charts are 插入图表's: re-checking leaves them (and what 清除标记 must empty) as they are.
    if (previous?.charts) record.charts = previous.charts;
    for (const { sheet, cell, entry } of stale) {
      const leftover = undo.cell(sheet, cell, entry);
      if (leftover) recordCell(record, sheet, cell, leftover);
    }
    const marking = new Marking(cellState, undo, kind, record);
    for (const target of targets)
      marking.add(target, previous?.sheets[target.sheet]?.[target.cell]);
    return { undo, marking, record };
  });
  const summary: MarkSummary = {
    ...marking.summary,
    unmarked: markable.length - budgeted.length,
    linked: 0,
    links: plan.layout.links.length,
    unmarkedSheets: [...unmarkedSheets.values()],
    overRecordCap: budgeted.length - taken,
    commentsFailed: 0,
    resultsSheet: results.outcome,
    resultsRowsOmitted: 0,
  };

  // Sync 3: the old marks out (the old record still covers them), then the new record, then the new marks.
  undo.queue(context);
  workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(record));
  marking.queue(context);
  await context.sync();
  countSync(options.counter);

  // Sync 4: the 校验结果 sheet, on its own (its rows alone may take most of a request).
  if (results.sheet) {
    const written = queueResultsSheet(context, plan.layout, {
      sheet: results.sheet,
      exists: !results.created,
      activate: options.activateResults === true && results.visible,
      hyperlinks: hasHyperlinks(features),
      notices: [...(options.notices ?? []), ...writeNoticeLines(summary, locale)],
      locale,
    });
    summary.linked = written.linked;
    summary.resultsRowsOmitted = written.omitted;
  }
  await context.sync();
  countSync(options.counter);

  // Sync 5: the comments, recorded already (found again by their content: our block and nothing else).
  if (marking.commentsToAdd.length > 0) {
    for (const { sheet, cell, content } of marking.commentsToAdd)
      workbook.comments.add(qualifiedAddress(sheet, cell), content);
    try {
      await context.sync();
    } catch {
      summary.commentsFailed = marking.commentsToAdd.length;
    }
    countSync(options.counter);
  }
  return summary;
}

async function readState(
  context: Excel.RequestContext,
  features: HostFeatures,
  counter: SyncCounter | undefined
): Promise<WorkbookState> {
  const read = queueWorkbookState(context, features);
  await context.sync();
  countSync(counter);
  return read();
}

interface PreparedResults {
  sheet?: Excel.Worksheet;
  existingId?: string;
  created: boolean;
  visible: boolean;
  outcome: ResultsSheetOutcome;
}

/**
 * Our results sheet: the one the record names (unless the user protected it), else a new one under the first free
 * name — recorded before it is added, so 清除标记 knows it even if the run stops right after.
 */
function prepareResultsSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
  previous: MarkRecord | null
): PreparedResults {
  const own: SheetInfo | undefined = state.results;
  const base = RESULTS_SHEET_NAME;
  if (own) {
    const outcome = { name: own.name, base, renamed: false };
    if (own.protected)
      return {
        created: false,
        visible: false,
        outcome: { ...outcome, written: false, reason: "protected" },
      };
    return {
      sheet: context.workbook.worksheets.getItem(own.id),
      existingId: own.id,
      created: false,
      visible: own.visibility === "Visible",
      outcome: { ...outcome, written: true },
    };
  }
  if (state.workbookProtected)
    return {
      created: false,
      visible: false,
      outcome: { name: base, base, renamed: false, written: false, reason: "workbookProtected" },
    };
  const name = freeSheetName(base, state.sheets);
  const pending = previous ? { ...previous } : emptyRecord();
  pending.resultsSheet = { name };
  pending.resultsSheetCreated = true;
  context.workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(pending));
  const sheet = context.workbook.worksheets.add(name);
  sheet.load("id");
  return {
    sheet,
    created: true,
    visible: true,
    outcome: { name, base, renamed: name !== base, written: true },
  };
}

/** Marks the most severe cells first, as many as keep the serialized record under MARK_RECORD_BYTE_CAP. */
function markWithinRecordCap<T extends { record: MarkRecord }>(
  targets: CellMark[],
  mark: (targets: CellMark[]) => T
): T & { taken: number } {
  let taken = targets.length;
  for (;;) {
    const result = mark(targets.slice(0, taken));
    const bytes = recordBytes(serializeRecord(result.record));
    if (bytes <= MARK_RECORD_BYTE_CAP || taken === 0) return { ...result, taken };
    taken = Math.max(
      0,
      Math.min(taken - 1, Math.floor((taken * MARK_RECORD_BYTE_CAP * 0.95) / bytes))
    );
  }
}

function recordedCommentIds(record: MarkRecord | null): Set<string> {
  const ids = new Set<string>();
  for (const { entry } of recordedCells(record))
    if (typeof entry.comment === "string") ids.add(entry.comment);
  return ids;
}

export interface ClearResult {
  restored: number;
  chartsRemoved: number;
  /** Marks left on protected sheets (kept in the record for later). */
  locked: number;
  /** Our comments kept because the user replied to them (our words removed). */
  keptThreads: number;
}

/**
 * Restores the fills the add-in changed (where its mark still shows), takes our blocks out of notes and comments
 * (deleting only notes and comments that hold nothing else and no reply), empties our 校验结果 and 进度图表 sheets
 * (keeping them: deleting a sheet wipes undo) and removes the record, last. Nothing else is touched.
 */
export async function clearMarks(
  context: Excel.RequestContext,
  options: Omit<MarkOptions, "activateResults" | "state" | "notices"> & { locale?: Locale } = {}
): Promise<ClearResult> {
  const features = options.features ?? detectHostFeatures();
  const workbook = context.workbook;

  // Sync 1: the record, the sheets, the notes and comments there are.
  const readState = queueWorkbookState(context, features);
  const notes = features.notes ? new NoteIndex(context) : null;
  const comments = features.comments ? new CommentIndex(context) : null;
  await context.sync();
  countSync(options.counter);
  const state = readState();
  const record = state.record;
  const none: ClearResult = { restored: 0, chartsRemoved: 0, locked: 0, keptThreads: 0 };
  if (!state.hasRecordSetting && !state.results && !state.charts) return none;

  const sheetNames = new Set(state.sheets.map((sheet) => sheet.name));
  const locked = new Set(state.sheets.filter((s) => s.protected).map((s) => s.name));
  const cells = recordedCells(record).filter((c) => sheetNames.has(c.sheet));

  // Sync 2: the fills of the marked cells, where the notes and comments sit, replies, the charts to remove.
  const fills = queueFillReads(
    context,
    cellsBySheet(cells.filter((c) => c.entry.mark && !locked.has(c.sheet)))
  );
  notes?.queueLocations();
  comments?.queueLocations();
  comments?.queueReplyCounts(recordedCommentIds(record));
  const chartSheet =
    state.charts && !state.charts.protected ? workbook.worksheets.getItem(state.charts.id) : null;
  const charts = chartSheet?.charts ?? null;
  charts?.load("items/name");
  await context.sync();
  countSync(options.counter);

  // Sync 3: undo, our sheets emptied, the record last.
  const undo = new Undo({
    features,
    fills: fills(),
    notesByCell: notes?.byCell() ?? new Map(),
    commentsByCell: comments?.byCell() ?? new Map(),
    ...(comments ? { comments } : {}),
    lockedSheets: locked,
    keptThreadText: noticeText(options.locale ?? "zh-CN").threadKept,
  });
  // Our emptied sheets stay ours (known by id): the record keeps naming them, with no marks.
  const leftovers = emptyRecord();
  leftovers.resultsSheetCreated = record?.resultsSheetCreated ?? false;
  if (state.results) leftovers.resultsSheet = { id: state.results.id, name: state.results.name };
  if (state.charts)
    leftovers.charts = {
      sheetCreated: record?.charts?.sheetCreated ?? false,
      count: 0,
      sheet: { id: state.charts.id, name: state.charts.name },
    };
  for (const { sheet, cell, entry } of cells) {
    const leftover = undo.cell(sheet, cell, entry);
    if (leftover) recordCell(leftovers, sheet, cell, leftover);
  }
  undo.queue(context);
  if (state.results && !state.results.protected)
    queueResultsSheetClear(workbook.worksheets.getItem(state.results.id), hasHyperlinks(features));
  if (chartSheet && charts) queueChartSheetClear(chartSheet, charts.items);
  // What cannot be undone now (a protected sheet, notes without ExcelApi 1.18) stays recorded for later.
  if (Object.keys(leftovers.sheets).length > 0 || state.results || state.charts)
    workbook.settings.add(MARKS_SETTING_KEY, serializeRecord(leftovers));
  else if (state.hasRecordSetting) workbook.settings.getItem(MARKS_SETTING_KEY).delete();
  await context.sync();
  countSync(options.counter);
  return {
    restored: undo.restoredFills,
    chartsRemoved: charts?.items.length ?? 0,
    locked: undo.locked,
    keptThreads: undo.keptThreads,
  };
}

/** Plan cells with a usable single-cell address (written canonically: `C4`, not `$c$4`), each once. */
function markableCells(cells: CellMark[]): CellMark[] {
  const seen = new Set<string>();
  const markable: CellMark[] = [];
  for (const mark of cells) {
    const position = parseCell(mark.cell);
    if (!position) continue;
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
