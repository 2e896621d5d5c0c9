/** The shared UI strings (task pane, browser page, ribbon outcome) in English. */
import { renderFinding } from "../index";
import type { UiTexts } from "../ui";
import { cli } from "./cli";
import { targets } from "./findings";
import { outcome, results, severity } from "./results";
import { rules } from "./rules";

export const ui: UiTexts = {
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
  ruleName: rules,
  // Rendered at display time (called, never at load: the catalog index imports this part).
  finding: (f) => renderFinding(f, "en-US"),
  targetReason: targets.reason,
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
  previousFile: {
    label: "Last month's file",
    hint: "Optional: last month's dispatch workbook; the check compares each unit's cumulative actual with it and flags those that went down.",
    choose: "Choose last month's file…",
    clear: "Do not compare",
    chosen: (name) => `Chosen: ${name} (checks compare cumulative actuals with it)`,
    reading: "Reading last month's file…",
    unreadable: (name, reason) => `Last month's file "${name}" cannot be read: ${reason}`,
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
    conflictsWith: (labels) =>
      `Disagrees with ${labels.map((l) => `“${l}”`).join(", ")}: two targets for the same indicator and year; check which one holds`,
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
      hint: "Paste one or more, such as 到2025年，全区高新技术企业突破75家、科技型企业超过690家, or the whole plan: only its goal section (工作目标, 主要目标 …) is read.",
      read: "Read",
      found: (count) =>
        `${count} ${count === 1 ? "target" : "targets"} found; check them, then add:`,
      foundInSection: (count, section) =>
        `${count} ${count === 1 ? "target" : "targets"} found in the plan's “${section}” section; check them, then add:`,
      foundInForm: (count) =>
        `The plan has no goal section; ${count} ${count === 1 ? "target" : "targets"} found in its sentences such as 到2025年，全区……; check them, then add:`,
      sentence: (sentence) => `Plan: ${sentence}`,
      excludedHeading: (count) => `Not taken as targets (${count})`,
      excluded: (reason) => targets.excluded(reason),
      nothing:
        "No target could be read from this text. Readable: 到2025年，全区高新技术企业突破75家, …在2022年的基础上实现翻番.",
      addSelected: (count) => `Add ${count}`,
      cancel: "Cancel",
      include: (label) => `Add: ${label}`,
      missingPeriod: "The sentence names no year: edit the target after adding it",
    },
  },
  severity,
  summaryHeading: "Results",
  tablesChecked: (tables) => `${tables} ${tables === 1 ? "table" : "tables"} checked`,
  severityCount: (severityName, count) => `${severityName}: ${count}`,
  resultAnnouncement: (tablesChecked, tallies) => `${tablesChecked}: ${tallies.join(", ")}`,
  findingsHeading: "Findings",
  sheetGroup: (sheet, count) => `${sheet} (${count})`,
  findingButton: (cell, severityName, message, sheet) =>
    `${cell} ${severityName}: ${message} (${sheet})`,
  findingsHint: "Click a finding (or press Enter on it) to select its cell in the sheet.",
  noFindings: results.noFindings,
  noErrorsOrWarnings: "No errors or warnings",
  noTables: outcome.noTables,
  noTablesHint: outcome.noTablesHint,
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
  lightColourName: { red: "Light orange", yellow: "Light yellow" },
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
    targetSheetOccupied:
      "The workbook has a sheet named 目标 that holds no target table (no 指标, 条件 and 目标值 header). It was not overwritten; rename that sheet, then save again.",
    notXlsx: cli.notXlsx,
    encrypted: cli.encrypted,
    corrupt: cli.corrupt,
    noWorkbook: "Open a workbook first.",
    internal: "Something unexpected went wrong. Reload the page and try again.",
    unknown:
      "Something unexpected went wrong. Try again; if it keeps failing, save and reopen the workbook.",
  },
  errorCode: (code) => `Error code: ${code}`,
  dismiss: "Dismiss",
  openInExcel: "Please open this add-in in Excel",
  officeUnavailable:
    "The Office library (office.js) could not be loaded. Check the network connection, then close and reopen this pane.",
  bulletinCopy: "Copy",
  bulletinCopied: "Copied to the clipboard",
  bulletinCopyFailed:
    "The clipboard refused; the bulletin's text is selected, press Ctrl+C to copy it",
  bulletinTables: (count) =>
    `Ranked by completion rate (${count} indicator${count === 1 ? "" : "s"})`,
};
