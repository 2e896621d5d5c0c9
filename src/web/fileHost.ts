/**
 * The task pane's host for a file in the browser: 校验 runs in the worker, the marks live in the page's view of the
 * sheet (the user's file is never written), and selecting a finding scrolls the grid to its cell.
 */
import type { Locale } from "../core/model";
import type { PaneHost } from "../taskpane/host";
import type { Progress } from "./protocol";
import { EngineError, type EngineClient } from "./workerClient";

export interface FileHostDeps {
  client: EngineClient;
  /** Read at every run, so a language switch applies to the next check. */
  locale(): Locale;
  onProgress(progress: Progress | null): void;
  /** Shows the sheet and focuses the cell; rejects with code `ItemNotFound` when there is no such sheet. */
  reveal(sheet: string, cell: string): void;
}

export function createFileHost(deps: FileHostDeps): PaneHost {
  return {
    async runCheck(options = {}) {
      try {
        options.onProgress?.("check");
        return await (options.asOf
          ? deps.client.check(deps.locale(), deps.onProgress, { asOf: options.asOf })
          : deps.client.check(deps.locale(), deps.onProgress));
      } finally {
        deps.onProgress(null);
      }
    },
    // The marks are only drawn in the page: clearing them is the page forgetting the report (usePaneSession).
    clearMarks: () => Promise.resolve(),
    async selectCell(sheet, cell) {
      deps.reveal(sheet, cell);
    },
    // A recognized table clicked in the list: the page's grid goes to the range's top-left cell.
    async selectRange(sheet, range) {
      deps.reveal(sheet, range.split(":")[0]);
    },
    // The targets live in the worker with the opened file (never in the user's file); its 目标 sheet's until set.
    async readTargets() {
      try {
        return await deps.client.targets();
      } catch (error) {
        if (error instanceof EngineError && error.reason === "no-workbook") return [];
        throw error;
      }
    },
    async saveTargets(targets) {
      try {
        await deps.client.setTargets(targets);
      } catch (error) {
        if (error instanceof EngineError && error.reason === "target-sheet-occupied")
          throw Object.assign(new Error(error.message), { code: "TargetSheetOccupied" });
        throw error;
      }
    },
    // The page draws every mark itself, and the annotated copy is written by ExcelJS: nothing falls back. Charts are
    // the one thing the page cannot make: ExcelJS writes no charts, and the page draws none of its own.
    capabilities: () => ({
      notes: true,
      comments: true,
      links: true,
      charts: false,
      comboCharts: false,
      mergedAreas: true,
    }),
    async insertCharts() {
      throw Object.assign(
        new Error(
          deps.locale() === "en-US"
            ? "The browser page cannot insert charts: open the workbook in Excel and use 插入图表 there."
            : "浏览器版不能插入图表：请在 Excel 中打开工作簿，用“插入图表”生成进度图表。"
        ),
        { code: "ChartsNotInBrowser" }
      );
    },
  };
}

/** An error the pane's failure explanation understands (see src/taskpane/failure.ts). */
export function notFound(message: string): Error {
  return Object.assign(new Error(message), { code: "ItemNotFound" });
}
