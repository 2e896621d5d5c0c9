/**
 * What the task pane needs from its host. The components depend on this interface only, so they are tested with
 * a fake; `excelHost.ts` is the one implementation that talks to Excel (the browser page has its own, over a file).
 */
import type { WorkbookReport } from "../core/check";
import type { PlanTarget } from "../core/model";

/**
 * The steps of a check as a host reports them: reading the sheets, recognizing and checking the tables (one step:
 * the core does both in one call), marking the findings in the workbook.
 */
export type CheckStep = "read" | "check" | "mark";

export interface RunCheckOptions {
  /** The as-of date of progress (`YYYY-MM-DD`), chosen in the pane; it wins over dates in the headers. */
  asOf?: string;
  /** Called as each step starts. */
  onProgress?: (step: CheckStep) => void;
}

/** What this host can do beyond colouring cells; where it cannot, the add-in falls back and the pane says how. */
export interface HostCapabilities {
  /** Notes on flagged cells (ExcelApi 1.18). */
  notes: boolean;
  /** Threaded comments, the fallback for notes (ExcelApi 1.10). */
  comments: boolean;
  /** Links from the 校验结果 sheet to the cells (ExcelApi 1.7). */
  links: boolean;
  /** Charts (ExcelApi 1.1). */
  charts: boolean;
  /** Column charts with a line on a secondary axis (ExcelApi 1.8). */
  comboCharts: boolean;
  /** Reading merged cells, for merged headers and categories (ExcelApi 1.13). */
  mergedAreas: boolean;
}

export interface PaneHost {
  /**
   * Reads the workbook, checks it, marks the findings in it, and returns the report; `writeNotices` says what was
   * not marked or written, and why (src/excel/writeNotices.ts).
   */
  runCheck(options?: RunCheckOptions): Promise<WorkbookReport & { writeNotices?: string[] }>;
  /** Removes every mark the add-in wrote and restores what was there before. */
  clearMarks(): Promise<void>;
  /**
   * Selects (and scrolls to) a finding's cell (`G31`) or a recognized table's range (`A3:G31`): an A1 address
   * without the sheet name.
   */
  select(sheet: string, address: string): Promise<void>;
  /** The workbook's plan targets (its 目标 sheet, or what the pane saved). */
  readTargets(): Promise<PlanTarget[]>;
  /** Stores the plan targets in the workbook (the 目标 sheet), replacing the ones it held. */
  saveTargets(targets: PlanTarget[]): Promise<void>;
  /**
   * Last month's workbook (上月文件), read with the file reader of the page's worker and kept for the next checks
   * (`progress-decrease`); null forgets it. Rejects (a FailureError) when the file cannot be read.
   */
  setPreviousFile?(file: PreviousFile | null): Promise<void>;
  /** What the host supports; asked once, when the pane opens. */
  capabilities(): HostCapabilities;
  /**
   * Draws the progress charts on the 进度图表 sheet (replacing the ones there): per progress table, target and
   * actual per unit with completion and time progress; per indicator, the yearly totals against the plan targets.
   * `note` says what the user should know (no secondary axis on this Excel, nothing to chart …).
   */
  insertCharts(options?: InsertChartsOptions): Promise<ChartsInserted>;
}

/** A file the user picked: its name and bytes. */
export interface PreviousFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface InsertChartsOptions {
  /** The as-of date of progress (`YYYY-MM-DD`), as for runCheck. */
  asOf?: string;
}

export interface ChartsInserted {
  sheet: string;
  charts: number;
  note?: string;
}
