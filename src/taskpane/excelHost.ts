/** The pane's host inside Excel: each call is one `Excel.run` batch around the Excel adapter. The only pane file importing src/excel. */
/* global Excel */
import type { Locale } from "../i18n";
import { insertChartsInExcel } from "../excel/charts";
import { detectHostFeatures, supportsExcelApi } from "../excel/requirements";
import { clearMarksInExcel, runCheckInExcel, selectRange } from "../excel/run";
import { readTargetsInExcel, saveTargetsInExcel } from "../excel/targets";
import type { PreviousWorkbook } from "../core/model";
import type { HostCapabilities, PaneHost } from "../ui/host";
import { readPreviousWorkbook } from "./previousWorkbook";

export function createExcelHost(locale: Locale): PaneHost {
  // 上月文件: read once when picked, used by every check until another is picked or it is cleared.
  let previous: PreviousWorkbook | null = null;
  return {
    runCheck: (options = {}) =>
      Excel.run(async (context) => {
        const result = await runCheckInExcel(context, {
          locale,
          today: new Date(),
          ...(options.asOf ? { asOf: options.asOf } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(previous ? { previous } : {}),
        });
        return { ...result.report, writeNotices: result.notices ?? [] };
      }),
    clearMarks: () =>
      Excel.run(async (context) => void (await clearMarksInExcel(context, { locale }))),
    // A cell is a range of one: the adapter's selectRange selects either, in one sync.
    select: (sheet, address) =>
      Excel.run(async (context) => void (await selectRange(context, sheet, address))),
    // The 目标 sheet is where the targets live: the check reads them from there, like the CLI does.
    readTargets: () => Excel.run((context) => readTargetsInExcel(context)),
    saveTargets: (targets) => Excel.run((context) => saveTargetsInExcel(context, targets)),
    async setPreviousFile(file) {
      previous = null;
      if (file) previous = await readPreviousWorkbook(file);
    },
    capabilities: excelCapabilities,
    insertCharts: (options = {}) =>
      Excel.run(async (context) => {
        const { sheet, charts, note } = await insertChartsInExcel(context, {
          locale,
          today: new Date(),
          ...(options.asOf ? { asOf: options.asOf } : {}),
        });
        return { sheet, charts, ...(note ? { note } : {}) };
      }),
  };
}

/** The requirement sets this Excel offers above the manifest's floor (ExcelApi 1.9). */
export function excelCapabilities(): HostCapabilities {
  const features = detectHostFeatures();
  return {
    notes: features.notes,
    comments: features.comments,
    mergedAreas: features.mergedAreas,
    links: supportsExcelApi("1.7"),
    charts: supportsExcelApi("1.1"),
    comboCharts: supportsExcelApi("1.8"),
  };
}
