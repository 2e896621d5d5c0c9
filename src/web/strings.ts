/**
 * Every user-facing string of the browser page, zh-CN first, en-US as well. The findings list, summary and legend
 * are the task pane's components with the pane's strings (src/taskpane/strings.ts); the findings themselves come
 * from src/core/messages.ts.
 */
import type { Locale } from "../i18n";
import type { PaneTexts } from "../taskpane/strings";
import type { Phase } from "./protocol";

export interface WebTexts {
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
  phase: Record<Phase, string>;
  progressLabel(phase: string, done?: number, total?: number): string;
  opened(name: string, sheets: number): string;
  openFailed(name: string): string;
  notXlsxName: string;
  noWorkbook: string;
  internalFailure: string;
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
    PaneTexts["targets"],
    "intro" | "save" | "saving" | "saved" | "unsaved" | "savedOnCheck" | "invalidNotSaved"
  >;
  showCharts: string;
  chartsHeading: string;
  chartsIntro: string;
  chartsLoading: string;
  chartsFailed: string;
  chartsShown(count: number): string;
  chartsCapped(shown: number, total: number): string;
  chartData(title: string): string;
  unitsSummary(units: number, behind: number, timeProgress: string, asOf: string): string;
  indicatorSummary(years: string, targets: string): string;
  noValue: string;
}

const zhCN: WebTexts = {
  pageTitle: "分解表校验（网页版）",
  lead: "不用 Excel 365 也能校验任务分解表：打开 .xlsx 文件，点“校验”，问题单元格在表中标出，可下载标注副本。",
  otherLanguage: "English",
  switchLanguage: "Switch the page to English",
  actionsLabel: "文件与校验",
  openFile: "打开 .xlsx 文件…",
  fileInputLabel: "选择要校验的 .xlsx 工作簿",
  examplesLabel: "示例工作簿",
  download: "下载标注副本",
  downloadHint: (fileName) => `${fileName}：问题单元格着色并加批注，另附“校验结果”表；原文件不变`,
  downloaded: (fileName) => `已生成 ${fileName}`,
  downloadFailed: "未能生成标注副本。请重新校验后再试。",
  phase: {
    read: "正在读取文件…",
    load: "正在启动校验组件…",
    parse: "正在解析工作簿…",
    sheets: "正在整理工作表…",
    check: "正在校验…",
    write: "正在生成标注副本…",
  },
  progressLabel: (phase, done, total) =>
    done !== undefined && total ? `${phase}（${Math.round((100 * done) / total)}%）` : phase,
  opened: (name, sheets) => `已打开 ${name}，共 ${sheets} 张工作表。点“校验”开始检查。`,
  openFailed: (name) => `无法打开 ${name}`,
  notXlsxName: "只能打开 .xlsx 工作簿。旧的 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。",
  noWorkbook: "请先打开一个工作簿。",
  internalFailure: "发生了意外错误。请刷新页面后重试。",
  emptyTitle: "把 .xlsx 文件拖到这里",
  emptyBody: "或点“打开 .xlsx 文件…”，也可以先试试上面的示例工作簿。",
  dropOverlay: "松开鼠标即可打开该文件",
  workbookHeading: (name) => name,
  sheetTabsLabel: "工作表",
  sheetTab: (name, hidden) => (hidden ? `${name}（隐藏）` : name),
  gridLabel: (sheet) => `工作表“${sheet}”`,
  gridHint: "点击单元格可查看内容和批注；选中后可用方向键移动。",
  cornerHeader: "行号",
  hiddenRow: (row) => `第 ${row} 行（在 Excel 中隐藏）`,
  hiddenColumn: (column) => `${column} 列（在 Excel 中隐藏）`,
  selection: (address, text, note) =>
    (text ? `${address}：${text}` : address) + (note ? ` — ${note}` : ""),
  nothingSelected: "未选中单元格",
  outlineLegend: "蓝色粗框：识别出的表格",
  resultsPanel: "结果与图例",
  listLimited: (shown, total) =>
    `共 ${total} 处问题，此处只列出前 ${shown} 处；全部问题见标注副本中的“校验结果”表。`,
  markText: (severityName, message) => `${severityName}：${message}`,
  targetsInPage: {
    intro:
      "用于本页的校验，并写入标注副本的“目标”表（指标 | 期间 | 条件 | 目标值 | 依据）；原文件不变。打开另一个文件时重新读取该文件的目标。",
    save: "应用到校验",
    saving: "正在应用…",
    saved: "本页的校验和标注副本使用这些目标",
    unsaved: "有未应用的修改",
    savedOnCheck: "校验前已应用修改后的目标。",
    invalidNotSaved: "目标有未填完整的修改，未应用；本次校验使用此前的目标。",
  },
  showCharts: "显示进度图表",
  chartsHeading: "进度图表",
  chartsIntro:
    "按校验结果绘制：各单位的目标与完成（柱形，左侧坐标轴），完成率与时序进度（折线，右侧百分比坐标轴）；各年度合计与计划目标。图表只在本页显示。",
  chartsLoading: "正在加载图表…",
  chartsFailed: "图表组件未能加载，请刷新页面后重试。各图的数据仍列在下方的表格中。",
  chartsShown: (count) => (count > 0 ? `已显示 ${count} 张进度图表` : "没有可绘制的进度图表"),
  chartsCapped: (shown, total) => `数据较多，只绘制了前 ${shown} 张图表（共 ${total} 张）`,
  chartData: (title) => `图表数据：${title}`,
  unitsSummary: (units, behind, timeProgress, asOf) =>
    `${asOf}，共 ${units} 个单位，其中 ${behind} 个完成率低于时序进度（${timeProgress}）。`,
  indicatorSummary: (years, targets) =>
    `${years}各年度合计${targets ? `；计划目标：${targets}` : ""}。`,
  noValue: "—",
};

const enUS: WebTexts = {
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
  downloadFailed: "The annotated copy could not be made. Run the check again, then try again.",
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
  notXlsxName:
    "Only .xlsx workbooks can be opened. Save an old .xls file as .xlsx in Excel or WPS first.",
  noWorkbook: "Open a workbook first.",
  internalFailure: "Something unexpected went wrong. Reload the page and try again.",
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
  chartsShown: (count) =>
    count > 0 ? `${count} progress ${count === 1 ? "chart" : "charts"} shown` : "Nothing to chart",
  chartsCapped: (shown, total) => `Only the first ${shown} of ${total} charts are drawn`,
  chartData: (title) => `Chart data: ${title}`,
  unitsSummary: (units, behind, timeProgress, asOf) =>
    `${asOf}: ${units} ${units === 1 ? "unit" : "units"}, ${behind} below the time progress (${timeProgress}).`,
  indicatorSummary: (years, targets) =>
    `Yearly totals ${years}${targets ? `; plan targets: ${targets}` : ""}.`,
  noValue: "—",
};

export function webText(locale: Locale = "zh-CN"): WebTexts {
  return locale === "en-US" ? enUS : zhCN;
}

/** The promise that nothing leaves the computer: always shown in both languages, Chinese first. */
export const PRIVACY: readonly { locale: Locale; heading: string; text: string }[] = [
  {
    locale: "zh-CN",
    heading: "文件不出本机",
    text: "工作簿只在您的浏览器中读取和校验，不会上传到任何地方；本页面除加载自身文件外不发出任何网络请求。标注副本在浏览器中生成并直接下载，原文件不会被修改。",
  },
  {
    locale: "en-US",
    heading: "Your file stays on your computer",
    text: "The workbook is read and checked in your browser only and is never uploaded; the page makes no network request beyond loading its own files. The annotated copy is made in the browser and downloaded directly; your original file is never changed.",
  },
];
