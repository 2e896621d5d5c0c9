/** `sum-mismatch`: every total and subtotal cell against the sum of its member cells. */
import { cellAddress, compressCells } from "../a1";
import { numberFormatAt, type SheetGrid } from "../grid";
import { formatDifference, formatNumber, text } from "../messages";
import type { Finding, Locale } from "../model";
import { decimalsOfFormat, decimalsOfValue, numericValue, readNumber } from "../numbers";
import type { TableLayout } from "../recognize/layout";
import { SheetView } from "../recognize/sheetView";

export function checkSums(sheet: SheetGrid, table: TableLayout, locale: Locale): Finding[] {
  const view = new SheetView(sheet);
  const t = text(locale);
  const findings: Finding[] = [];
  for (const sumRow of table.sumRows) {
    for (const column of table.columns) {
      if (column.kind === "rate") continue; // rates are never summed
      const actual = numericValue(readNumber(view.value(sumRow.row, column.index)));
      if (actual === null) continue;
      let expected = 0;
      let counted = 0;
      let decimals =
        decimalsOfFormat(numberFormatAt(sheet, sumRow.row, column.index)) ??
        decimalsOfValue(actual);
      for (const member of sumRow.members) {
        const value = numericValue(readNumber(view.value(member, column.index)));
        if (value === null) continue;
        expected += value;
        counted++;
        decimals = Math.max(
          decimals,
          decimalsOfFormat(numberFormatAt(sheet, member, column.index)) ?? decimalsOfValue(value)
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
        cell: cellAddress(sumRow.row, column.index),
        expected: Number(expected.toFixed(shown)),
        actual,
        difference: Number(difference.toFixed(shown)),
        message: t.sumMismatch(
          columnName(column.headers),
          sumRow.label.replace(/\s+/g, ""),
          formatNumber(actual, shown),
          formatNumber(expected, shown),
          formatDifference(difference, shown)
        ),
        related: compressCells(sumRow.members.map((row) => ({ row, column: column.index }))),
        table: table.summary.range,
      });
    }
  }
  return findings;
}

/** The column as an officer names it: the leaf header, with its group when the leaf alone is ambiguous. */
function columnName(headers: string[]): string {
  const leaf = headers[headers.length - 1] ?? "";
  if (headers.length > 1 && !/\d{4}/.test(leaf)) return `${headers[0]}${leaf}`;
  return leaf;
}
