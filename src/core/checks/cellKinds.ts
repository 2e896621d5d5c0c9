/**
 * How the numeric cells were written.
 * - `number-as-text` (warning, the member cell): `"709 "`, `"1,234"`, `"１２３"` — Excel's SUM skips text, so a
 *   formula total silently leaves the number out.
 * - `not-a-number` (error, the cell): neither a number nor a not-applicable mark (`约30`, `待定`, `#REF!`).
 *
 * The numeric area is the table's numeric columns (rates included) over its unit, 其中, subtotal and total rows,
 * plus a column the recognizer left out because its total cell holds an error value (`#REF!`) while the
 * column's units are numbers.
 */
import { cellAddress } from "../a1";
import { formulaAt, type CellValue } from "../grid";
import { formatNumber } from "../messages";
import type { Finding } from "../model";
import { readNumber } from "../numbers";
import type { TableColumn } from "../recognize/layout";
import { columnName, finding, numericRows, unitName, type RuleContext } from "./context";

interface AreaColumn {
  index: number;
  name: string;
  kind: TableColumn["kind"] | null;
}

function areaColumns(ctx: RuleContext): AreaColumn[] {
  const { table, view } = ctx;
  const known = new Set(table.columns.map((c) => c.index));
  const columns: AreaColumn[] = table.columns.map((c) => ({
    index: c.index,
    name: columnName(table, c),
    kind: c.kind,
  }));
  const total = table.sumRows.find((s) => s.role === "total");
  if (total) {
    for (let c = table.labelColumn + 1; c <= table.right; c++) {
      if (known.has(c)) continue;
      if (readNumber(view.value(total.row, c)).kind !== "error") continue;
      const numbers = table.unitRows.filter((r) => {
        const kind = readNumber(view.value(r, c)).kind;
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

function shownText(value: CellValue): string {
  return typeof value === "string" ? value : String(value);
}

export function checkCellKinds(ctx: RuleContext): Finding[] {
  const { t, table, view } = ctx;
  const findings: Finding[] = [];
  const sumRowOf = new Map(table.sumRows.map((s) => [s.row, s]));
  const memberRows = new Set(table.sumRows.flatMap((s) => s.members));
  const columns = areaColumns(ctx);
  for (const row of numericRows(ctx)) {
    const unit = unitName(ctx, row);
    for (const column of columns) {
      const value = view.value(row, column.index);
      const r = readNumber(value);
      if (r.kind === "numeric-text") {
        // Only members are summed; a rate typed as text is never summed.
        if (!memberRows.has(row) || column.kind === "rate" || sumRowOf.has(row)) continue;
        const total = totalFormulaCell(ctx, row, column.index);
        findings.push(
          finding(ctx, row, column.index, {
            rule: "number-as-text",
            severity: "warning",
            actual: r.value,
            message: t.numberAsText(unit, column.name, r.text, formatNumber(r.value), total),
          })
        );
      } else if (r.kind === "text" || r.kind === "error") {
        findings.push(
          finding(ctx, row, column.index, {
            rule: "not-a-number",
            severity: "error",
            message:
              r.kind === "error"
                ? t.errorValue(unit, column.name, r.error)
                : t.notANumber(unit, column.name, shownText(value).trim()),
          })
        );
      }
    }
  }
  return findings;
}

/** The total cell of the column that adds this member up with a formula (the first sum row holding it), or null. */
function totalFormulaCell(ctx: RuleContext, row: number, column: number): string | null {
  for (const s of ctx.table.sumRows) {
    if (!s.members.includes(row)) continue;
    if (formulaAt(ctx.sheet, s.row, column)) return cellAddress(s.row, column);
  }
  return null;
}
