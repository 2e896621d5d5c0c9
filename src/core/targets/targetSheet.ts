/**
 * The workbook's own targets: a sheet (usually named `目标`) with the header `指标 | 期间 | 条件 | 目标值`, an
 * optional `依据` (the plan's sentence), `基期` (the base of 翻番 rows) and `单位` (the unit of 目标值 when it is
 * not the table's). English headers work too (`Indicator | Period | Condition | Target | Source | Base | Unit`).
 * A row with only a 依据 sentence is read as that sentence. Rows that cannot be read are reported, not guessed.
 */
import { cellAddress } from "../a1";
import { isCellError, type CellValue, type SheetGrid } from "../grid";
import type { PlanTarget } from "../model";
import { readNumber } from "../numbers";
import { SheetView } from "../recognize/sheetView";
import { parsePlanSentence } from "./sentences";
import { normalizeUnit, opOf } from "./words";

export type TargetField = "indicator" | "period" | "op" | "value" | "source" | "base" | "unit";
type Field = TargetField;

const HEADER_WORDS: Record<Field, RegExp> = {
  indicator: /^(指标|指标名称|目标指标|indicator)$/i,
  period: /^(期间|年份|年度|目标年|目标年份|时间|period|year)$/i,
  op: /^(条件|比较|要求|condition|op|operator)$/i,
  value: /^(目标值|目标|数值|目标数|target|value)$/i,
  source: /^(依据|来源|原文|出处|source)$/i,
  base: /^(基期|基年|基数年份|base|baseyear)$/i,
  unit: /^(单位|计量单位|unit)$/i,
};

/** A row of the target sheet that could not be read, with the cell to point at. */
export interface TargetSheetProblem {
  sheet: string;
  cell: string;
  kind: "condition" | "value" | "period" | "base";
  text: string;
}

export interface TargetSheetReading {
  sheet: string;
  targets: PlanTarget[];
  problems: TargetSheetProblem[];
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value).trim();
}

const STARTS_WITH_DIGIT = /^\d/;

/** The field a header cell names (`指标`, `条件`, `Target` …), or null. */
export function headerField(text: string): Field | null {
  const t = text.replace(/[\s\u3000：:]/g, "");
  // No header word is empty or begins with a digit (the figures under a header): not worth the patterns.
  if (t === "" || STARTS_WITH_DIGIT.test(t)) return null;
  for (const field of Object.keys(HEADER_WORDS) as Field[])
    if (HEADER_WORDS[field].test(t)) return field;
  return null;
}

/** `2025`, `2025年`, `2025年底`, 2025 → `2025`; null otherwise. */
export function yearText(value: CellValue): string | null {
  const text = cellText(value);
  const match = /^(?:到|至)?\s*((?:19|20)\d{2})\s*(?:年(?:底|末)?)?$/.exec(text);
  return match ? match[1] : null;
}

/** Finds the header row (指标, 条件 and 目标值 at least) within the first rows of a sheet. */
function findHeader(view: SheetView): { row: number; columns: Map<Field, number> } | null {
  const lastRow = Math.min(view.bottom, view.top + 20);
  for (let r = view.top; r <= lastRow; r++) {
    const columns = new Map<Field, number>();
    for (let c = view.left; c <= view.right; c++) {
      const field = headerField(view.shownText(r, c));
      if (field && !columns.has(field)) columns.set(field, c);
    }
    if (columns.has("indicator") && columns.has("op") && columns.has("value"))
      return { row: r, columns };
  }
  return null;
}

/** Reads a target sheet; null when the sheet has no target header. */
export function readTargetSheet(sheet: SheetGrid): TargetSheetReading | null {
  const view = new SheetView(sheet);
  const header = findHeader(view);
  if (!header) return null;
  const { columns } = header;
  const at = (row: number, field: Field): CellValue => {
    const c = columns.get(field);
    return c === undefined ? null : view.value(row, c);
  };
  const cellOf = (row: number, field: Field) => cellAddress(row, columns.get(field) ?? view.left);
  const targets: PlanTarget[] = [];
  const problems: TargetSheetProblem[] = [];
  const problem = (row: number, field: Field, kind: TargetSheetProblem["kind"], text: string) =>
    problems.push({ sheet: sheet.name, cell: cellOf(row, field), kind, text });

  for (let r = header.row + 1; r <= view.bottom; r++) {
    const indicator = cellText(at(r, "indicator"));
    const opText = cellText(at(r, "op"));
    const source = cellText(at(r, "source"));
    if (indicator === "" && opText === "") {
      // A row holding only the plan's sentence: read the sentence.
      if (source)
        for (const t of parsePlanSentence(source))
          targets.push({ ...t, from: { sheet: sheet.name, cell: cellOf(r, "source") } });
      continue;
    }
    const from = { sheet: sheet.name, cell: cellOf(r, "indicator") };
    const op = opOf(opText);
    if (!op) {
      problem(r, "op", "condition", opText);
      continue;
    }
    const periodValue = at(r, "period");
    const period = yearText(periodValue);
    if (!period) {
      problem(r, "period", "period", cellText(periodValue));
      continue;
    }
    const target: PlanTarget = { indicator, period, op, verb: opText, from };
    if (source) target.source = source;
    const unit = normalizeUnit(cellText(at(r, "unit")));
    if (op === "double") {
      const base = yearText(at(r, "base"));
      if (!base) {
        problem(r, columns.has("base") ? "base" : "op", "base", cellText(at(r, "base")));
        continue;
      }
      target.base = base;
    } else {
      const valueCell = at(r, "value");
      const reading = readNumber(valueCell);
      const text = cellText(valueCell);
      // `60亿元` written in the cell: the unit goes with the value.
      const written = /^[\d.,]+\s*(万亿元|亿元|万元|元|亿|万)$/.exec(text.replace(/\s/g, ""));
      if (written) {
        target.value = Number(text.replace(/[^\d.]/g, ""));
        target.unit = normalizeUnit(written[1]) ?? undefined;
      } else if (reading.kind === "number" || reading.kind === "numeric-text") {
        const percent = reading.kind === "numeric-text" && /[%％]$/.test(reading.text.trim());
        target.value = percent ? Number((reading.value * 100).toPrecision(12)) : reading.value;
        if (percent) target.unit = "%";
        else if (unit) target.unit = unit;
      } else {
        problem(r, "value", "value", text);
        continue;
      }
    }
    targets.push(target);
  }
  return { sheet: sheet.name, targets, problems };
}
