/**
 * Plan targets against the tables, shared by `target-not-met` and `not-doubled`: what became of each target
 * (`TargetOutcome`, for the pane and the CLI's JSON), and one pass over the workbook per rule that drops what another
 * table settles (a plan table 2023–2027 beside a 2024 bulletin of the same indicator) and says once, at the
 * target's row of the 目标 sheet, that no table carries a target.
 */
import type { TargetLabel, TargetReason, FindingMessageParams } from "../messages";
import type { Finding, PlanTarget } from "../model";
import type { TableColumn } from "../recognize/layout";
import { indicatorMatches, normalizeUnit } from "../targets/words";
import { normalizeLabel } from "../vocabulary";
import { finding, isYearPeriod, titleYear, yearOf, type RuleContext } from "./context";
import { tableKey, type WorkbookContext } from "./workbookContext";

export type TargetStatus = "met" | "not-met" | "unchecked";

/** What became of one target in one table (or in none). */
export interface TargetOutcome {
  target: PlanTarget;
  status: TargetStatus;
  sheet?: string;
  /** The total cell compared, or the final-year total cell of a doubling goal. */
  cell?: string;
  actual?: number;
  /** The target in the table's unit. */
  expected?: number;
  /** Why it was not compared (the catalogs put it into words). */
  reason?: TargetReason;
  /** Not compared because this table has no column for the target's year (another table may have one). */
  noColumn?: boolean;
  /** The info finding that says it was not compared. */
  finding?: Finding;
}

/** One target in one table. */
export interface TargetResult {
  findings: Finding[];
  outcome: TargetOutcome;
}

/** The columns of the table that carry the target's indicator. */
export function indicatorColumns(ctx: RuleContext, indicator: string): TableColumn[] {
  return ctx.table.columns.filter((c) => indicatorMatches(indicator, c.indicator));
}

/** A column stands for the whole year `year`: its header names the year, or it is the year's total column. */
export function isColumnOfYear(ctx: RuleContext, column: TableColumn, year: number): boolean {
  if (isYearPeriod(column.period)) return yearOf(column.period) === year;
  if (column.kind === "total" && !column.period) {
    const named = column.headers.map((h) => /((?:19|20)\d{2})/.exec(h)?.[1]).find(Boolean);
    return Number(named ?? titleYear(ctx.table)) === year;
  }
  return false;
}

/** The unit of a column: the caption's `（单位：家）`, or a unit written in its headers (`研发投入（万元）`). */
export function unitOfColumn(ctx: RuleContext, column: TableColumn): string | null {
  if (ctx.table.unitOfMeasure) return normalizeUnit(ctx.table.unitOfMeasure);
  for (const h of column.headers) {
    const m = /[（(]\s*(万亿元|亿元|万元|元|家|个|项|件|人|户|%|％)\s*[)）]/.exec(h);
    if (m) return normalizeUnit(m[1]);
  }
  return null;
}

export function totalRow(ctx: RuleContext): { row: number; label: string } | null {
  const totals = ctx.table.sumRows.filter((s) => s.role === "total");
  const last = totals[totals.length - 1];
  return last ? { row: last.row, label: normalizeLabel(last.label) } : null;
}

/** The info that a target matching the table could not be compared with it. */
export function unchecked(
  ctx: RuleContext,
  target: PlanTarget,
  label: TargetLabel,
  reason: TargetReason,
  at: { row: number; column: number },
  noColumn = false
): TargetResult {
  const f = finding(ctx, at.row, at.column, {
    rule: target.op === "double" ? "not-doubled" : "target-not-met",
    severity: "info",
    messageId: "targetUnchecked",
    params: { label, reason } satisfies FindingMessageParams["targetUnchecked"],
  });
  return {
    findings: [f],
    outcome: {
      target,
      status: "unchecked",
      sheet: f.sheet,
      cell: f.cell,
      reason,
      finding: f,
      ...(noColumn ? { noColumn } : {}),
    },
  };
}

/** What one rule's targets came to over the workbook. */
export interface TargetPass {
  /** By table (`tableKey`). */
  byTable: Map<string, Finding[]>;
  /** About targets no table carries, at their row of the 目标 sheet. */
  unmatched: Finding[];
  /** Every outcome with its place: the table's index (tables.length for none) and the target's. */
  outcomes: { outcome: TargetOutcome; table: number; target: number }[];
}

/** The targets `wanted` picks, checked with `checkOne` in every table that carries their indicator. */
export function targetPass(
  workbook: WorkbookContext,
  wanted: (target: PlanTarget) => boolean,
  label: (target: PlanTarget) => TargetLabel,
  checkOne: (ctx: RuleContext, target: PlanTarget, columns: TableColumn[]) => TargetResult
): TargetPass {
  const targets = workbook.targets;
  const results: { result: TargetResult; table: number; target: number; key: string }[] = [];
  workbook.tables.forEach((ctx, table) =>
    targets.forEach((target, index) => {
      if (!wanted(target)) return;
      const columns = indicatorColumns(ctx, target.indicator);
      if (columns.length === 0) return;
      const result = checkOne(ctx, target, columns);
      results.push({ result, table, target: index, key: tableKey(ctx) });
    })
  );
  // A target compared in one table needs no "this table has no column for its year" from the others.
  const compared = new Set(
    results
      .filter((r) => r.result.outcome.status !== "unchecked")
      .map((r) => r.result.outcome.target)
  );
  const kept = results.filter(
    (r) => !(r.result.outcome.noColumn && compared.has(r.result.outcome.target))
  );
  const byTable = new Map<string, Finding[]>();
  for (const r of kept) byTable.set(r.key, [...(byTable.get(r.key) ?? []), ...r.result.findings]);
  const outcomes: TargetPass["outcomes"] = kept.map((r) => ({
    outcome: r.result.outcome,
    table: r.table,
    target: r.target,
  }));

  // Targets no table carries: said once, at the target's row of the 目标 sheet when it came from there.
  const unmatched: Finding[] = [];
  targets.forEach((target, index) => {
    if (!wanted(target) || outcomes.some((o) => o.outcome.target === target)) return;
    const reason: TargetReason = { kind: "no-table", indicator: target.indicator };
    outcomes.push({
      outcome: { target, status: "unchecked", reason, ...(target.from ?? {}) },
      table: workbook.tables.length,
      target: index,
    });
    if (target.from)
      unmatched.push({
        rule: target.op === "double" ? "not-doubled" : "target-not-met",
        severity: "info",
        sheet: target.from.sheet,
        cell: target.from.cell,
        messageId: "targetUnchecked",
        params: { label: label(target), reason } satisfies FindingMessageParams["targetUnchecked"],
      });
  });
  return { byTable, unmatched, outcomes };
}
