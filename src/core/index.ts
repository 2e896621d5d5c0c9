export * from "./grid";
export * from "./a1";
export * from "./model";
export * from "./marks";
export * from "./messages";
export { checkWorkbook, countBySeverity } from "./check";
export type { WorkbookReport } from "./check";
