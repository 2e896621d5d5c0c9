/** The recognizer's full reading of one table; `summary` is the part the findings JSON publishes. */
import type { ColumnKind, RecognizedTable } from "../model";

export interface TableColumn {
  /** 0-based worksheet column. */
  index: number;
  /** Header texts top-down, merged cells resolved and repeats dropped: `["高新技术企业", "年度", "2023年目标数"]`. */
  headers: string[];
  indicator: string | null;
  period: string | null;
  kind: ColumnKind;
}

export type RowRole = "unit" | "total" | "subtotal" | "part-of-above" | "category";

export interface SumRow {
  /** 0-based worksheet row. */
  row: number;
  role: "total" | "subtotal";
  label: string;
  /** 0-based worksheet rows the total adds up: every unit once. */
  members: number[];
}

export interface TableLayout {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  bottom: number;
  left: number;
  right: number;
  labelColumn: number;
  serialColumn: number | null;
  unitRows: number[];
  sumRows: SumRow[];
  /** The numeric columns, left to right. */
  columns: TableColumn[];
  title: string | null;
  unitOfMeasure: string | null;
  summary: RecognizedTable;
}
