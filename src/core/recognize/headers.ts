/** Reading the header block above a table's first data row: what each numeric column holds. */
import type { ColumnKind } from "../model";
import {
  computedMeasure,
  headerKind,
  headerPeriod,
  indicatorFromTitle,
  isSerialHeader,
  normalizeLabel,
  withoutTrailingNotes,
} from "../vocabulary";
import type { SheetView } from "./sheetView";
import type { TableColumn } from "./layout";

/** Group headers that name the shape of the columns below, not an indicator. */
const GENERIC_GROUP =
  /^(年度|年份|分年度|分年度目标|季度|分季度|月份|时间|期间|目标|目标任务|任务|指标|year|years|quarter|period)$/i;

/** Texts of the header cells above a column, top-down, with repeats (from merges) dropped. */
export function columnHeaders(
  view: SheetView,
  column: number,
  headerTop: number,
  headerBottom: number
): string[] {
  const texts: string[] = [];
  for (let r = headerTop; r <= headerBottom; r++) {
    const text = view.shownText(r, column);
    if (text !== "" && texts[texts.length - 1] !== text) texts.push(text);
  }
  return texts;
}

function indicatorOf(headers: string[], fallback: string | null): string | null {
  for (const h of headers.slice(0, -1)) {
    const n = normalizeLabel(h);
    if (!GENERIC_GROUP.test(n) && headerPeriod(n) === null && headerKind(n) === null)
      return normalizeLabel(withoutTrailingNotes(h));
  }
  return fallback;
}

export function readColumns(
  view: SheetView,
  columns: number[],
  headerTop: number,
  headerBottom: number,
  title: string | null
): TableColumn[] {
  const titleIndicator = title ? indicatorFromTitle(title) : null;
  // `一季度` under a title `梁平区2024年…指导表` is 2024Q1: a period without a year takes the title's.
  const titleYear = title ? (/((?:19|20)\d{2})年/.exec(title)?.[1] ?? null) : null;
  const read = columns.map((index) => {
    const headers = columnHeaders(view, index, headerTop, headerBottom);
    const leaf = headers[headers.length - 1] ?? "";
    let period = headerPeriod(leaf) ?? headers.map(headerPeriod).find((p) => p !== null) ?? null;
    if (period && titleYear && !/^\d{4}/.test(period))
      period = `${titleYear}${period.startsWith("Q") ? "" : "-"}${period}`;
    if (!period && titleYear) period = titleYear; // 全年目标, 完成率, 合计 under a dated title
    const kind =
      headerKind(leaf) ??
      headers
        .map(headerKind)
        .reverse()
        .find((k) => k !== null) ??
      null;
    return {
      index,
      headers,
      period,
      rawKind: kind,
      indicator: indicatorOf(headers, titleIndicator),
    };
  });
  // A year written bare (`2025年`) in a breakdown table is a target. An "actual" column dated before the first
  // target year of its indicator is the plan's baseline (`2022年实际数` in a 2023–2027 plan).
  const firstTargetYear = new Map<string | null, number>();
  for (const c of read) {
    const year = c.period ? Number(c.period.slice(0, 4)) : NaN;
    if ((c.rawKind === "target" || c.rawKind === null) && Number.isFinite(year)) {
      const known = firstTargetYear.get(c.indicator);
      if (known === undefined || year < known) firstTargetYear.set(c.indicator, year);
    }
  }
  return read.map((c): TableColumn => {
    let kind: ColumnKind = c.rawKind ?? "target";
    const year = c.period ? Number(c.period.slice(0, 4)) : NaN;
    const first = firstTargetYear.get(c.indicator);
    if (kind === "actual" && first !== undefined && year < first) kind = "baseline";
    const measure = kind === "rate" ? computedMeasure(c.headers) : null;
    return {
      index: c.index,
      headers: c.headers,
      indicator: c.indicator,
      period: c.period,
      kind,
      ...(measure ? { measure } : {}),
    };
  });
}

/** A serial column: headed 序号 (or similar) left of the label column. */
export function findSerialColumn(
  view: SheetView,
  from: number,
  to: number,
  headerTop: number,
  headerBottom: number
): number | null {
  for (let c = from; c < to; c++) {
    if (columnHeaders(view, c, headerTop, headerBottom).some(isSerialHeader)) return c;
  }
  return null;
}
