/**
 * The 校验结果 sheet, as the core lays it out (src/core/results.ts): the summary on top with the palette explained
 * in its colours, then one row per finding whose 单元格 links to the finding's cell. Every value is written as text
 * (number format "@" first). The sheet is cleared and reused, never deleted (deleting a sheet wipes undo).
 */
import { RESULTS_SHEET_NAME } from "../core/marks";
import type { ResultsLayout } from "../core/results";

/**
 * Request bytes allowed for the whole sheet in its sync (Excel on the web rejects 5 MB): the rows come first, links
 * take what is left, so 20,000 findings still fit; the findings past it are listed without a link.
 */
export const RESULTS_SYNC_BYTE_BUDGET = 3_600_000;
/** Rough request cost of one link: the range proxy and the hyperlink call with its reference and text. */
const LINK_CALL_BYTES = 400;

export interface ResultsSheetOptions {
  /** The sheet is there already (it is cleared and reused: deleting a sheet wipes the user's undo history). */
  exists: boolean;
  activate?: boolean;
  /** `range.hyperlink` is available (ExcelApi 1.7). */
  hyperlinks: boolean;
}

/** Queues the whole sheet; returns how many findings got a link (all, unless links are off or over budget). */
export function queueResultsSheet(
  context: Excel.RequestContext,
  layout: ResultsLayout,
  options: ResultsSheetOptions
): { linked: number } {
  const worksheets = context.workbook.worksheets;
  const sheet = options.exists
    ? worksheets.getItem(RESULTS_SHEET_NAME)
    : worksheets.add(RESULTS_SHEET_NAME);
  if (options.exists) queueClear(sheet, options.hyperlinks);

  const { rows, width } = layout;
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  // Text format first: a unit name such as "=HYPERLINK(…)" or "1,234" must stay the text it is, never run or convert.
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
  for (const row of layout.boldRows)
    sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  for (const fill of layout.fills)
    sheet.getRangeByIndexes(fill.row, fill.column, 1, 1).format.fill.color = fill.color;

  let linked = 0;
  if (options.hyperlinks) {
    // The values and their "@" formats, as JSON: about what the rows cost in the request.
    const rowBytes = rows.reduce(
      (sum, row) => sum + row.reduce((n, value) => n + utf8Length(value) + 8, 2),
      0
    );
    const budget = Math.max(0, Math.floor((RESULTS_SYNC_BYTE_BUDGET - rowBytes) / LINK_CALL_BYTES));
    for (const link of layout.links.slice(0, budget)) {
      const cell = sheet.getRangeByIndexes(link.row, link.column, 1, 1);
      cell.hyperlink = { documentReference: link.reference, textToDisplay: link.text };
      linked++;
    }
  }
  range.format.autofitColumns();
  if (options.activate) sheet.activate();
  return { linked };
}

/** UTF-8 bytes of a string (Chinese text takes 3 per character). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

export function queueResultsSheetClear(context: Excel.RequestContext, hyperlinks: boolean): void {
  queueClear(context.workbook.worksheets.getItem(RESULTS_SHEET_NAME), hyperlinks);
}

/** Everything, links included (clear("All") takes them too; the explicit call keeps the old links from lingering on any host). */
function queueClear(sheet: Excel.Worksheet, hyperlinks: boolean): void {
  const all = sheet.getRange();
  if (hyperlinks) all.clear("Hyperlinks");
  all.clear("All");
}
