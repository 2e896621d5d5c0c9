/**
 * The shape of the task pane's and the page's shared UI strings (src/ui): every locale's `ui` catalog part
 * (src/i18n/<locale>/ui.ts) is typed with it, so no locale can miss a key.
 */
import type { TargetReason } from "../core/messages";
import type { PlanExclusionReason } from "../core/targets/planDocument";
import type { ColumnKind, Finding, RuleId, Severity, TargetOp, TrafficLight } from "../core/model";

/**
 * Why something the user asked for failed, as far as the door can tell; each kind has its own advice for the user
 * (`failureAdvice`). See src/i18n/failure.ts for the typed failure that carries it.
 */
export type FailureKind =
  /** Excel is editing a cell (InvalidOperationInCellEditMode). */
  | "cellEditMode"
  | "tooLarge"
  | "notFound"
  | "protected"
  | "unsupported"
  /** A sheet named 目标 holds no target table: it is never overwritten. */
  | "targetSheetOccupied"
  /** The file is not an .xlsx workbook (an .xls, a renamed text file …). */
  | "notXlsx"
  | "encrypted"
  | "corrupt"
  /** The page was asked to work before a workbook was opened. */
  | "noWorkbook"
  /** The page's checker (its worker) failed or stopped. */
  | "internal"
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

export interface UiTexts {
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
  /** 上月文件: last month's workbook, for progress-decrease. */
  previousFile: {
    label: string;
    hint: string;
    choose: string;
    clear: string;
    /** `已选：7月调度.xlsx（本次及以后的校验与它比较累计数）` */
    chosen(name: string): string;
    reading: string;
    /** `上月文件“x.xlsx”无法读取：…` */
    unreadable(name: string, reason: string): string;
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
    /** Another target of the list for the same indicator and year says otherwise (`labels`: those targets). */
    conflictsWith(labels: string[]): string;
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
      /** A whole document pasted: `从“工作目标”部分识别出 7 条目标，请核对后添加：`. */
      foundInSection(count: number, section: string): string;
      /** A document without a goal section: its sentences such as `到2025年，全区…` were read. */
      foundInForm(count: number): string;
      /** The plan's sentence the targets below it come from. */
      sentence(sentence: string): string;
      /** `未作为目标（6 处）` */
      excludedHeading(count: number): string;
      /** Why a sentence or clause gave no target (a park's, a rate). */
      excluded(reason: PlanExclusionReason): string;
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
  /** The marks' colours of red and yellow lights (a red light is a warning: not the error colour). */
  lightColourName: Record<"red" | "yellow", string>;
  legendEntry(colourName: string, severityName: string): string;
  legendSeverities: string;
  legendLights: string;
  legendLight(lightName: string, meaning: string, colourName: string | null): string;
  failureTitle: Record<PaneAction, string>;
  failureAdvice: Record<FailureKind, string>;
  errorCode(code: string): string;
  dismiss: string;
  openInExcel: string;
  officeUnavailable: string;
  /** The 通报 section: its copy button, and what copying did. */
  bulletinCopy: string;
  bulletinCopied: string;
  /** The clipboard refused: the text is selected for Ctrl+C. */
  bulletinCopyFailed: string;
  /** The ranked tables' collapsible header. */
  bulletinTables(count: number): string;
}
