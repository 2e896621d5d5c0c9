/** The browser page's own strings in English. */
import type { PageTexts } from "../page";

export const page: PageTexts = {
  pageTitle: "Breakdown Check (web)",
  lead: "Check breakdown tables without Excel 365: open an .xlsx file, press Check, see the problem cells marked in the sheet, and download an annotated copy.",
  otherLanguage: "中文",
  switchLanguage: "将页面切换为中文",
  actionsLabel: "File and check",
  openFile: "Open .xlsx file…",
  fileInputLabel: "Choose an .xlsx workbook to check",
  examplesLabel: "Example workbooks",
  download: "Download annotated copy",
  downloadHint: (fileName) =>
    `${fileName}: problem cells filled and noted, plus a 校验结果 sheet; your file stays unchanged`,
  downloaded: (fileName) => `${fileName} is ready`,
  downloadFailed: "The annotated copy could not be made",
  phase: {
    read: "Reading the file…",
    load: "Starting the checker…",
    parse: "Reading the workbook…",
    sheets: "Preparing the sheets…",
    check: "Checking…",
    write: "Writing the annotated copy…",
  },
  progressLabel: (phase, done, total) =>
    done !== undefined && total ? `${phase} (${Math.round((100 * done) / total)}%)` : phase,
  opened: (name, sheets) =>
    `${name} is open (${sheets} ${sheets === 1 ? "sheet" : "sheets"}). Press Check to check it.`,
  openFailed: (name) => `Cannot open ${name}`,
  openCancelled: (name) => `Stopped opening ${name}; the workbook shown stays as it was.`,
  cancelOpen: "Cancel opening",
  extraFilesIgnored: (names) =>
    `One file at a time: the first was opened; ${names.length} not opened (${names.join(", ")}).`,
  notXlsxName:
    "Only .xlsx workbooks can be opened. Save an old .xls file as .xlsx in Excel or WPS first.",
  emptyTitle: "Drop an .xlsx file here",
  emptyBody: "or press “Open .xlsx file…” — or try one of the example workbooks above.",
  dropOverlay: "Release to open the file",
  workbookHeading: (name) => name,
  sheetTabsLabel: "Sheets",
  sheetTab: (name, hidden) => (hidden ? `${name} (hidden)` : name),
  gridLabel: (sheet) => `Sheet ${sheet}`,
  gridHint: "Click a cell to see its content and note; then move with the arrow keys.",
  cornerHeader: "Row",
  hiddenRow: (row) => `Row ${row} (hidden in Excel)`,
  hiddenColumn: (column) => `Column ${column} (hidden in Excel)`,
  selection: (address, text, note) =>
    (text ? `${address}: ${text}` : address) + (note ? ` — ${note}` : ""),
  nothingSelected: "No cell selected",
  outlineLegend: "Thick blue frame: a table found",
  resultsPanel: "Results and legend",
  listLimited: (shown, total) =>
    `${total} findings; the first ${shown} are listed here. The 校验结果 sheet of the annotated copy lists them all.`,
  markText: (severityName, message) => `${severityName}: ${message}`,
  targetsInPage: {
    intro:
      "Used by this page's checks and written on the annotated copy's 目标 sheet (指标 | 期间 | 条件 | 目标值 | 依据); your file stays unchanged. Opening another file reads that file's targets.",
    save: "Apply to the check",
    saving: "Applying…",
    saved: "This page's checks and the annotated copy use these targets",
    unsaved: "Changes not applied yet",
    savedOnCheck: "The changed targets were applied before the check.",
    invalidNotSaved:
      "Some target changes are incomplete and were not applied; this check uses the targets before them.",
  },
  showCharts: "Show progress charts",
  chartsHeading: "Progress charts",
  chartsIntro:
    "Drawn from the check: each unit's target and actual (columns, left axis) with completion and time progress (lines, percent axis on the right); yearly totals against the plan targets. The charts are shown on this page only.",
  chartsLoading: "Loading the charts…",
  chartsFailed:
    "The charts could not be loaded. Reload the page and try again; each chart's data is still listed in the tables below.",
  chartsDataFailed: (reason) => `The charts' data could not be worked out: ${reason}`,
  chartsShown: (count) =>
    count > 0 ? `${count} progress ${count === 1 ? "chart" : "charts"} shown` : "Nothing to chart",
  chartsCapped: (shown, total) => `Only the first ${shown} of ${total} charts are drawn`,
  chartData: (title) => `Chart data: ${title}`,
  unitsSummary: (units, behind, timeProgress, asOf) =>
    `${asOf}: ${units} ${units === 1 ? "unit" : "units"}, ${behind} below the time progress (${timeProgress}).`,
  indicatorSummary: (years, targets) =>
    `Yearly totals ${years}${targets ? `; plan targets: ${targets}` : ""}.`,
  noValue: "—",
  chartTargetsConflict: (year, first, second) =>
    `${year} has two plan targets that disagree: ${first} and ${second}. Both are drawn (the other as a triangle); check which one holds.`,
  chartTargetsNotDrawn: "Plan targets not drawn (they cannot be compared with this table):",
  chartTargetNotDrawn: (label, reason) => `${label}: ${reason}`,
  privacy: {
    heading: "Your file stays on your computer",
    text: "The workbook is read and checked in your browser only and is never uploaded; the page makes no network request beyond loading its own files. The annotated copy is made in the browser and downloaded directly; your original file is never changed.",
  },
};
