/**
 * What the task pane needs from its host. The components depend on this interface only, so they are tested with
 * a fake; `excelHost.ts` is the one implementation that talks to Excel.
 */
import type { WorkbookReport } from "../core/check";

export interface PaneHost {
  /** Reads the workbook, checks it, marks the findings in it, and returns the report. */
  runCheck(): Promise<WorkbookReport>;
  /** Removes every mark the add-in wrote and restores what was there before. */
  clearMarks(): Promise<void>;
  /** Selects (and scrolls to) one cell; `cell` is an A1 address without the sheet name. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Selects (and scrolls to) a range, such as a recognized table's `A3:G31`; `range` is without the sheet name. */
  selectRange(sheet: string, range: string): Promise<void>;
}
