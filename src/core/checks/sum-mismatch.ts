/**
 * `sum-mismatch` (error, the total cell): every total and subtotal cell — in rows and in columns — against the sum
 * of its members. Also an `info` for a total typed in by hand among formula totals of the same row: it does not
 * follow changes to the units.
 */
import { cellAddress, compressCells } from "../a1";
import { formulaAt, numberFormatAt, valueAt } from "../grid";
import { message, type FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatDifference, formatNumber } from "../numberText";
import { decimalsOfFormat, decimalsOfValue, memberFigure, numberIn } from "../numbers";
import type { SumRelation } from "../recognize/layout";
import { normalizeLabel } from "../vocabulary";
import { columnName, finding, leafHeader, type RuleContext } from "./context";
import type { Rule } from "./rule";

export const sumMismatch: Rule<"sum-mismatch"> = {
  id: "sum-mismatch",
  severity: "error",
  check: (ctx) => [...totalsAgainstMembers(ctx), ...typedAmongFormulas(ctx)],
};

function totalsAgainstMembers(ctx: RuleContext): Finding[] {
  const { sheet, view, table } = ctx;
  const findings: Finding[] = [];
  for (const relation of table.relations) {
    const { row, column } = relation.cell;
    const actual = numberIn(view.value(row, column));
    if (actual === null) continue;
    let expected = 0;
    let counted = 0;
    let decimals = decimalsOfFormat(numberFormatAt(sheet, row, column)) ?? decimalsOfValue(actual);
    let unknown = false;
    // Indexed: run for thousands of members per total, it allocates nothing (no iterator).
    for (let i = 0; i < relation.members.length; i++) {
      const member = relation.members[i];
      const value = memberFigure(view.value(member.row, member.column));
      // A member nobody could compute (formula-uncomputed) leaves the sum unknown: not judged, never taken as 0.
      if (value === undefined) unknown = true;
      if (value === undefined || value === null) continue;
      expected += value;
      counted++;
      const format = numberFormatAt(sheet, member.row, member.column);
      // A whole number without a format shows no decimals: nothing to raise (most members).
      if (format === null && Number.isInteger(value)) continue;
      decimals = Math.max(decimals, decimalsOfFormat(format) ?? decimalsOfValue(value));
    }
    if (counted === 0 || unknown) continue;
    // Decimal data may be rounded to the shown decimals: half a unit of the last shown digit is no mistake.
    const tolerance = 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(expected));
    const difference = actual - expected;
    if (Math.abs(difference) < tolerance) continue;
    const shown = Math.min(decimals, 6);
    const numbers = {
      actual: formatNumber(actual, shown),
      expected: formatNumber(expected, shown),
      difference: formatDifference(difference, shown),
    };
    // Fields in the order of the contract's example (the CLI's JSON keeps the order findings are built in).
    findings.push({
      rule: "sum-mismatch",
      severity: "error",
      sheet: sheet.name,
      cell: cellAddress(row, column),
      expected: Number(expected.toFixed(shown)),
      actual,
      difference: Number(difference.toFixed(shown)),
      ...mismatchMessage(ctx, relation, numbers),
      related: compressCells(relation.members),
      table: table.summary.range,
    });
  }
  return findings;
}

function mismatchMessage(
  ctx: RuleContext,
  relation: SumRelation,
  numbers: { actual: string; expected: string; difference: string }
) {
  const { view, table } = ctx;
  const { row, column } = relation.cell;
  if (relation.across === "rows") {
    const sumRow = table.sumRows.find((s) => s.row === row);
    const label = (sumRow?.label ?? view.shownText(row, table.labelColumn)).replace(/\s+/g, "");
    return message("sumMismatch", {
      column: columnName(table, column),
      totalLabel: label,
      ...numbers,
    });
  }
  const members = relation.members.map((m) => m.column);
  return message("sumMismatchAcross", {
    rowLabel: view.shownText(row, table.labelColumn).replace(/\s+/g, ""),
    totalHeader: leafHeader(table, column),
    actual: numbers.actual,
    expected: numbers.expected,
    firstMember: leafHeader(table, members[0]),
    lastMember: leafHeader(table, members[members.length - 1]),
    difference: numbers.difference,
  });
}

/** A total row whose totals are formulas except some typed numbers: the typed ones do not follow the units. */
function typedAmongFormulas(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const sumRow of ctx.table.sumRows) {
    const columns = ctx.table.columns.filter((c) => c.kind !== "rate");
    const formulaColumns = columns.filter((c) => formulaAt(ctx.sheet, sumRow.row, c.index));
    if (formulaColumns.length < 2) continue;
    for (const c of columns) {
      if (formulaAt(ctx.sheet, sumRow.row, c.index)) continue;
      const value = valueAt(ctx.sheet, sumRow.row, c.index);
      if (typeof value !== "number") continue;
      findings.push(
        finding(ctx, sumRow.row, c.index, {
          rule: "sum-mismatch",
          severity: "info",
          actual: value,
          messageId: "typedTotal",
          params: {
            column: columnName(ctx.table, c),
            totalLabel: normalizeLabel(sumRow.label),
            value: formatNumber(value),
          } satisfies FindingMessageParams["typedTotal"],
        })
      );
    }
  }
  return findings;
}
