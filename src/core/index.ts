export * from "./grid";
export * from "./a1";
export * from "./model";
export * from "./marks";
export * from "./messages";
export { checkWorkbook } from "./check";
export { countBySeverity } from "./counts";
export type { WorkbookReport } from "./check";
