/** Every user-facing string of the task pane, zh-CN first, en-US as well (the product's own strings are in src/core/messages.ts). */
import type { ColumnKind, Locale, Severity } from "../core/model";
import { text } from "../core/messages";

/** Why a host call failed, as far as the pane can tell; each has its own advice for the user. */
export type FailureReason =
  "cellEditMode" | "tooLarge" | "notFound" | "protected" | "unsupported" | "unknown";

/** What the user asked for when it failed: run, clear, go to a finding's cell, or select a recognized table. */
export type PaneAction = "check" | "clear" | "select" | "selectTable";

export interface PaneTexts {
  appTitle: string;
  runCheck: string;
  clearMarks: string;
  toolbarLabel: string;
  step: Record<Exclude<PaneAction, "select" | "selectTable">, string>;
  severity: Record<Severity, string>;
  summaryHeading: string;
  tablesChecked(tables: number): string;
  severityCount(severityName: string, count: number): string;
  /** Read out when a run ends: `共检查 3 张表：错误 1 处，警告 0 处，提示 0 处`. */
  resultAnnouncement(tablesChecked: string, tallies: string[]): string;
  findingsHeading: string;
  sheetGroup(sheet: string, count: number): string;
  /** The accessible name of a finding's button; starts with what the button shows. */
  findingButton(cell: string, severityName: string, message: string, sheet: string): string;
  findingsHint: string;
  noFindings: string;
  noErrorsOrWarnings: string;
  noTables: string;
  /** What a table needs to be recognized: told when none was. */
  noTablesHint: string;
  /** The collapsible list of recognized tables: `识别的表（3）`. */
  tablesHeading(count: number): string;
  tablesHint: string;
  untitled: string;
  /** Labels of a table's details. */
  tableDetail: {
    unitOfMeasure: string;
    units: string;
    totalRows: string;
    subtotalRows: string;
    totalColumns: string;
    periods: string;
  };
  none: string;
  /** 1-based worksheet rows: `第 12、32 行`. */
  rowList(rows: readonly number[]): string;
  columnList(columns: readonly string[]): string;
  unitCount(count: number): string;
  columnKind: Record<ColumnKind, string>;
  /** One period column: `C 2023 目标`, with the indicator when the table has several. */
  periodColumn(column: string, period: string, kindName: string, indicator: string | null): string;
  listSeparator: string;
  legendHeading: string;
  colourName: Record<Severity, string>;
  legendEntry(colourName: string, severityName: string): string;
  failureTitle: Record<PaneAction, string>;
  failureAdvice: Record<FailureReason, string>;
  errorCode(code: string): string;
  dismiss: string;
  openInExcel: string;
  officeUnavailable: string;
}

const zhCN: PaneTexts = {
  appTitle: "分解表校验",
  runCheck: "校验",
  clearMarks: "清除标记",
  toolbarLabel: "校验操作",
  step: {
    check: "正在读取工作簿并校验，请稍候…",
    clear: "正在清除标记…",
  },
  severity: text("zh-CN").severity,
  summaryHeading: "校验结果",
  tablesChecked: (tables) => `共检查 ${tables} 张表`,
  severityCount: (severityName, count) => `${severityName} ${count} 处`,
  resultAnnouncement: (tablesChecked, tallies) => `${tablesChecked}：${tallies.join("，")}`,
  findingsHeading: "问题清单",
  sheetGroup: (sheet, count) => `${sheet}（${count} 处）`,
  findingButton: (cell, severityName, message, sheet) =>
    `${cell} ${severityName}：${message}（${sheet}）`,
  findingsHint: "点击某条问题（或选中后按 Enter）即可在表格中选中该单元格。",
  noFindings: text("zh-CN").noFindings,
  noErrorsOrWarnings: "未发现错误或警告",
  noTables: "未识别到任务分解表",
  noTablesHint: "需要有“合计/总计/小计”行或“合计”列，表头在数据上方。",
  tablesHeading: (count) => `识别的表（${count}）`,
  tablesHint: "点击某张表即可在表格中选中它的区域。",
  untitled: "（无标题）",
  tableDetail: {
    unitOfMeasure: "计量单位",
    units: "单位数",
    totalRows: "合计行",
    subtotalRows: "小计行",
    totalColumns: "合计列",
    periods: "期间列",
  },
  none: "无",
  rowList: (rows) => `第 ${rows.join("、")} 行`,
  columnList: (columns) => `${columns.join("、")} 列`,
  unitCount: (count) => `${count} 个`,
  columnKind: { target: "目标", actual: "实际", baseline: "基期", total: "合计", rate: "比率" },
  periodColumn: (column, period, kindName, indicator) =>
    `${column} ${indicator ? `${indicator} ` : ""}${period} ${kindName}`,
  listSeparator: "；",
  legendHeading: "标记颜色",
  colourName: { error: "浅红", warning: "浅黄", info: "浅蓝" },
  legendEntry: (colourName, severityName) => `${colourName}：${severityName}`,
  failureTitle: {
    check: "校验未完成",
    clear: "清除标记未完成",
    select: "无法定位到该单元格",
    selectTable: "无法选中该表",
  },
  failureAdvice: {
    cellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。",
    tooLarge: "工作簿内容太多，超出了 Excel 单次处理的上限。请关闭或删除不需要校验的工作表后再试。",
    notFound: "找不到该工作表或单元格，可能已被重命名或删除。请重新校验。",
    protected: "工作表或工作簿受保护，无法写入标记。请先撤销保护后再试。",
    unsupported: "当前版本的 Excel 不支持这项操作。请更新 Excel 或改用网页版 Excel。",
    unknown: "发生了意外错误。请稍后重试；如仍失败，请保存并重新打开工作簿。",
  },
  errorCode: (code) => `错误代码：${code}`,
  dismiss: "关闭",
  openInExcel: "请在 Excel 中打开本加载项",
  officeUnavailable:
    "无法加载 Office 组件（office.js）。请检查网络连接，然后关闭并重新打开本任务窗格。",
};

const enUS: PaneTexts = {
  appTitle: "Breakdown Check",
  runCheck: "Check",
  clearMarks: "Clear marks",
  toolbarLabel: "Check actions",
  step: {
    check: "Reading and checking the workbook…",
    clear: "Clearing marks…",
  },
  severity: text("en-US").severity,
  summaryHeading: "Results",
  tablesChecked: (tables) => `${tables} ${tables === 1 ? "table" : "tables"} checked`,
  severityCount: (severityName, count) => `${severityName}: ${count}`,
  resultAnnouncement: (tablesChecked, tallies) => `${tablesChecked}: ${tallies.join(", ")}`,
  findingsHeading: "Findings",
  sheetGroup: (sheet, count) => `${sheet} (${count})`,
  findingButton: (cell, severityName, message, sheet) =>
    `${cell} ${severityName}: ${message} (${sheet})`,
  findingsHint: "Click a finding (or press Enter on it) to select its cell in the sheet.",
  noFindings: text("en-US").noFindings,
  noErrorsOrWarnings: "No errors or warnings",
  noTables: "No breakdown table found",
  noTablesHint:
    "A table needs a total or subtotal row (合计, 总计, 小计) or a total column (合计), with its header above the data.",
  tablesHeading: (count) => `Tables found (${count})`,
  tablesHint: "Click a table to select its range in the sheet.",
  untitled: "(untitled)",
  tableDetail: {
    unitOfMeasure: "Unit of measure",
    units: "Units",
    totalRows: "Total rows",
    subtotalRows: "Subtotal rows",
    totalColumns: "Total columns",
    periods: "Period columns",
  },
  none: "none",
  rowList: (rows) => `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}`,
  columnList: (columns) => `${columns.length === 1 ? "column" : "columns"} ${columns.join(", ")}`,
  unitCount: (count) => String(count),
  columnKind: {
    target: "target",
    actual: "actual",
    baseline: "baseline",
    total: "total",
    rate: "rate",
  },
  periodColumn: (column, period, kindName, indicator) =>
    `${column} ${indicator ? `${indicator} ` : ""}${period} ${kindName}`,
  listSeparator: "; ",
  legendHeading: "Mark colours",
  colourName: { error: "Light red", warning: "Light yellow", info: "Light blue" },
  legendEntry: (colourName, severityName) => `${colourName}: ${severityName}`,
  failureTitle: {
    check: "The check did not finish",
    clear: "The marks were not cleared",
    select: "Cannot go to that cell",
    selectTable: "Cannot select that table",
  },
  failureAdvice: {
    cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    tooLarge:
      "The workbook is larger than Excel can hand over at once. Close or remove sheets that need no check, then try again.",
    notFound:
      "The sheet or cell was not found; it may have been renamed or deleted. Run the check again.",
    protected:
      "The sheet or workbook is protected, so no marks can be written. Unprotect it, then try again.",
    unsupported:
      "This version of Excel does not support the operation. Update Excel or use Excel on the web.",
    unknown:
      "Something unexpected went wrong. Try again; if it keeps failing, save and reopen the workbook.",
  },
  errorCode: (code) => `Error code: ${code}`,
  dismiss: "Dismiss",
  openInExcel: "Please open this add-in in Excel",
  officeUnavailable:
    "The Office library (office.js) could not be loaded. Check the network connection, then close and reopen this pane.",
};

export function paneText(locale: Locale = "zh-CN"): PaneTexts {
  return locale === "en-US" ? enUS : zhCN;
}
