/** `sum-mismatch`: every total and subtotal cell — in rows and in columns — against the sum of its members. */
import { cellAddress, compressCells } from "../a1";
import { numberFormatAt, type SheetGrid } from "../grid";
import { formatDifference, formatNumber, text, type Texts } from "../messages";
import type { Finding, Locale } from "../model";
import { decimalsOfFormat, decimalsOfValue, numericValue, readNumber } from "../numbers";
import type { SumRelation, TableLayout } from "../recognize/layout";
import { SheetView } from "../recognize/sheetView";
import { columnName } from "./context";

export function checkSums(sheet: SheetGrid, table: TableLayout, locale: Locale): Finding[] {
  const view = new SheetView(sheet);
  const t = text(locale);
  const findings: Finding[] = [];
  for (const relation of table.relations) {
    const { row, column } = relation.cell;
    const actual = numericValue(readNumber(view.value(row, column)));
    if (actual === null) continue;
    let expected = 0;
    let counted = 0;
    let decimals = decimalsOfFormat(numberFormatAt(sheet, row, column)) ?? decimalsOfValue(actual);
    for (const member of relation.members) {
      const value = numericValue(readNumber(view.value(member.row, member.column)));
      if (value === null) continue;
      expected += value;
      counted++;
      decimals = Math.max(
        decimals,
        decimalsOfFormat(numberFormatAt(sheet, member.row, member.column)) ?? decimalsOfValue(value)
      );
    }
    if (counted === 0) continue;
    // Decimal data may be rounded to the shown decimals: half a unit of the last shown digit is no mistake.
    const tolerance = 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(expected));
    const difference = actual - expected;
    if (Math.abs(difference) < tolerance) continue;
    const shown = Math.min(decimals, 6);
    findings.push({
      rule: "sum-mismatch",
      severity: "error",
      sheet: sheet.name,
      cell: cellAddress(row, column),
      expected: Number(expected.toFixed(shown)),
      actual,
      difference: Number(difference.toFixed(shown)),
      message: message(
        t,
        view,
        table,
        relation,
        [actual, expected, difference].map((n, i) =>
          i === 2 ? formatDifference(n, shown) : formatNumber(n, shown)
        )
      ),
      related: compressCells(relation.members),
      table: table.summary.range,
    });
  }
  return findings;
}

function message(
  t: Texts,
  view: SheetView,
  table: TableLayout,
  relation: SumRelation,
  [actual, expected, difference]: string[]
): string {
  const { row, column } = relation.cell;
  if (relation.across === "rows") {
    const sumRow = table.sumRows.find((s) => s.row === row);
    const label = (sumRow?.label ?? view.shownText(row, table.labelColumn)).replace(/\s+/g, "");
    return t.sumMismatch(columnName(table, column), label, actual, expected, difference);
  }
  const rowName = view.shownText(row, table.labelColumn).replace(/\s+/g, "");
  const leaf = (c: number) => {
    const headers = table.columns.find((col) => col.index === c)?.headers ?? [];
    return headers[headers.length - 1] ?? "";
  };
  const members = relation.members.map((m) => m.column);
  return t.sumMismatchAcross(
    rowName,
    leaf(column),
    actual,
    expected,
    leaf(members[0]),
    leaf(members[members.length - 1]),
    difference
  );
}
