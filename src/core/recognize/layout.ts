/** The recognizer's full reading of one table; `summary` is the part the findings JSON publishes. */
import type { ColumnKind, RecognizedTable } from "../model";
import type { ComputedMeasure } from "../vocabulary";
import type { UnverifiedBlock } from "./unverified";

export interface TableColumn {
  /** 0-based worksheet column. */
  index: number;
  /** Header texts top-down, merged cells resolved and repeats dropped: `["高新技术企业", "年度", "2023年目标数"]`. */
  headers: string[];
  indicator: string | null;
  period: string | null;
  kind: ColumnKind;
  /** A rate column's computation (完成率, 时序进度, 与时序进度差, 排名), when its header names it. */
  measure?: ComputedMeasure;
}

export type RowRole = "unit" | "total" | "subtotal" | "part-of-above" | "category";

export interface CellPosition {
  row: number;
  column: number;
}

/** A total row: the unit rows it adds up (every unit once). */
export interface SumRow {
  /** 0-based worksheet row. */
  row: number;
  role: "total" | "subtotal";
  label: string;
  /** 0-based worksheet rows. */
  members: number[];
}

/** A total column (`合计` after the quarters, `Total` before its parts): the sibling columns it adds up. */
export interface SumColumn {
  column: number;
  header: string;
  /** 0-based worksheet columns. */
  members: number[];
}

/** One recognized "this cell is the sum of those cells", rows and columns alike. */
export interface SumRelation {
  cell: CellPosition;
  members: CellPosition[];
  /** `rows`: a total row over unit rows; `columns`: a total column over sibling columns. */
  across: "rows" | "columns";
  role: "total" | "subtotal";
}

export interface TableLayout {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  /** First and last row of the table body (header excluded). */
  bodyTop: number;
  bottom: number;
  left: number;
  right: number;
  labelColumn: number;
  serialColumn: number | null;
  unitRows: number[];
  sumRows: SumRow[];
  sumColumns: SumColumn[];
  relations: SumRelation[];
  /** Total cells inside the table that no reading explains (total columns, far-off columns): not judged, said. */
  unverified?: UnverifiedBlock[];
  /** The numeric columns, left to right. */
  columns: TableColumn[];
  title: string | null;
  unitOfMeasure: string | null;
  summary: RecognizedTable;
}
