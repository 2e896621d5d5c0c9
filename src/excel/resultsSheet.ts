/** The 校验结果 sheet: one row per finding, every value written as text. */
import { RESULTS_SHEET_NAME } from "../core/marks";
import type { Locale } from "../core/model";
import { text } from "../core/messages";

export interface ResultsSheetOptions {
  /** The sheet is there already (it is cleared and reused: deleting a sheet wipes the user's undo history). */
  exists: boolean;
  locale: Locale;
  activate?: boolean;
}

export function queueResultsSheet(
  context: Excel.RequestContext,
  rows: string[][],
  options: ResultsSheetOptions
): void {
  const worksheets = context.workbook.worksheets;
  const sheet = options.exists
    ? worksheets.getItem(RESULTS_SHEET_NAME)
    : worksheets.add(RESULTS_SHEET_NAME);
  if (options.exists) sheet.getRange().clear("All");

  const table = rows.length > 1 ? rows : [...rows, [text(options.locale).noFindings]];
  const width = Math.max(1, ...table.map((row) => row.length));
  const values = table.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  const range = sheet.getRangeByIndexes(0, 0, values.length, width);
  // Text format first: a unit name such as "=HYPERLINK(…)" or "1,234" must stay the text it is, never run or convert.
  range.numberFormat = values.map((row) => row.map(() => "@"));
  range.values = values;
  sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  range.format.autofitColumns();
  if (options.activate) sheet.activate();
}

export function queueResultsSheetClear(context: Excel.RequestContext): void {
  context.workbook.worksheets.getItem(RESULTS_SHEET_NAME).getRange().clear("All");
}
