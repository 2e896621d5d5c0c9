/**
 * `progress-decrease` (warning, the later actual cell): a cumulative actual (累计, 1-X月, 截至X月) is lower than the
 * same unit's value for an earlier month of the same year — in another sheet of the workbook (one sheet per month:
 * `1-8月`, `8月`, `2024.08`, `2024年8月`) or in last month's workbook (`CheckOptions.previous`).
 *
 * The month of a column: its header's or its table title's date, else its sheet's name. The earlier value is the
 * latest earlier month's (a sheet of this workbook before the previous workbook when both give one). Columns are
 * matched by indicator (dates left out of it) and by their order among the table's cumulative columns of that
 * indicator; units by name — spaces, full/half width and case ignored — never by row position. A unit that appears
 * only in the later month is not compared; totals are compared with totals.
 */
import { cellAddress } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { formatNumber } from "../numberText";
import { asOfInText } from "../progress/asOf";
import type { TableColumn } from "../recognize/layout";
import {
  columnName,
  finding,
  numberAt,
  sameNumber,
  titleYear,
  unitName,
  yearOf,
  type RuleContext,
} from "./context";
import type { Rule } from "./rule";
import { workbookContext, type WorkbookContext } from "./workbookContext";

declare module "../messages" {
  interface FindingMessageParams {
    /** `中山路街道1-8月完成为40，低于“1-7月”表D5的45（减少5）` */
    progressDecrease: {
      unit: string;
      column: string;
      later: string;
      earlier: string;
      decrease: string;
      /** Where the earlier value stands: a sheet and cell, and the file when it is last month's workbook. */
      sheet: string;
      cell: string;
      file: string | null;
    };
  }
}

export const progressDecrease: Rule<"progress-decrease"> = {
  id: "progress-decrease",
  severity: "warning",
  check: checkDecrease,
};

/** One cumulative actual column: its month and each unit's value, by unit key. */
interface Series {
  ctx: RuleContext;
  column: TableColumn;
  key: string;
  year: number | null;
  /** Months elapsed at its date (8 for 1-8月); null when neither header, title nor sheet name says. */
  month: number | null;
  values: Map<string, { row: number; value: number }>;
  /** The previous workbook's file name; null for a sheet of this workbook. */
  file: string | null;
}

const CUMULATIVE = /累计|1[-—–~至]\d{1,2}月|截至|截止|cumulative|year[- ]to[- ]date|ytd/i;

/** A unit's name as matched across months: spaces, full/half width and case ignored. */
export function unitKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/** The indicator with its dates left out (`1-8月高新技术企业` and `高新技术企业` are one). */
function indicatorKey(indicator: string | null): string {
  return unitKey(indicator ?? "")
    .replace(/(19|20)\d{2}年?/g, "")
    .replace(/(截至|截止)?(1[-—–~至])?\d{1,2}月(底|末|份)?/g, "");
}

/**
 * The month a sheet's name says: `1-8月`, `8月`, `8月份`, `2024年8月`, `2024.08`, `2024-08`, `2024年1-8月`,
 * `截至8月`; with its year when named. Null for other names (`附件1`).
 */
export function monthOfSheetName(name: string): { year: number | null; month: number } | null {
  const text = name.normalize("NFKC").replace(/\s+/g, "");
  const span = asOfInText(text);
  if (span && !/季度|半年|全年|年底|年末/.test(span.text))
    return { year: span.year, month: Math.round(span.months) };
  const match = /^(?:((?:19|20)\d{2})(?:年|[.\-_/]))?(\d{1,2})(月份?)?$/.exec(text);
  if (!match || (!match[1] && !match[3])) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: match[1] ? Number(match[1]) : null, month };
}

function seriesOf(contexts: RuleContext[], file: string | null): Series[] {
  const series: Series[] = [];
  for (const ctx of contexts) {
    const { table } = ctx;
    const ordinal = new Map<string, number>();
    for (const column of table.columns) {
      if (column.kind !== "actual") continue;
      const words = [...column.headers, table.title ?? "", ctx.sheet.name].join(" ");
      if (!CUMULATIVE.test(words) && !monthOfSheetName(ctx.sheet.name)) continue;
      const base = indicatorKey(column.indicator);
      const n = ordinal.get(base) ?? 0;
      ordinal.set(base, n + 1);
      let dated: { year: number | null; month: number } | null = null;
      for (const text of [...[...column.headers].reverse(), table.title ?? ""]) {
        const found = asOfInText(text);
        if (found) {
          dated = { year: found.year, month: found.months };
          break;
        }
      }
      dated ??= monthOfSheetName(ctx.sheet.name);
      const year = dated?.year ?? yearOf(column.period) ?? titleYear(table);
      const values = new Map<string, { row: number; value: number }>();
      const rows = [
        ...table.unitRows.map((row) => ({ row, name: unitKey(unitName(ctx, row)) })),
        ...table.sumRows.map((s) => ({
          row: s.row,
          name: s.role === "total" ? "\u0000total" : unitKey(s.label),
        })),
      ];
      for (const { row, name } of rows) {
        const value = numberAt(ctx, row, column.index);
        if (name && value !== null && !values.has(name)) values.set(name, { row, value });
      }
      series.push({
        ctx,
        column,
        key: `${base}#${n}`,
        year,
        month: dated?.month ?? null,
        values,
        file,
      });
    }
  }
  return series;
}

function workbookSeries(workbook: WorkbookContext): Series[] {
  return workbook.memo("progress-decrease\u0000series", () => seriesOf(workbook.tables, null));
}

function previousSeries(workbook: WorkbookContext): Series[] {
  const previous = workbook.options.previous;
  if (!previous) return [];
  return workbook.memo("progress-decrease\u0000previous", () =>
    seriesOf(workbookContext(previous.workbook).tables, previous.name)
  );
}

/** The latest earlier month's series of the same column, or null. */
function earlierOf(later: Series, all: Series[]): Series | null {
  let best: Series | null = null;
  const rank = (s: Series) => [s.month ?? -1, s.file === null ? 1 : 0];
  for (const s of all) {
    if (s === later || s.key !== later.key) continue;
    if (s.year !== null && later.year !== null && s.year !== later.year) continue;
    if (s.file === null) {
      if (s.ctx.sheet.name === later.ctx.sheet.name) continue;
      if (s.month === null || later.month === null || !(s.month < later.month)) continue;
    } else if (s.month !== null && later.month !== null && !(s.month < later.month)) continue;
    if (!best) best = s;
    else {
      const [a, b] = [rank(s), rank(best)];
      if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) best = s;
    }
  }
  return best;
}

function checkDecrease(ctx: RuleContext): Finding[] {
  const mine = workbookSeries(ctx.workbook).filter((s) => s.ctx === ctx);
  if (mine.length === 0) return [];
  const all = [...workbookSeries(ctx.workbook), ...previousSeries(ctx.workbook)];
  const findings: Finding[] = [];
  for (const later of mine) {
    const earlier = earlierOf(later, all);
    if (!earlier) continue;
    for (const [name, now] of later.values) {
      const before = earlier.values.get(name);
      if (!before || now.value >= before.value || sameNumber(now.value, before.value)) continue;
      const sumRow = ctx.table.sumRows.find((s) => s.row === now.row);
      findings.push(
        finding(ctx, now.row, later.column.index, {
          rule: "progress-decrease",
          severity: "warning",
          expected: before.value,
          actual: now.value,
          difference: Number((now.value - before.value).toFixed(6)),
          messageId: "progressDecrease",
          params: {
            unit: sumRow ? sumRow.label.replace(/\s+/g, "") : unitName(ctx, now.row),
            column: columnName(ctx.table, later.column),
            later: formatNumber(now.value),
            earlier: formatNumber(before.value),
            decrease: formatNumber(before.value - now.value),
            sheet: earlier.ctx.sheet.name,
            cell: cellAddress(before.row, earlier.column.index),
            file: earlier.file,
          } satisfies FindingMessageParams["progressDecrease"],
        })
      );
    }
  }
  return findings;
}
