/** What the core returns: recognized tables and findings, in the shapes of the product contract (spec/checks.md). */

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "sum-mismatch"
  | "formula-omits"
  | "number-as-text"
  | "not-a-number"
  | "target-not-met"
  | "target-decrease"
  | "not-doubled"
  | "column-mismatch"
  | "duplicate-unit"
  | "duplicate-serial"
  | "behind-schedule";

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
  /** In the requested display language. */
  message: string;
  /** Cells the finding is about besides `cell` (members of a sum, the other column …), as A1 ranges. */
  related?: string[];
  /** The range of the table the finding belongs to. */
  table?: string;
}

export interface SheetReport {
  tables: RecognizedTable[];
  findings: Finding[];
}

export type Locale = "zh-CN" | "en-US";

export interface CheckOptions {
  locale?: Locale;
}
