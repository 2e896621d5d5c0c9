export * from "./grid";
export * from "./a1";
export * from "./model";
export * from "./marks";
export * from "./messages";
export { checkWorkbook } from "./check";
export { countBySeverity } from "./counts";
export type { WorkbookReport } from "./check";
export type { TargetOutcome } from "./check";
export { parsePlanSentence } from "./targets/sentences";
export { parseTargetsDocument, parseTargetsJson, TargetsFormatError } from "./targets/targetsJson";
export { readTargetSheet } from "./targets/targetSheet";
export { parseAsOfOption } from "./progress/asOf";
export {
  markPalette,
  summarizeReport,
  summaryLine,
  type PaletteEntry,
  type ReportSummary,
} from "./results";
export { chartSpecs, CHART_SHEET_NAME } from "./charts";
