/**
 * The task pane's host for a file in the browser: 校验 runs in the worker, the marks live in the page's view of the
 * sheet (the user's file is never written), selecting a finding scrolls the grid to its cell, the plan targets go
 * onto the worker's copy of the 目标 sheet, and 插入图表 draws the progress charts in the page.
 */
import type { ChartSpec } from "../core/charts";
import type { PaneHost } from "../ui/host";
import type { DisplaySheet } from "./display";
import type { Progress } from "./protocol";
import { failure, FailureError } from "../i18n/failure";
import type { EngineClient } from "./workerClient";

export interface FileHostDeps {
  client: EngineClient;
  /** A workbook is open (before one is, there are no targets to read, and the worker is not started for them). */
  opened(): boolean;
  onProgress(progress: Progress | null): void;
  /**
   * Shows the sheet and focuses the cell; with `range` (a recognized table's `A4:G32`), also outlines that range.
   * Throws the `notFound` failure when there is no such sheet.
   */
  reveal(sheet: string, cell: string, range?: string): void;
  /** The 目标 sheet as it shows after the targets were saved (it replaces the file's, or is added). */
  onTargetSheet(sheet: DisplaySheet): void;
  /** 插入图表: the page shows these charts (the section, and where it is). */
  showCharts(charts: ChartSpec[]): void;
}

/** The section the page draws the charts in, named as the pane names the sheet Excel draws them on. */
export const PAGE_CHARTS = "page";

export function createFileHost(deps: FileHostDeps): PaneHost {
  return {
    async runCheck(options = {}) {
      try {
        options.onProgress?.("check");
        return await (options.asOf
          ? deps.client.check(deps.onProgress, { asOf: options.asOf })
          : deps.client.check(deps.onProgress));
      } finally {
        deps.onProgress(null);
      }
    },
    // The marks are only drawn in the page: clearing them is the page forgetting the report (useSession).
    clearMarks: () => Promise.resolve(),
    // A finding's cell, or a recognized table clicked in the list: the grid goes to the range's top-left cell and
    // outlines the range.
    async select(sheet, address) {
      const [topLeft] = address.split(":");
      if (address.includes(":")) deps.reveal(sheet, topLeft, address);
      else deps.reveal(sheet, topLeft);
    },
    // The targets live in the worker with the opened file (never in the user's file), on its copy of the 目标 sheet.
    async readTargets() {
      if (!deps.opened()) return [];
      try {
        return await deps.client.targets();
      } catch (error) {
        if (error instanceof FailureError && error.failure.kind === "noWorkbook") return [];
        throw error;
      }
    },
    // A 目标 sheet that holds no target table fails as the typed failure the pane explains, as it does in Excel.
    async saveTargets(targets) {
      const sheet = await deps.client.setTargets(targets);
      if (sheet) deps.onTargetSheet(sheet);
    },
    // 上月文件: read and kept in the worker, beside the opened file.
    async setPreviousFile(file) {
      await deps.client.setPrevious(file?.name ?? "", file?.bytes ?? null);
    },
    // The page draws every mark itself, and the annotated copy is written by ExcelJS: nothing falls back. The charts
    // are drawn in the page (chart.js, with a secondary axis); the annotated copy has none (ExcelJS writes no charts).
    capabilities: () => ({
      notes: true,
      comments: true,
      links: true,
      charts: true,
      comboCharts: true,
      mergedAreas: true,
    }),
    async insertCharts() {
      const charts = await deps.client.charts();
      deps.showCharts(charts);
      return { sheet: PAGE_CHARTS, charts: charts.length };
    },
  };
}

/** No such sheet or cell on the page: the typed failure (src/i18n/failure.ts), with the place for developers. */
export function notFound(place: string): FailureError {
  return new FailureError(failure("notFound"), place);
}
