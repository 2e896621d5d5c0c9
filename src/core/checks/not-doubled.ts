/**
 * `not-doubled` (warning, the final-year cell): where a doubling goal is declared, a unit's (and the total's)
 * final-year value is below twice its base-year value. The total row gets its own finding: the declared goal is the
 * district's, so the total not doubling is the first thing an officer needs to see. A goal that cannot be compared
 * (no column for its years) is an `info` saying so.
 */
import { cellAddress } from "../a1";
import type { TargetLabel, FindingMessageParams } from "../messages";
import type { Finding, PlanTarget } from "../model";
import { formatNumber } from "../numberText";
import type { TableColumn } from "../recognize/layout";
import {
  columnName,
  finding,
  isYearPeriod,
  numberAt,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";
import type { Rule } from "./rule";
import {
  isColumnOfYear,
  targetPass,
  totalRow,
  unchecked,
  type TargetPass,
  type TargetResult,
} from "./targets";
import { tableKey, type WorkbookContext } from "./workbookContext";

export const notDoubled: Rule<"not-doubled"> = {
  id: "not-doubled",
  severity: "warning",
  check: (ctx) => doublingTargets(ctx.workbook).byTable.get(tableKey(ctx)) ?? [],
  checkWorkbook: (workbook) => doublingTargets(workbook).unmatched,
};

/** The doubling goals over the workbook, computed once. */
export function doublingTargets(workbook: WorkbookContext): TargetPass {
  return workbook.memo("not-doubled", () =>
    targetPass(workbook, (t) => t.op === "double", doublingLabel, checkDoubling)
  );
}

function doublingLabel(target: PlanTarget): TargetLabel {
  return { kind: "double", indicator: target.indicator, base: target.base, period: target.period };
}

function checkDoubling(ctx: RuleContext, target: PlanTarget, columns: TableColumn[]): TargetResult {
  const { table } = ctx;
  const total = totalRow(ctx);
  const label = doublingLabel(target);
  const anchor = { row: total?.row ?? table.headerTop, column: columns[0].index };
  const year = yearOf(target.period);
  const baseYear = yearOf(target.base);
  if (year === null || baseYear === null)
    return unchecked(ctx, target, label, { kind: "no-period" }, anchor);
  const finals = columns.filter(
    (c) => (c.kind === "target" || c.kind === "total") && isColumnOfYear(ctx, c, year)
  );
  const final = finals.find((c) => c.kind === "target") ?? finals[0];
  if (!final)
    return unchecked(ctx, target, label, { kind: "no-column", period: String(year) }, anchor, true);
  const bases = columns.filter(
    (c) => c.kind !== "rate" && isYearPeriod(c.period) && yearOf(c.period) === baseYear
  );
  const base =
    bases.find((c) => c.kind === "baseline") ?? bases.find((c) => c.kind === "actual") ?? bases[0];
  if (!base)
    return unchecked(
      ctx,
      target,
      label,
      { kind: "no-base-column", base: String(baseYear) },
      anchor
    );

  const findings: Finding[] = [];
  const finalName = columnName(table, final);
  // `2022年实际数` as the header says it, or just the year (the catalog words it).
  const baseLeaf = base.headers[base.headers.length - 1] ?? "";
  const baseColumn = baseLeaf.includes(String(baseYear)) ? baseLeaf : null;
  const rows = [
    ...table.unitRows,
    ...table.sumRows.filter((s) => s.role === "total").map((s) => s.row),
  ];
  rows.sort((a, b) => a - b);
  let totalDoubled: boolean | undefined;
  for (const row of rows) {
    const before = numberAt(ctx, row, base.index);
    const after = numberAt(ctx, row, final.index);
    if (before === null || after === null) continue;
    const twice = 2 * before;
    const ok = after >= twice - 1e-9 * Math.max(1, Math.abs(twice));
    if (row === total?.row) totalDoubled = ok;
    if (ok) continue;
    findings.push(
      finding(ctx, row, final.index, {
        rule: "not-doubled",
        severity: "warning",
        expected: twice,
        actual: after,
        difference: Number((after - twice).toFixed(6)),
        messageId: "notDoubled",
        params: {
          unit: row === total?.row ? total.label : unitName(ctx, row),
          finalColumn: finalName,
          final: formatNumber(after),
          baseColumn,
          baseYear: String(baseYear),
          base: formatNumber(before),
          twice: formatNumber(twice),
          shortBy: formatNumber(twice - after), // positive here: the difference without its sign
        } satisfies FindingMessageParams["notDoubled"],
        related: [cellAddress(row, base.index)],
      })
    );
  }
  const at = total ? cellAddress(total.row, final.index) : undefined;
  return {
    findings,
    outcome: {
      target,
      status: totalDoubled === false ? "not-met" : totalDoubled ? "met" : "unchecked",
      sheet: ctx.sheet.name,
      cell: at,
    },
  };
}
