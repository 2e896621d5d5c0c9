/**
 * Writing the workbook's `目标` sheet (the task pane's targets editor), so that the CLI, the browser page and the
 * next colleague read the same targets: one row per target in the spec's format `指标 | 期间 | 条件 | 目标值 | 依据`,
 * with `单位` and `基期` columns only when a target needs them. What is already on the sheet is respected:
 *  - rows above the header (a title) stay where they are;
 *  - the rows that held the targets being replaced are rewritten; every other row of the old table (one the reader
 *    could not read, a remark) is kept, below the targets;
 *  - columns the reader does not know (`备注`) keep their header and, for the targets that came from a row, that
 *    row's cells;
 *  - a sheet of that name holding something else than a target table is never overwritten.
 * The result is data: cells are numbers or text (adapters write text cells as text, so a sentence starting with
 * `=` can never become a formula).
 */
import { parseCell } from "../a1";
import {
  isCellError,
  isUnknownValue,
  type CellArea,
  type CellValue,
  type SheetGrid,
} from "../grid";
import type { PlanTarget, TargetOp } from "../model";
import { headerField, readTargetSheet, type TargetField } from "./targetSheet";
import { opOf } from "./words";
import { maxOf } from "../append";

export const TARGET_SHEET_NAME = "目标";

/** A cell to write: a number, a text, or nothing. */
export type TargetSheetCell = number | string | null;

export interface TargetSheetWrite {
  /** 0-based worksheet row and column of the header's first cell. */
  top: number;
  left: number;
  /** The header row first, then one row per target, then the kept rows; all rows of one width. */
  rows: TargetSheetCell[][];
  /** The old table (header to the last used row), to be emptied before writing; null when there is none. */
  clear: CellArea | null;
}

/** The sheet named 目标 holds something that is not a target table: it is left alone. */
export class TargetSheetOccupiedError extends Error {
  readonly code = "TargetSheetOccupied";

  constructor(readonly sheet: string) {
    super(`sheet ${sheet} holds no target table`);
    this.name = "TargetSheetOccupiedError";
  }
}

const DEFAULT_HEADER: Record<TargetField, string> = {
  indicator: "指标",
  period: "期间",
  op: "条件",
  value: "目标值",
  source: "依据",
  unit: "单位",
  base: "基期",
};

const DEFAULT_CONDITION: Record<TargetOp, string> = { ">": "超过", ">=": "不低于", double: "翻番" };

/** The plan's own condition word when the reader understands it the same way (`力争达到`), else a plain one. */
export function conditionWord(target: PlanTarget): string {
  const verb = target.verb?.trim();
  // A sentence's `达到…以上` is one condition written around the number.
  for (const word of verb ? [verb, verb.split("…")[0]] : [])
    if (word && opOf(word) === target.op) return word;
  return DEFAULT_CONDITION[target.op];
}

function periodCell(period: string | undefined): TargetSheetCell {
  if (!period) return null;
  return /^\d{4}$/.test(period) ? Number(period) : period;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isUnknownValue(value)) return "";
  if (isCellError(value)) return value.error;
  return String(value).trim();
}

/** A value read from the sheet, to write back as it was (an error value as its text). */
function keptCell(value: CellValue | undefined): TargetSheetCell {
  if (value === null || value === undefined || value === "" || isUnknownValue(value)) return null;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return value;
}

interface OldTable {
  /** 0-based worksheet row of the header. */
  headerRow: number;
  /** Worksheet columns of the old table, left to right, with the field each names (null: unknown or blank). */
  columns: { column: number; field: TargetField | null; header: string }[];
  bottom: number;
}

const REQUIRED: TargetField[] = ["indicator", "op", "value"];

/** The old table's header within the first rows, as the reader finds it (指标, 条件 and 目标值 at least). */
function findOldTable(sheet: SheetGrid): OldTable | null {
  const width = maxOf(
    sheet.values.map((row) => row.length),
    0
  );
  const last = Math.min(sheet.values.length - 1, 20);
  for (let r = 0; r <= last; r++) {
    const row = sheet.values[r] ?? [];
    const fields = new Set<TargetField>();
    const columns: OldTable["columns"] = [];
    for (let c = 0; c < width; c++) {
      const header = cellText(row[c]);
      let field = header ? headerField(header) : null;
      if (field && fields.has(field)) field = null; // the reader takes the first column of a field
      if (field) fields.add(field);
      columns.push({ column: sheet.left + c, field, header });
    }
    if (REQUIRED.every((field) => fields.has(field)))
      return { headerRow: sheet.top + r, columns, bottom: sheet.top + sheet.values.length - 1 };
  }
  return null;
}

function isEmptySheet(sheet: SheetGrid): boolean {
  return sheet.values.every((row) => row.every((value) => cellText(value) === ""));
}

/**
 * The cells to write for `targets` on the 目标 sheet as it is now (`existing`, its used range; null when there is no
 * such sheet or it is empty). Throws TargetSheetOccupiedError when the sheet holds something else.
 */
export function layoutTargetSheet(
  existing: SheetGrid | null,
  targets: readonly PlanTarget[]
): TargetSheetWrite {
  const old = existing && !isEmptySheet(existing) ? findOldTable(existing) : null;
  if (existing && !isEmptySheet(existing) && !old)
    throw new TargetSheetOccupiedError(existing.name);

  // Rows of the old table that held targets (the ones replaced) and the other rows (kept).
  const targetRows = new Set<number>();
  const kept: number[] = [];
  if (existing && old) {
    for (const target of readTargetSheet(existing)?.targets ?? []) {
      const cell = target.from && parseCell(target.from.cell);
      if (cell) targetRows.add(cell.row);
    }
    for (let row = old.headerRow + 1; row <= old.bottom; row++) {
      if (targetRows.has(row)) continue;
      const values = existing.values[row - existing.top] ?? [];
      if (values.some((value) => cellText(value) !== "")) kept.push(row);
    }
  }
  const oldAt = (row: number, column: number): CellValue | undefined =>
    existing?.values[row - existing.top]?.[column - existing.left];
  const keptHas = (field: TargetField) =>
    old !== null &&
    old.columns.some(
      (c) => c.field === field && kept.some((row) => cellText(oldAt(row, c.column)) !== "")
    );

  // The new header: the spec's five fields, then 单位 and 基期 where needed, then the old table's other columns.
  const fields: TargetField[] = ["indicator", "period", "op", "value", "source"];
  if (targets.some((t) => t.unit) || keptHas("unit")) fields.push("unit");
  if (targets.some((t) => t.op === "double") || keptHas("base")) fields.push("base");
  const extras = (old?.columns ?? []).filter(
    (c) =>
      c.field === null &&
      (c.header !== "" || kept.some((row) => cellText(oldAt(row, c.column)) !== ""))
  );
  const headerText = (field: TargetField) =>
    old?.columns.find((c) => c.field === field)?.header || DEFAULT_HEADER[field];
  const header: TargetSheetCell[] = [...fields.map(headerText), ...extras.map((c) => c.header)];

  const ownRow = (target: PlanTarget): number | null => {
    if (!old || !existing || target.from?.sheet !== existing.name) return null;
    const cell = parseCell(target.from.cell);
    return cell && targetRows.has(cell.row) ? cell.row : null;
  };
  const targetLine = (target: PlanTarget): TargetSheetCell[] => {
    const byField: Record<TargetField, TargetSheetCell> = {
      indicator: target.indicator,
      period: periodCell(target.period),
      op: conditionWord(target),
      value: target.op === "double" ? null : (target.value ?? null),
      source: target.source?.trim() || null,
      unit: target.unit ?? null,
      base: target.op === "double" ? periodCell(target.base) : null,
    };
    const row = ownRow(target);
    // A cell of the target's own row that says what it said keeps what was written there (text "2025" stays text).
    const asWritten = (field: TargetField): TargetSheetCell => {
      const column = row === null ? undefined : old!.columns.find((c) => c.field === field)?.column;
      if (column === undefined) return byField[field];
      const before = oldAt(row!, column);
      return cellText(before) === cellText(byField[field] ?? undefined)
        ? keptCell(before)
        : byField[field];
    };
    return [
      ...fields.map(asWritten),
      ...extras.map((c) => (row === null ? null : keptCell(oldAt(row, c.column)))),
    ];
  };
  const keptLine = (row: number): TargetSheetCell[] => [
    ...fields.map((field) => {
      const column = old!.columns.find((c) => c.field === field)?.column;
      return column === undefined ? null : keptCell(oldAt(row, column));
    }),
    ...extras.map((c) => keptCell(oldAt(row, c.column))),
  ];

  const rows = [header, ...targets.map(targetLine), ...kept.map(keptLine)];
  const written = old?.columns.filter((c) => c.field !== null || extras.includes(c)) ?? [];
  const left = written.length > 0 ? Math.min(...written.map((c) => c.column)) : 0;
  const clear =
    old && existing
      ? {
          top: old.headerRow,
          bottom: old.bottom,
          left: existing.left,
          right:
            existing.left +
            Math.max(
              1,
              maxOf(
                existing.values.map((row) => row.length),
                0
              )
            ) -
            1,
        }
      : null;
  return { top: old ? old.headerRow : 0, left, rows, clear };
}

/**
 * The 目标 sheet as it reads after an adapter wrote `write` on `existing` (null: no such sheet yet): the cleared
 * area empty, the rows written, everything else as it was. The sheet keeps at least its old extent (empty cells
 * included), so a layout made from the result clears every cell the old table used — what the browser page keeps
 * between two saves of the pane's targets, as Excel keeps the sheet itself.
 */
export function applyTargetSheetWrite(
  existing: SheetGrid | null,
  write: TargetSheetWrite,
  name: string = existing?.name ?? TARGET_SHEET_NAME
): SheetGrid {
  const oldWidth = existing
    ? maxOf(
        existing.values.map((row) => row.length),
        0
      )
    : 0;
  const oldHeight = existing ? existing.values.length : 0;
  const writeWidth = maxOf(
    write.rows.map((row) => row.length),
    0
  );
  const top = Math.min(existing && oldHeight > 0 ? existing.top : Infinity, write.top);
  const left = Math.min(existing && oldWidth > 0 ? existing.left : Infinity, write.left);
  const bottom = Math.max(
    existing ? existing.top + oldHeight - 1 : -1,
    write.top + write.rows.length - 1
  );
  const right = Math.max(existing ? existing.left + oldWidth - 1 : -1, write.left + writeWidth - 1);

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let row = top; row <= bottom; row++) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    const formatRow: (string | null)[] = [];
    for (let column = left; column <= right; column++) {
      const r = row - (existing?.top ?? 0);
      const c = column - (existing?.left ?? 0);
      const inOld = existing !== null && r >= 0 && c >= 0;
      valueRow.push(inOld ? (existing.values[r]?.[c] ?? null) : null);
      formulaRow.push(inOld ? (existing.formulas?.[r]?.[c] ?? null) : null);
      formatRow.push(inOld ? (existing.numberFormats?.[r]?.[c] ?? null) : null);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  const set = (row: number, column: number, value: TargetSheetCell) => {
    values[row - top][column - left] = value;
    formulas[row - top][column - left] = null;
    numberFormats[row - top][column - left] = typeof value === "string" ? "@" : "General";
  };
  const { clear } = write;
  if (clear)
    for (let row = clear.top; row <= clear.bottom; row++)
      for (let column = clear.left; column <= clear.right; column++)
        if (row >= top && row <= bottom && column >= left && column <= right)
          set(row, column, null);
  write.rows.forEach((cells, r) =>
    cells.forEach((value, c) => set(write.top + r, write.left + c, value))
  );
  return {
    name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    ...(existing?.merges ? { merges: existing.merges } : {}),
    ...(existing?.hiddenRows ? { hiddenRows: existing.hiddenRows } : {}),
    ...(existing?.hiddenColumns ? { hiddenColumns: existing.hiddenColumns } : {}),
  };
}
