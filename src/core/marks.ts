/**
 * The mark plan: what the add-in writes into a workbook for a set of findings — a fill and a note per flagged
 * cell, and the rows of the 校验结果 sheet. It is data, so "what gets highlighted" is decided (and tested) once,
 * here, for every door.
 */
import type { Finding, Locale, Severity } from "./model";
import { text } from "./messages";

/** One palette for every door; the pane explains it. Light fills keep the numbers readable. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Traffic lights of `behind-schedule`: a red light takes the error colour, a yellow one the warning colour. */
export const LIGHT_FILL: Record<"red" | "yellow", string> = {
  red: SEVERITY_FILL.error,
  yellow: SEVERITY_FILL.warning,
};

export const RESULTS_SHEET_NAME = "校验结果";

export interface CellMark {
  sheet: string;
  /** A1 address without the sheet name. */
  cell: string;
  fill: string;
  severity: Severity;
  /** All messages for this cell, one per line. */
  note: string;
}

export interface MarkPlan {
  cells: CellMark[];
  /** The 校验结果 sheet, header row first; every value is text. */
  results: string[][];
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/** One mark per flagged cell; a cell with several findings takes the colour of the most severe. */
export function planMarks(findings: Finding[], locale: Locale = "zh-CN"): MarkPlan {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const list = byCell.get(key);
    if (list) list.push(finding);
    else byCell.set(key, [finding]);
  }
  const cells: CellMark[] = [];
  for (const list of byCell.values()) {
    const severity = SEVERITY_ORDER.find((s) => list.some((f) => f.severity === s)) ?? "info";
    // A unit far behind schedule (red light) is coloured like an error, though it is a warning.
    const red = severity === "warning" && list.some((f) => f.light === "red");
    cells.push({
      sheet: list[0].sheet,
      cell: list[0].cell,
      fill: red ? LIGHT_FILL.red : SEVERITY_FILL[severity],
      severity,
      note: list.map((f) => f.message).join("\n"),
    });
  }
  return { cells, results: resultsRows(findings, locale) };
}

function numberText(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

export function resultsRows(findings: Finding[], locale: Locale = "zh-CN"): string[][] {
  const t = text(locale);
  const header = [
    t.colSheet,
    t.colCell,
    t.colRule,
    t.colSeverity,
    t.colExpected,
    t.colActual,
    t.colDifference,
    t.colMessage,
  ];
  const rows = findings.map((f) => [
    f.sheet,
    f.cell,
    f.rule,
    t.severity[f.severity],
    numberText(f.expected),
    numberText(f.actual),
    numberText(f.difference),
    f.message,
  ]);
  return [header, ...rows];
}
