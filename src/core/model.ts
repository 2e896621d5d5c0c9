/** What the core returns: recognized tables and findings, in the shapes of the product contract (spec/checks.md). */
import type { RuleId } from "./checks/ruleIds";
import type { WorkbookGrid } from "./grid";
import type { FindingMessageParams, MessageId } from "./messages";

export type Severity = "error" | "warning" | "info";

/** Every rule id: those of the registry (`checks/index.ts`) and those of the contract still without a rule. */
export type { RuleId } from "./checks/ruleIds";

export type ColumnKind = "target" | "actual" | "baseline" | "total" | "rate";

export interface PeriodColumn {
  /** Column letters, e.g. `C`. */
  column: string;
  indicator: string | null;
  /** `2023`, `2024Q1`, `2024-01..06` … as the header names it. */
  period: string;
  kind: ColumnKind;
  /** The header text the period was read from. */
  header: string;
}

/** A total or subtotal cell with the member cells it adds up, as A1 ranges. */
export interface SumRelation {
  cell: string;
  members: string[];
}

export interface RecognizedTable {
  sheet: string;
  /** A1 range of the table body including its header, e.g. `A3:G31`. */
  range: string;
  title: string | null;
  indicators: string[];
  unitOfMeasure: string | null;
  labelColumn: string;
  /** 1-based worksheet row numbers. */
  unitRows: number[];
  totalRows: number[];
  subtotalRows: number[];
  periods: PeriodColumn[];
  sums: SumRelation[];
  /** Periods run down the rows and units across (read on the transposed sheet; see transposeBack.ts). */
  transposed?: boolean;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet name. */
  cell: string;
  expected?: number;
  actual?: number;
  /** actual − expected. */
  difference?: number;
  /** What the finding says, as data: the catalogs of `src/i18n` put it into words (`renderFinding`). */
  messageId: MessageId;
  params: FindingMessageParams[MessageId];
  /** Cells the finding is about besides `cell` (members of a sum, the other column …), as A1 ranges. */
  related?: string[];
  /** The range of the table the finding belongs to. */
  table?: string;
  /** `behind-schedule`: the traffic light of the unit (red and yellow are behind; green is on schedule). */
  light?: TrafficLight;
  /** `behind-schedule`: completion rate and time progress as fractions, and the gap in percentage points. */
  progress?: { completion: number; timeProgress: number; gapPoints: number };
}

export type TrafficLight = "green" | "yellow" | "red";

export interface SheetReport {
  tables: RecognizedTable[];
  findings: Finding[];
}

/** `>` strict (超过, 突破 …), `>=` not strict (达到, 不低于 …), `double` a doubling goal on a base period (翻番, 倍增 …). */
export type TargetOp = ">" | ">=" | "double";

/** A plan target: from the workbook's 目标 sheet, a `--targets` file, the pane, or a plan sentence. */
export interface PlanTarget {
  /** As the plan names it: `高新技术企业`, `全社会研发经费投入`. */
  indicator: string;
  /** The target year, `2025`; absent when the sentence names none (such a target cannot be checked). */
  period?: string;
  op: TargetOp;
  /** In `unit` when given, otherwise in the unit of the table it is compared with; absent for `double`. */
  value?: number;
  /** The unit the value was written in: `家`, `亿元`, `万元`; absent = the table's unit. */
  unit?: string;
  /** Base period of a doubling goal, `2022`. */
  base?: string;
  /** The plan's own word: `超过`, `力争达到`, `翻番` (kept for messages: 力争 marks a stretch goal, 确保 a floor). */
  verb?: string;
  /** The sentence of the plan that states the target. */
  source?: string;
  /** Where the target was read, for messages: `目标!A3`. */
  from?: { sheet: string; cell: string };
}

/** Progress thresholds in percentage points behind time progress (spec/vocabulary.md: traffic lights). */
export interface ProgressThresholds {
  /** Up to this many points behind is still green (default 0: green only at or above time progress). */
  greenWithin?: number;
  /** Up to this many points behind is yellow, beyond it red (default 30). */
  yellowWithin?: number;
}

export interface CheckOptions {
  /** Plan targets besides those of the workbook's 目标 sheet (CLI `--targets`, the pane). */
  targets?: PlanTarget[];
  /**
   * Targets read from a plan document (CLI `--plan`): used where the 目标 sheet and `targets` state none of the same
   * indicator, year and kind (`core/targets/planPrecedence.ts`).
   */
  planTargets?: PlanTarget[];
  /** The as-of date of progress: a Date or `YYYY-MM-DD`. Wins over dates in the headers. */
  asOf?: Date | string;
  /** Used when neither `asOf` nor a header gives a date (the add-in passes today). */
  today?: Date;
  progress?: ProgressThresholds;
  /**
   * Last month's workbook (CLI `--previous`, the pane's and the page's 上月文件), read by the same reader as the
   * input: its cumulative actuals are the earlier values of `progress-decrease`.
   */
  previous?: PreviousWorkbook;
}

export interface PreviousWorkbook {
  /** Its file name, for messages. */
  name: string;
  workbook: WorkbookGrid;
}
