/**
 * The 校验结果 sheet, as the core lays it out (src/core/results.ts): the summary on top with the palette explained
 * in its colours, then one row per finding whose 单元格 links to the finding's cell. Every value is written as text
 * (number format "@" first). The sheet is cleared and reused, never deleted (deleting a sheet wipes undo).
 */
import type { Locale } from "../i18n";
import type { ResultsLayout } from "../core/results";
import { utf8Length } from "../core/utf8";
import { noticeText } from "./writeNotices";

/**
 * Request bytes allowed for the whole sheet in its sync (Excel on the web rejects 5 MB; the sheet has a sync of its own):
 * the rows first, up to RESULTS_ROWS_BYTE_BUDGET (the findings past it are left off, and the sheet says how many),
 * links take what is left; the findings past that are listed without a link.
 */
export const RESULTS_SYNC_BYTE_BUDGET = 4_200_000;
export const RESULTS_ROWS_BYTE_BUDGET = 3_600_000;
/** Rough request cost of one link: the range proxy and the hyperlink call with its reference and text. */
const LINK_CALL_BYTES = 400;

export interface ResultsSheetOptions {
  /** Our results sheet (known by id, or just added). */
  sheet: Excel.Worksheet;
  /** The sheet is there already (it is cleared and reused: deleting a sheet wipes the user's undo history). */
  exists: boolean;
  activate?: boolean;
  /** `range.hyperlink` is available (ExcelApi 1.7). */
  hyperlinks: boolean;
  /** Lines about what was not checked or written, below the findings. */
  notices?: string[];
  locale?: Locale;
}

/** Queues the whole sheet; returns how many findings got a link and how many rows were left off. */
export function queueResultsSheet(
  context: Excel.RequestContext,
  layout: ResultsLayout,
  options: ResultsSheetOptions
): { linked: number; omitted: number } {
  void context;
  const sheet = options.sheet;
  if (options.exists) queueClear(sheet, options.hyperlinks);

  const { width } = layout;
  const { rows, omitted, rowBytes, cut, end } = budgetedRows(layout, options);
  // A row of the layout → its row on the sheet: the findings left off move the 通报 block up; null when left off.
  const placed = (row: number) => (row < cut ? row : row < end ? null : row - omitted);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  // Text format first: a unit name such as "=HYPERLINK(…)" or "1,234" must stay the text it is, never run or convert.
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
  for (const row of layout.boldRows) {
    const at = placed(row);
    if (at !== null) sheet.getRangeByIndexes(at, 0, 1, width).format.font.bold = true;
  }
  for (const fill of layout.fills) {
    const at = placed(fill.row);
    if (at !== null) sheet.getRangeByIndexes(at, fill.column, 1, 1).format.fill.color = fill.color;
  }

  let linked = 0;
  if (options.hyperlinks) {
    const budget = Math.max(0, Math.floor((RESULTS_SYNC_BYTE_BUDGET - rowBytes) / LINK_CALL_BYTES));
    const kept = layout.links.filter((link) => link.row < cut);
    for (const link of kept.slice(0, budget)) {
      const cell = sheet.getRangeByIndexes(link.row, link.column, 1, 1);
      cell.hyperlink = { documentReference: link.reference, textToDisplay: link.text };
      linked++;
    }
  }
  // Columns sized by the summary and the findings; the bulletin's long paragraphs run across instead.
  const sized =
    layout.bulletinRow === undefined ? range : sheet.getRangeByIndexes(0, 0, cut, width);
  sized.format.autofitColumns();
  if (options.activate) sheet.activate();
  return { linked, omitted };
}

/** The values and their "@" formats, as JSON: about what a row costs in the request. */
function rowCost(row: string[]): number {
  return row.reduce((n, value) => n + utf8Length(value) + 8, 2);
}

/**
 * The layout's rows within RESULTS_ROWS_BYTE_BUDGET (the summary, the header and the 通报 block always; findings in
 * report order while they fit), then a line for the findings left off and the notices. `cut` is the first finding
 * row left off (or the findings' end), `end` the findings' end in the layout.
 */
function budgetedRows(
  layout: ResultsLayout,
  options: ResultsSheetOptions
): { rows: string[][]; omitted: number; rowBytes: number; cut: number; end: number } {
  const pad = (line: string) => [line, ...Array.from({ length: layout.width - 1 }, () => "")];
  const tail = (options.notices ?? []).map(pad);
  const end = layout.bulletinRow ?? layout.rows.length;
  const bulletin = layout.rows.slice(end);
  let bytes = [...tail, ...bulletin].reduce((n, row) => n + rowCost(row), 0) + 400;
  const rows: string[][] = [];
  let cut = end;
  for (const [index, row] of layout.rows.slice(0, end).entries()) {
    const cost = rowCost(row);
    if (index > layout.headerRow && bytes + cost > RESULTS_ROWS_BYTE_BUDGET) {
      cut = index;
      break;
    }
    bytes += cost;
    rows.push(row);
  }
  const omitted = end - cut;
  rows.push(...bulletin);
  const extra: string[][] = [];
  if (omitted > 0) extra.push(pad(noticeText(options.locale ?? "zh-CN").rowsOmitted(omitted)));
  extra.push(...tail);
  if (extra.length > 0) rows.push(pad(""), ...extra);
  return { rows, omitted, rowBytes: bytes, cut, end };
}

export function queueResultsSheetClear(sheet: Excel.Worksheet, hyperlinks: boolean): void {
  queueClear(sheet, hyperlinks);
}

/** Everything, links included (clear("All") takes them too; the explicit call keeps the old links from lingering on any host). */
function queueClear(sheet: Excel.Worksheet, hyperlinks: boolean): void {
  const all = sheet.getRange();
  if (hyperlinks) all.clear("Hyperlinks");
  all.clear("All");
}
