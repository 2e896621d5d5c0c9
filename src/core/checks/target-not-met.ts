/**
 * `target-not-met` (error, the total cell of the indicator and year): the table's total does not satisfy the plan's
 * target (`超过420` and a total of 420). A target that matches the table but cannot be compared exactly (no column
 * for its year, units that cannot be converted, additions against a stock) is an `info` saying so; so is a row of
 * the 目标 sheet that cannot be read, and a target no table carries.
 */
import { cellAddress } from "../a1";
import {
  message,
  type TargetCondition,
  type TargetLabel,
  type FindingMessageParams,
} from "../messages";
import type { Finding, PlanTarget } from "../model";
import { formatNumber } from "../numberText";
import { readNumber } from "../numbers";
import type { TableColumn } from "../recognize/layout";
import type { TargetSheetProblem } from "../targets/targetSheet";
import { convertValue, isIncrementText, normalizeUnit } from "../targets/words";
import { columnName, finding, numberAt, yearOf, type RuleContext } from "./context";
import type { Rule } from "./rule";
import {
  isColumnOfYear,
  targetPass,
  totalRow,
  unchecked,
  unitOfColumn,
  type TargetOutcome,
  type TargetPass,
  type TargetResult,
} from "./targets";
import { tableKey, type WorkbookContext } from "./workbookContext";

export const targetNotMet: Rule<"target-not-met"> = {
  id: "target-not-met",
  severity: "error",
  check: (ctx) => valueTargets(ctx.workbook).byTable.get(tableKey(ctx)) ?? [],
  checkWorkbook: (workbook) => [
    ...workbook.targetSheets.flatMap((r) => r.problems.map(problemFinding)),
    ...valueTargets(workbook).unmatched,
  ],
};

/** The targets with a value (not doubling goals) over the workbook, computed once. */
export function valueTargets(workbook: WorkbookContext): TargetPass {
  return workbook.memo("target-not-met", () =>
    targetPass(
      workbook,
      (t) => t.op !== "double",
      (t) => ({
        kind: "value",
        indicator: t.indicator,
        period: t.period,
        condition: { op: t.op, verb: t.verb, value: String(t.value ?? "") },
      }),
      checkValue
    )
  );
}

/** A row of the 目标 sheet that could not be read. */
function problemFinding(p: TargetSheetProblem): Finding {
  const said =
    p.kind === "condition"
      ? message("targetSheetCondition", { text: p.text })
      : p.kind === "value"
        ? message("targetSheetValue", { text: p.text })
        : p.kind === "period"
          ? message("targetSheetPeriod", { text: p.text })
          : message("targetSheetBase", {});
  return { rule: "target-not-met", severity: "info", sheet: p.sheet, cell: p.cell, ...said };
}

/** The target's condition, with its value in the table's unit where the units differ (`60亿元（即600000万元）`). */
function condition(target: PlanTarget, tableUnit: string | null): TargetCondition {
  const value = target.value ?? 0;
  const unit = normalizeUnit(target.unit);
  const said: TargetCondition = { op: target.op, verb: target.verb, value: formatNumber(value) };
  if (unit && tableUnit && unit !== tableUnit) {
    const converted = convertValue(value, unit, tableUnit);
    if (converted !== null)
      return { ...said, unit, converted: { value: formatNumber(converted), unit: tableUnit } };
    return said;
  }
  return unit && unit !== "%" ? { ...said, unit } : said;
}

function checkValue(ctx: RuleContext, target: PlanTarget, columns: TableColumn[]): TargetResult {
  const { table } = ctx;
  const total = totalRow(ctx);
  const anchor = { row: total?.row ?? table.headerTop, column: columns[0].index };
  const label: TargetLabel = {
    kind: "value",
    indicator: target.indicator,
    period: target.period,
    condition: condition(target, unitOfColumn(ctx, columns[0])),
  };
  const year = yearOf(target.period);
  if (year === null) return unchecked(ctx, target, label, { kind: "no-period" }, anchor);
  const ofYear = columns.filter(
    (c) => (c.kind === "target" || c.kind === "total") && isColumnOfYear(ctx, c, year)
  );
  // Several columns for the same year (北碚's 2027年目标数 twice): the first one; column-mismatch compares them.
  const column = ofYear.find((c) => c.kind === "target") ?? ofYear[0];
  if (!column || !total)
    return unchecked(ctx, target, label, { kind: "no-column", period: String(year) }, anchor, true);
  const at = { row: total.row, column: column.index };
  const name = columnName(table, column);
  const actual = numberAt(ctx, total.row, column.index);
  if (actual === null) {
    const uncomputed = readNumber(ctx.view.value(total.row, column.index)).kind === "unknown";
    const reason = { kind: uncomputed ? "uncomputed-total" : "no-total", column: name } as const;
    return unchecked(ctx, target, label, reason, at);
  }
  const columnIsIncrement = isIncrementText([column.indicator ?? "", ...column.headers].join(" "));
  if (columnIsIncrement !== isIncrementText(target.indicator))
    return unchecked(
      ctx,
      target,
      label,
      {
        kind: "increment",
        column: name,
        total: formatNumber(actual),
        targetIsIncrement: isIncrementText(target.indicator),
      },
      at
    );
  const tableUnit = unitOfColumn(ctx, column);
  const expected = convertValue(target.value ?? 0, target.unit ?? null, tableUnit);
  if (expected === null)
    return unchecked(
      ctx,
      target,
      label,
      { kind: "units", targetUnit: normalizeUnit(target.unit) ?? "", tableUnit },
      at
    );
  const eps = 1e-9 * Math.max(1, Math.abs(expected));
  const met = target.op === ">" ? actual > expected + eps : actual >= expected - eps;
  const outcome: TargetOutcome = {
    target,
    status: met ? "met" : "not-met",
    sheet: ctx.sheet.name,
    cell: cellAddress(at.row, at.column),
    actual,
    expected,
  };
  if (met) return { findings: [], outcome };
  const difference = actual - expected;
  return {
    findings: [
      finding(ctx, at.row, at.column, {
        rule: "target-not-met",
        severity: "error",
        expected,
        actual,
        difference: Number(difference.toFixed(6)),
        messageId: "targetNotMet",
        params: {
          column: name,
          totalLabel: total.label,
          actual: formatNumber(actual),
          condition: condition(target, tableUnit),
          source: target.source,
        } satisfies FindingMessageParams["targetNotMet"],
      }),
    ],
    outcome,
  };
}
