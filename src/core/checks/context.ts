/**
 * What every rule gets: the sheet, a view of it, the recognized table, and the workbook around it (plan targets,
 * progress options, every other table). No display language: rules return data (`messages.ts`).
 */
import { cellAddress } from "../a1";
import type { SheetGrid } from "../grid";
import type { Finding } from "../model";
import { numberIn, readNumber, type NumberReading } from "../numbers";
import type { TableColumn, TableLayout } from "../recognize/layout";
import { SheetView } from "../recognize/sheetView";
import { isPartOfAboveLabel, normalizeLabel } from "../vocabulary";
import { workbookContext, type WorkbookContext } from "./workbookContext";

export interface RuleContext {
  sheet: SheetGrid;
  view: SheetView;
  table: TableLayout;
  workbook: WorkbookContext;
  /** Read on the transposed sheet (periods as rows): `sheet` is the turned grid; check.ts puts addresses back. */
  transposed?: boolean;
}

/** A table's context; without a workbook, one of this sheet alone with no plan targets (tests, single rules). */
export function ruleContext(
  sheet: SheetGrid,
  table: TableLayout,
  view: SheetView = new SheetView(sheet),
  workbook: WorkbookContext = workbookContext({ sheets: [sheet] })
): RuleContext {
  return { sheet, view, table, workbook };
}

/** A finding of this table, with the sheet and the table's range filled in. */
export function finding(
  ctx: RuleContext,
  row: number,
  column: number,
  fields: Omit<Finding, "sheet" | "cell" | "table">
): Finding {
  // The same object as `{ ...fields, sheet, cell, table }` (fields in that order), built a few times faster: V8
  // takes a slow path for a spread followed by more fields, and a large table may have thousands of findings.
  const found: Finding = Object.assign({}, fields) as Finding;
  found.sheet = ctx.sheet.name;
  found.cell = cellAddress(row, column);
  found.table = ctx.table.summary.range;
  return found;
}

export function reading(ctx: RuleContext, row: number, column: number): NumberReading {
  return readNumber(ctx.view.value(row, column));
}

/** The number a cell stands for (typed, or typed as text), or null. */
export function numberAt(ctx: RuleContext, row: number, column: number): number | null {
  return numberIn(ctx.view.value(row, column));
}

/** The unit's name in the label column, spaces removed (`合  计` → `合计`). */
export function unitName(ctx: RuleContext, row: number): string {
  return normalizeLabel(ctx.view.shownText(row, ctx.table.labelColumn));
}

/** The column as an officer names it: the leaf header, with the indicator when the table has several. */
export function columnName(table: TableLayout, column: TableColumn | number): string {
  const found = typeof column === "number" ? table.columns.find((c) => c.index === column) : column;
  const headers = found?.headers ?? [];
  const leaf = headers[headers.length - 1] ?? "";
  const indicators = new Set(table.columns.map((c) => c.indicator).filter(Boolean));
  if (
    found?.indicator &&
    (indicators.size > 1 || !/\d{4}/.test(leaf)) &&
    !leaf.includes(found.indicator)
  )
    return `${found.indicator}${leaf}`;
  return leaf;
}

/** The last header row's text of a column (`2027年`, `一季度`). */
export function leafHeader(table: TableLayout, column: number): string {
  const headers = table.columns.find((c) => c.index === column)?.headers ?? [];
  return headers[headers.length - 1] ?? "";
}

/** Rows of the table body that carry numbers: units, 其中 rows, subtotals and totals, top-down. */
export function numericRows(ctx: RuleContext): number[] {
  const rows = new Set<number>(ctx.table.unitRows);
  for (const s of ctx.table.sumRows) rows.add(s.row);
  for (let r = ctx.table.headerBottom + 1; r <= ctx.table.bottom; r++) {
    if (rows.has(r)) continue;
    const label = ctx.view.shownText(r, ctx.table.labelColumn);
    if (label && isPartOfAboveLabel(label)) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/** The year a period names (`2025`, `2025Q1`, `2025-1-6月`), or null. */
export function yearOf(period: string | null | undefined): number | null {
  const match = /^((?:19|20)\d{2})/.exec(period ?? "");
  return match ? Number(match[1]) : null;
}

/** The year a table's title names (`梁平区2024年…指导表`), when it names exactly one. */
export function titleYear(table: TableLayout): number | null {
  const title = table.title ?? "";
  let years = new Set([...title.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
  // English titles: `2024 progress of …`.
  if (years.size === 0)
    years = new Set([...title.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

/** A year-level period: `2025` (not a quarter or a month span). */
export function isYearPeriod(period: string | null | undefined): boolean {
  return /^(19|20)\d{2}$/.test(period ?? "");
}

/** The quarter a period names (`Q2`, `2024Q2`), 1–4, or null. */
export function quarterOf(period: string | null | undefined): number | null {
  const match = /Q([1-4])$/.exec(period ?? "");
  return match ? Number(match[1]) : null;
}

/** Tolerance for comparing two numbers written at the shown precision. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
