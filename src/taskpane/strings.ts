/** Every user-facing string of the task pane, zh-CN first, en-US as well (the product's own strings are in src/i18n). */
import type { ColumnKind, Finding, RuleId, Severity, TargetOp, TrafficLight } from "../core/model";
import type { TargetReason } from "../core/messages";
import { catalog, renderFinding, type Locale } from "../i18n";

/** Why a host call failed, as far as the pane can tell; each has its own advice for the user. */
export type FailureReason =
  | "cellEditMode"
  | "tooLarge"
  | "notFound"
  | "protected"
  | "unsupported"
  | "targetSheetOccupied"
  | "chartsNotInBrowser"
  | "unknown";

/**
 * What the user asked for when it failed: run, clear, go to a finding's cell, select a recognized table, read or
 * save the plan targets.
 */
export type PaneAction =
  "check" | "clear" | "charts" | "select" | "selectTable" | "loadTargets" | "saveTargets";

/** A step of a check as the pane shows it (the host's CheckStep). */
export type StepName = "read" | "check" | "mark";

/** The capabilities a host may lack, in the order the pane explains them. */
export type CapabilityName =
  "notes" | "comments" | "links" | "mergedAreas" | "charts" | "comboCharts";

export interface PaneTexts {
  appTitle: string;
  runCheck: string;
  clearMarks: string;
  toolbarLabel: string;
  step: Record<"check" | "clear" | "charts", string>;
  insertCharts: string;
  /** After 插入图表: `已在“进度图表”表插入 3 张图表`. */
  chartsInserted(sheet: string, count: number): string;
  chartsNone: string;
  /** The steps of a check, in order, and the progress line: `第 2 步，共 3 步：识别表格并校验`. */
  checkStep: Record<StepName, string>;
  stepOf(index: number, count: number, step: string): string;
  progressLabel: string;
  ruleName: Record<RuleId, string>;
  /** A finding's message, rendered at display time (a language switch re-renders, never re-checks). */
  finding(finding: Finding): string;
  /** Why a plan target was not compared. */
  targetReason(reason: TargetReason): string;
  /** Traffic lights of progress: name and meaning (thresholds in percentage points). */
  lightName: Record<TrafficLight, string>;
  lightMeaning(light: TrafficLight, yellowWithin: number): string;
  progressHeading(asOf: string | null): string;
  lightCount(lightName: string, count: number): string;
  /** The summary's progress line when no unit has both a target and an actual. */
  lightsNote: string;
  filters: {
    label: string;
    severityGroup: string;
    severityToggle(severityName: string, count: number): string;
    rule: string;
    ruleOption(ruleName: string, count: number): string;
    shown(shown: number, total: number): string;
    reset: string;
    noneShown: string;
  };
  /** A table's group of findings: `A3:G31 研发投入任务分解（2 处）`. */
  tableGroup(place: string, title: string | null, count: number): string;
  outsideTables(count: number): string;
  asOf: {
    label: string;
    hint: string;
    fromTables(date: string, words: string): string;
    chosen: string;
    reset: string;
    invalid: string;
  };
  capabilities: {
    title: string;
    missing: Record<CapabilityName, string>;
    notesAndComments: string;
    stillWorks: string;
  };
  targets: {
    heading(count: number): string;
    intro: string;
    empty: string;
    loading: string;
    listLabel: string;
    add: string;
    edit(label: string): string;
    remove(label: string): string;
    save: string;
    saving: string;
    revert: string;
    unsaved: string;
    saved: string;
    savedOnCheck: string;
    invalidNotSaved: string;
    /** `高新技术企业 2025年 突破 75 家` */
    summary(indicator: string, period: string, condition: string): string;
    noPeriod: string;
    doubling(base: string): string;
    value(value: string, unit: string | null): string;
    inTableUnit(value: string, unit: string): string;
    outcome: { met: string; "not-met": string; unchecked: string };
    source(text: string): string;
    outcomeText(outcome: string, reason: string | undefined): string;
    form: {
      addTitle: string;
      editTitle: string;
      indicator: string;
      period: string;
      periodHint: string;
      condition: string;
      conditionGroups: Record<TargetOp, string>;
      value: string;
      unit: string;
      unitHint: string;
      base: string;
      source: string;
      ok: string;
      cancel: string;
    };
    problems: {
      indicator: string;
      period: string;
      value: string;
      base: string;
    };
    paste: {
      heading: string;
      label: string;
      hint: string;
      read: string;
      found(count: number): string;
      nothing: string;
      addSelected(count: number): string;
      cancel: string;
      include(label: string): string;
      missingPeriod: string;
    };
  };
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
  legendSeverities: string;
  legendLights: string;
  legendLight(lightName: string, meaning: string, colourName: string | null): string;
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
    charts: "正在插入图表…",
  },
  insertCharts: "插入图表",
  chartsInserted: (sheet, count) => `已在“${sheet}”表插入 ${count} 张图表`,
  chartsNone: "没有插入图表",
  checkStep: { read: "读取工作表", check: "识别表格并校验", mark: "标注问题" },
  stepOf: (index, count, step) => `第 ${index} 步，共 ${count} 步：${step}…`,
  progressLabel: "校验进度",
  ruleName: catalog("zh-CN").rules,
  finding: (f) => renderFinding(f, "zh-CN"),
  targetReason: catalog("zh-CN").targets.reason,
  lightName: { red: "红灯", yellow: "黄灯", green: "绿灯" },
  lightMeaning: (light, yellowWithin) =>
    light === "red"
      ? `落后时序进度超过 ${yellowWithin} 个百分点`
      : light === "yellow"
        ? `落后时序进度不超过 ${yellowWithin} 个百分点`
        : "达到或超过时序进度",
  progressHeading: (asOf) => (asOf ? `时序进度（截至 ${asOf}）` : "时序进度"),
  lightCount: (lightName, count) => `${lightName} ${count} 个`,
  lightsNote: "按单位和指标计；红灯、黄灯的单位列在问题清单的“落后时序进度”中。",
  filters: {
    label: "筛选问题",
    severityGroup: "按级别筛选",
    severityToggle: (severityName, count) => `${severityName} ${count}`,
    rule: "按规则筛选",
    ruleOption: (ruleName, count) => `${ruleName}（${count}）`,
    shown: (shown, total) => `显示 ${shown} 处，共 ${total} 处`,
    reset: "显示全部",
    noneShown: "没有符合筛选条件的问题。",
  },
  tableGroup: (place, title, count) => `${place}${title ? ` ${title}` : ""}（${count} 处）`,
  outsideTables: (count) => `表格之外（${count} 处）`,
  asOf: {
    label: "截至日期",
    hint: "用于计算时序进度。未修改时：表头写明截至日期（如“截至6月”）的表按表头，其余按今天；修改后所有表都按此日期。",
    fromTables: (date, words) => `表头日期：${date}（${words}）`,
    chosen: "已指定，所有表按此日期计算",
    reset: "恢复默认",
    invalid: "请输入有效日期，如 2024-06-30",
  },
  capabilities: {
    title: "此版本 Excel 缺少部分功能，已改用其他方式",
    missing: {
      notes: "不支持批注（ExcelApi 1.18）：问题说明改写在单元格的评论中。",
      comments: "不支持评论（ExcelApi 1.10）。",
      links:
        "不支持单元格链接（ExcelApi 1.7）：“校验结果”表中的问题不能点击跳转，请在本面板中点击问题定位。",
      mergedAreas:
        "不能读取合并单元格（ExcelApi 1.13）：合并的表头和类别按未合并读取，个别表可能识别不全。",
      charts: "不支持图表（ExcelApi 1.1）：“插入图表”不可用。",
      comboCharts: "不支持次坐标轴（ExcelApi 1.8）：图表中的完成率与时序进度另绘为折线图。",
    },
    notesAndComments: "不支持批注和评论（ExcelApi 1.18、1.10）：问题说明只写在“校验结果”表中。",
    stillWorks: "校验、问题着色、“校验结果”表和在本面板中点击定位照常可用。",
  },
  targets: {
    heading: (count) => `计划目标（${count}）`,
    intro:
      "保存在工作簿的“目标”表中（指标 | 期间 | 条件 | 目标值 | 依据），同事打开工作簿或用命令行校验时读取同一套目标。",
    empty: "还没有计划目标。可逐条添加，或粘贴规划原文自动识别。",
    loading: "正在读取工作簿中的目标…",
    listLabel: "计划目标",
    add: "添加目标",
    edit: (label) => `编辑目标：${label}`,
    remove: (label) => `删除目标：${label}`,
    save: "保存到工作簿",
    saving: "正在保存…",
    revert: "放弃修改",
    unsaved: "有未保存的修改",
    saved: "已保存在“目标”表中",
    savedOnCheck: "校验前已把修改后的目标保存到“目标”表。",
    invalidNotSaved: "目标有未填完整的修改，未保存；本次校验使用工作簿中已保存的目标。",
    summary: (indicator, period, condition) => `${indicator} ${period} ${condition}`,
    noPeriod: "（未写年份）",
    doubling: (base) => `在 ${base} 年基础上`,
    value: (value, unit) => (unit ? `${value} ${unit}` : value),
    inTableUnit: (value, unit) => `按表中单位比较：${value} ${unit}`,
    outcome: { met: "已达到", "not-met": "未达到", unchecked: "未比较" },
    source: (text) => `依据：${text}`,
    outcomeText: (outcome, reason) => (reason ? `${outcome}：${reason}` : outcome),
    form: {
      addTitle: "添加目标",
      editTitle: "编辑目标",
      indicator: "指标",
      period: "期间（年份）",
      periodHint: "如 2025",
      condition: "条件",
      conditionGroups: { ">": "严格大于", ">=": "不低于", double: "翻番" },
      value: "目标值",
      unit: "单位",
      unitHint: "如 家、万元、亿元；留空即与表中单位相同。亿元与万元会自动换算。",
      base: "基期（年份）",
      source: "依据（规划原文，可不填）",
      ok: "确定",
      cancel: "取消",
    },
    problems: {
      indicator: "请填写指标名称",
      period: "请填写四位年份，如 2025",
      value: "请填写数字",
      base: "请填写早于期间的四位年份，如 2022",
    },
    paste: {
      heading: "从规划原文识别",
      label: "规划原文",
      hint: "粘贴一句或多句，如“到2025年，全区高新技术企业突破75家、科技型企业超过690家”。",
      read: "识别",
      found: (count) => `识别出 ${count} 条目标，请核对后添加：`,
      nothing:
        "未能从这段文字中识别出目标。可识别的写法如“到2025年，全区高新技术企业突破75家”“……在2022年的基础上实现翻番”。",
      addSelected: (count) => `添加 ${count} 条`,
      cancel: "取消",
      include: (label) => `添加：${label}`,
      missingPeriod: "原文未写年份：添加后请编辑补上",
    },
  },
  severity: catalog("zh-CN").severity,
  summaryHeading: "校验结果",
  tablesChecked: (tables) => `共检查 ${tables} 张表`,
  severityCount: (severityName, count) => `${severityName} ${count} 处`,
  resultAnnouncement: (tablesChecked, tallies) => `${tablesChecked}：${tallies.join("，")}`,
  findingsHeading: "问题清单",
  sheetGroup: (sheet, count) => `${sheet}（${count} 处）`,
  findingButton: (cell, severityName, message, sheet) =>
    `${cell} ${severityName}：${message}（${sheet}）`,
  findingsHint: "点击某条问题（或选中后按 Enter）即可在表格中选中该单元格。",
  noFindings: catalog("zh-CN").results.noFindings,
  noErrorsOrWarnings: "未发现错误或警告",
  noTables: catalog("zh-CN").outcome.noTables,
  noTablesHint: catalog("zh-CN").outcome.noTablesHint,
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
  legendSeverities: "问题级别",
  legendLights: "时序进度红黄绿灯",
  legendLight: (lightName, meaning, colourName) =>
    `${lightName}：${meaning}${colourName ? `（${colourName}）` : "（不着色）"}`,
  failureTitle: {
    check: "校验未完成",
    clear: "清除标记未完成",
    charts: "未能插入图表",
    select: "无法定位到该单元格",
    selectTable: "无法选中该表",
    loadTargets: "无法读取工作簿中的目标",
    saveTargets: "目标未保存",
  },
  failureAdvice: {
    cellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。",
    tooLarge: "工作簿内容太多，超出了 Excel 单次处理的上限。请关闭或删除不需要校验的工作表后再试。",
    notFound: "找不到该工作表或单元格，可能已被重命名或删除。请重新校验。",
    protected: "工作表或工作簿受保护，无法写入标记。请先撤销保护后再试。",
    unsupported: "当前版本的 Excel 不支持这项操作。请更新 Excel 或改用网页版 Excel。",
    chartsNotInBrowser: "浏览器版不能插入图表：请在 Excel 中打开工作簿，用“插入图表”生成进度图表。",
    targetSheetOccupied:
      "工作簿中已有名为“目标”的工作表，但其中不是目标表（缺少“指标、条件、目标值”表头）。为免覆盖，未写入；请重命名该表后再保存。",
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
    charts: "Inserting charts…",
  },
  insertCharts: "Insert charts",
  chartsInserted: (sheet, count) =>
    `${count} ${count === 1 ? "chart" : "charts"} inserted on the ${sheet} sheet`,
  chartsNone: "No chart inserted",
  checkStep: {
    read: "Reading the sheets",
    check: "Finding and checking the tables",
    mark: "Marking the findings",
  },
  stepOf: (index, count, step) => `Step ${index} of ${count}: ${step}…`,
  progressLabel: "Check progress",
  ruleName: catalog("en-US").rules,
  finding: (f) => renderFinding(f, "en-US"),
  targetReason: catalog("en-US").targets.reason,
  lightName: { red: "Red", yellow: "Yellow", green: "Green" },
  lightMeaning: (light, yellowWithin) =>
    light === "red"
      ? `more than ${yellowWithin} points behind time progress`
      : light === "yellow"
        ? `up to ${yellowWithin} points behind time progress`
        : "at or ahead of time progress",
  progressHeading: (asOf) => (asOf ? `Time progress (as of ${asOf})` : "Time progress"),
  lightCount: (lightName, count) => `${lightName}: ${count}`,
  lightsNote:
    "Counted per unit and indicator; red and yellow units are listed under “Behind time progress”.",
  filters: {
    label: "Filter findings",
    severityGroup: "Filter by severity",
    severityToggle: (severityName, count) => `${severityName} ${count}`,
    rule: "Filter by rule",
    ruleOption: (ruleName, count) => `${ruleName} (${count})`,
    shown: (shown, total) => `Showing ${shown} of ${total}`,
    reset: "Show all",
    noneShown: "No finding matches the filters.",
  },
  tableGroup: (place, title, count) => `${place}${title ? ` ${title}` : ""} (${count})`,
  outsideTables: (count) => `Outside the tables (${count})`,
  asOf: {
    label: "As of",
    hint: "Used for time progress. Unchanged: a table whose header names a date (such as 截至6月) uses it, the others today; changed: every table uses this date.",
    fromTables: (date, words) => `Date in the headers: ${date} (${words})`,
    chosen: "Chosen: every table uses this date",
    reset: "Use the default",
    invalid: "Enter a valid date, such as 2024-06-30",
  },
  capabilities: {
    title: "This Excel lacks some features; the add-in works around them",
    missing: {
      notes: "No notes (ExcelApi 1.18): each finding's message goes into a comment on its cell.",
      comments: "No comments (ExcelApi 1.10).",
      links:
        "No cell links (ExcelApi 1.7): findings on the results sheet do not link to their cells; click them in this pane instead.",
      mergedAreas:
        "Merged cells cannot be read (ExcelApi 1.13): merged headers and categories are read unmerged, so a table may be recognized in part only.",
      charts: "No charts (ExcelApi 1.1): Insert charts is unavailable.",
      comboCharts:
        "No secondary axis (ExcelApi 1.8): completion and time progress are drawn as a separate line chart.",
    },
    notesAndComments:
      "No notes or comments (ExcelApi 1.18, 1.10): the messages are written on the results sheet only.",
    stillWorks:
      "Checking, colouring the findings, the results sheet and going to a finding from this pane work as usual.",
  },
  targets: {
    heading: (count) => `Plan targets (${count})`,
    intro:
      "Stored in the workbook's 目标 sheet (指标 | 期间 | 条件 | 目标值 | 依据), so colleagues and the command line check against the same targets.",
    empty: "No plan targets yet. Add them one by one, or paste the plan's sentences.",
    loading: "Reading the workbook's targets…",
    listLabel: "Plan targets",
    add: "Add a target",
    edit: (label) => `Edit target: ${label}`,
    remove: (label) => `Delete target: ${label}`,
    save: "Save to the workbook",
    saving: "Saving…",
    revert: "Discard changes",
    unsaved: "Unsaved changes",
    saved: "Saved on the 目标 sheet",
    savedOnCheck: "The changed targets were saved to the 目标 sheet before the check.",
    invalidNotSaved:
      "Some target changes are incomplete and were not saved; this check uses the targets saved in the workbook.",
    summary: (indicator, period, condition) => `${indicator} ${period} ${condition}`,
    noPeriod: "(no year)",
    doubling: (base) => `on ${base}`,
    value: (value, unit) => (unit ? `${value} ${unit}` : value),
    inTableUnit: (value, unit) => `Compared in the table's unit: ${value} ${unit}`,
    outcome: { met: "Met", "not-met": "Not met", unchecked: "Not compared" },
    source: (text) => `Source: ${text}`,
    outcomeText: (outcome, reason) => (reason ? `${outcome}: ${reason}` : outcome),
    form: {
      addTitle: "Add a target",
      editTitle: "Edit the target",
      indicator: "Indicator",
      period: "Period (year)",
      periodHint: "such as 2025",
      condition: "Condition",
      conditionGroups: { ">": "More than", ">=": "At least", double: "Doubling" },
      value: "Target value",
      unit: "Unit",
      unitHint: "such as 家, 万元, 亿元; empty = the table's unit. 亿元 and 万元 are converted.",
      base: "Base period (year)",
      source: "Source (the plan's sentence, optional)",
      ok: "OK",
      cancel: "Cancel",
    },
    problems: {
      indicator: "Enter the indicator",
      period: "Enter a four-digit year, such as 2025",
      value: "Enter a number",
      base: "Enter a four-digit year before the period, such as 2022",
    },
    paste: {
      heading: "Read the plan's sentences",
      label: "Plan sentences",
      hint: "Paste one or more, such as 到2025年，全区高新技术企业突破75家、科技型企业超过690家.",
      read: "Read",
      found: (count) =>
        `${count} ${count === 1 ? "target" : "targets"} found; check them, then add:`,
      nothing:
        "No target could be read from this text. Readable: 到2025年，全区高新技术企业突破75家, …在2022年的基础上实现翻番.",
      addSelected: (count) => `Add ${count}`,
      cancel: "Cancel",
      include: (label) => `Add: ${label}`,
      missingPeriod: "The sentence names no year: edit the target after adding it",
    },
  },
  severity: catalog("en-US").severity,
  summaryHeading: "Results",
  tablesChecked: (tables) => `${tables} ${tables === 1 ? "table" : "tables"} checked`,
  severityCount: (severityName, count) => `${severityName}: ${count}`,
  resultAnnouncement: (tablesChecked, tallies) => `${tablesChecked}: ${tallies.join(", ")}`,
  findingsHeading: "Findings",
  sheetGroup: (sheet, count) => `${sheet} (${count})`,
  findingButton: (cell, severityName, message, sheet) =>
    `${cell} ${severityName}: ${message} (${sheet})`,
  findingsHint: "Click a finding (or press Enter on it) to select its cell in the sheet.",
  noFindings: catalog("en-US").results.noFindings,
  noErrorsOrWarnings: "No errors or warnings",
  noTables: catalog("en-US").outcome.noTables,
  noTablesHint: catalog("en-US").outcome.noTablesHint,
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
  legendSeverities: "Severity",
  legendLights: "Time progress lights",
  legendLight: (lightName, meaning, colourName) =>
    `${lightName}: ${meaning} (${colourName ?? "not coloured"})`,
  failureTitle: {
    check: "The check did not finish",
    clear: "The marks were not cleared",
    charts: "The charts were not inserted",
    select: "Cannot go to that cell",
    selectTable: "Cannot select that table",
    loadTargets: "The workbook's targets could not be read",
    saveTargets: "The targets were not saved",
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
    chartsNotInBrowser:
      "The browser page cannot insert charts: open the workbook in Excel and use Insert charts there.",
    targetSheetOccupied:
      "The workbook has a sheet named 目标 that holds no target table (no 指标, 条件 and 目标值 header). It was not overwritten; rename that sheet, then save again.",
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
