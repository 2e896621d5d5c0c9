/**
 * The mark plan: what the add-in writes into a workbook for a set of findings — a fill and a note per flagged
 * cell, and the rows of the 校验结果 sheet. It is data, so "what gets highlighted" is decided (and tested) once,
 * here, for every door.
 */
import type { Finding, ProgressThresholds, Severity } from "./model";
import { LIGHT_FILL, SEVERITY_FILL } from "./palette";
import { resultsLayout, type ReportLike, type ReportWords, type ResultsLayout } from "./results";

export { LIGHT_FILL, SEVERITY_FILL } from "./palette";

export const RESULTS_SHEET_NAME = "校验结果";

export interface CellMark {
  sheet: string;
  /** A1 address without the sheet name. */
  cell: string;
  fill: string;
  severity: Severity;
  /** All messages for this cell, one per line, in the words given. */
  note: string;
}

export interface MarkPlan {
  cells: CellMark[];
  /** The 校验结果 sheet: its rows (summary, then the findings table at `headerRow`), where the findings table starts, which cells link to which finding, the legend's colours. */
  layout: ResultsLayout;
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/**
 * One mark per flagged cell; a cell with several findings takes the colour of the most severe, a unit behind
 * schedule the colour of its light. Given the whole report (not only its findings), the 校验结果 summary also
 * counts the tables and shows the as-of date and time progress. The words are the door's (`reportWords(locale)`).
 */
export function planMarks(
  report: Finding[] | ReportLike,
  words: ReportWords,
  options: { thresholds?: ProgressThresholds } = {}
): MarkPlan {
  const findings = Array.isArray(report) ? report : report.findings;
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
    // A unit far behind schedule (red light) is a warning in a colour of its own (light orange), never the error's.
    const red = severity === "warning" && list.some((f) => f.light === "red");
    const yellow = severity === "warning" && list.some((f) => f.light === "yellow");
    cells.push({
      sheet: list[0].sheet,
      cell: list[0].cell,
      fill: red ? LIGHT_FILL.red : yellow ? LIGHT_FILL.yellow : SEVERITY_FILL[severity],
      severity,
      note: list.map((f) => words.finding(f)).join("\n"),
    });
  }
  const layout = resultsLayout(report, words, { thresholds: options.thresholds });
  return { cells, layout };
}
