/**
 * The numeric area of a table, cell by cell, for the rules about how numbers were written (`number-as-text`,
 * `not-a-number`).
 *
 * The numeric area is the table's numeric columns (rates included) over its unit, 其中, subtotal and total rows,
 * plus a column the recognizer left out because its total cell holds an error value (`#REF!`) while the
 * column's units are numbers.
 */
import { cellAddress } from "../a1";
import type { CellValue } from "../grid";
import { kindOf, readNumber, type NumberReading } from "../numbers";
import type { TableColumn } from "../recognize/layout";
import { columnName, numericRows, unitName, type RuleContext } from "./context";

export interface AreaColumn {
  index: number;
  name: string;
  kind: TableColumn["kind"] | null;
  measure?: TableColumn["measure"];
}

function areaColumns(ctx: RuleContext): AreaColumn[] {
  const { table, view } = ctx;
  const known = new Set(table.columns.map((c) => c.index));
  const columns: AreaColumn[] = table.columns.map((c) => ({
    index: c.index,
    name: columnName(table, c),
    kind: c.kind,
    ...(c.measure ? { measure: c.measure } : {}),
  }));
  const total = table.sumRows.find((s) => s.role === "total");
  if (total) {
    for (let c = table.labelColumn + 1; c <= table.right; c++) {
      if (known.has(c)) continue;
      if (kindOf(view.value(total.row, c)) !== "error") continue;
      const numbers = table.unitRows.filter((r) => {
        const kind = kindOf(view.value(r, c));
        return kind === "number" || kind === "numeric-text";
      }).length;
      if (numbers * 2 < table.unitRows.length) continue;
      const header = view.shownText(table.headerBottom, c);
      columns.push({
        index: c,
        name: header || cellAddress(0, c).replace(/\d+$/, "") + "列",
        kind: null,
      });
    }
    columns.sort((a, b) => a.index - b.index);
  }
  return columns;
}

/** One cell of the numeric area, read. */
export interface AreaCell {
  row: number;
  column: AreaColumn;
  /** The unit of its row. */
  unit: string;
  value: CellValue;
  reading: NumberReading;
}

/** Read once per table: two rules walk the same cells. */
const areas = new WeakMap<RuleContext, readonly AreaCell[]>();

/**
 * The cells of the numeric area written otherwise than as a number — numbers typed as text, words, error values —
 * row by row (shared by the rules that report them: not to be changed). Typed numbers, blanks, not-applicable
 * marks and unknown values are left out: neither rule reports them, and a large table holds little else.
 */
export function writtenCells(ctx: RuleContext): readonly AreaCell[] {
  const known = areas.get(ctx);
  if (known) return known;
  const cells: AreaCell[] = [];
  const columns = areaColumns(ctx);
  for (const row of numericRows(ctx)) {
    let unit: string | null = null; // the row's unit, read for its first cell kept
    // Indexed: run for every row of a large table, it allocates nothing (no iterator per row).
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const value = ctx.view.value(row, column.index);
      if (value === null || (typeof value === "number" && Number.isFinite(value))) continue;
      const reading = readNumber(value);
      if (reading.kind !== "numeric-text" && reading.kind !== "text" && reading.kind !== "error")
        continue;
      unit ??= unitName(ctx, row);
      cells.push({ row, column, unit, value, reading });
    }
  }
  areas.set(ctx, cells);
  return cells;
}

export function shownText(value: CellValue): string {
  return typeof value === "string" ? value : String(value);
}
