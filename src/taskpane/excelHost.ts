/** The pane's host inside Excel: each call is one `Excel.run` batch around the Excel adapter. The only pane file importing src/excel. */
/* global Excel */
import type { Locale } from "../core/model";
import { clearMarksInExcel, runCheckInExcel, selectCell, selectRange } from "../excel/run";
import type { PaneHost } from "./host";

export function createExcelHost(locale: Locale): PaneHost {
  return {
    runCheck: () =>
      Excel.run(async (context) => (await runCheckInExcel(context, { locale })).report),
    clearMarks: () => Excel.run(async (context) => void (await clearMarksInExcel(context))),
    selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    selectRange: (sheet, range) => Excel.run((context) => selectRange(context, sheet, range)),
  };
}
