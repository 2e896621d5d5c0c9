/**
 * The shape of the browser page's own strings (src/web); the findings list, summary and legend use the shared UI
 * strings (ui.ts). Every locale's `page` part (src/i18n/<locale>/page.ts) is typed with it.
 */
import type { UiTexts } from "./ui";

/** What is under way on the page, as the worker protocol names it (src/web/protocol.ts `Phase`). */
export type PagePhase = "read" | "load" | "parse" | "sheets" | "check" | "write";

export interface PageTexts {
  pageTitle: string;
  lead: string;
  /** The language switch shows the other language's name, in that language. */
  otherLanguage: string;
  switchLanguage: string;
  actionsLabel: string;
  openFile: string;
  fileInputLabel: string;
  examplesLabel: string;
  download: string;
  downloadHint(fileName: string): string;
  downloaded(fileName: string): string;
  downloadFailed: string;
  phase: Record<PagePhase, string>;
  progressLabel(phase: string, done?: number, total?: number): string;
  opened(name: string, sheets: number): string;
  openFailed(name: string): string;
  /** Said when a load is cancelled (or replaced by another file): the open workbook stays. */
  openCancelled(name: string): string;
  /** The button that stops a load under way. */
  cancelOpen: string;
  /** Several files chosen or dropped where the page opens one: which were left unopened. */
  extraFilesIgnored(names: string[]): string;
  notXlsxName: string;
  emptyTitle: string;
  emptyBody: string;
  dropOverlay: string;
  workbookHeading(name: string): string;
  sheetTabsLabel: string;
  sheetTab(name: string, hidden: boolean): string;
  gridLabel(sheet: string): string;
  gridHint: string;
  cornerHeader: string;
  hiddenRow(row: number): string;
  hiddenColumn(column: string): string;
  /** The selected cell: `附件1!G32：600000 — 错误：…` */
  selection(address: string, text: string, note: string): string;
  nothingSelected: string;
  outlineLegend: string;
  resultsPanel: string;
  listLimited(shown: number, total: number): string;
  markText(severityName: string, message: string): string;
  /** The targets editor on the page: its targets go into the page's checks and the copy, not into the user's file. */
  targetsInPage: Pick<
    UiTexts["targets"],
    "intro" | "save" | "saving" | "saved" | "unsaved" | "savedOnCheck" | "invalidNotSaved"
  >;
  showCharts: string;
  chartsHeading: string;
  chartsIntro: string;
  chartsLoading: string;
  chartsFailed: string;
  /** The charts' data could not be worked out: why, in words (the failure's advice). */
  chartsDataFailed(reason: string): string;
  chartsShown(count: number): string;
  chartsCapped(shown: number, total: number): string;
  chartData(title: string): string;
  unitsSummary(units: number, behind: number, timeProgress: string, asOf: string): string;
  indicatorSummary(years: string, targets: string): string;
  /** Two plan targets for one year that disagree: both are drawn; this says so. */
  chartTargetsConflict(year: string, first: string, second: string): string;
  /** Over the plan targets not drawn against the table (each with the reason it could not be compared). */
  chartTargetsNotDrawn: string;
  chartTargetNotDrawn(label: string, reason: string): string;
  noValue: string;
  /** The promise that nothing leaves the computer; the page shows it in every language, Chinese first. */
  privacy: { heading: string; text: string };
}
