/** The 校验结果 sheet's summary and header, severity names, and what the ribbon's dialog and the pane say after a run. */
import type { Severity } from "../../core/model";
import type { ResultsTexts } from "../../core/results";
import type { OutcomeTexts } from "../catalog";

/** English counts: `1 table`, `3 tables`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export const severity: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
};

export const results: ResultsTexts = {
  resultsTitle: "Breakdown check results",
  tablesChecked: "Tables checked",
  tablesValue: (count) => String(count),
  findingsValue: (count) => String(count),
  redUnits: "Units on red",
  yellowUnits: "Units on yellow",
  unitsValue: (count, meaning) => `${count} (${meaning})`,
  redMeaning: (yellowWithin) =>
    `more than ${yellowWithin} points behind time progress; coloured light orange`,
  yellowMeaning: (greenWithin, yellowWithin) =>
    greenWithin > 0
      ? `${greenWithin} to ${yellowWithin} points behind time progress; coloured like warnings`
      : `up to ${yellowWithin} points behind time progress; coloured like warnings`,
  severityMeaning: {
    error: "totals that differ from their units, formulas leaving cells out, plan targets not met",
    warning:
      "numbers stored as text, repeated units or serials, falling targets, not doubled, behind schedule",
    info: "targets that could not be compared, missing as-of dates",
  },
  asOfLabel: "As of",
  asOfValue: (text, source) =>
    `${text} (${source === "option" ? "given" : source === "header" ? "from the headers" : "today"})`,
  timeProgressLabel: "Time progress",
  withSheets: (value, sheets) => `${value} (${sheets.join(", ")})`,
  listSeparator: "; ",
  noProgress: "— (no actual columns)",
  noAsOf: "— (no as-of date found)",
  columns: {
    sheet: "Sheet",
    cell: "Cell",
    rule: "Rule",
    severity: "Severity",
    expected: "Expected",
    actual: "Actual",
    difference: "Difference",
    message: "Message",
  },
  noFindings: "No problems found",
};

export const outcome: OutcomeTexts = {
  summary: (tables, errors, warnings, infos) =>
    `${count(tables, "table")} checked: ${count(errors, "error")}, ${count(warnings, "warning")}` +
    (infos > 0 ? `, ${count(infos, "note")}` : ""),
  checkDone: "Check complete",
  checkFailed: "The check did not finish",
  writtenToResults: (summary) => `${summary}; listed on the 校验结果 sheet`,
  nothingFound: (tables) =>
    `${tables} ${tables === 1 ? "table" : "tables"} checked: no problems found; listed on the 校验结果 sheet`,
  noTables: "No breakdown table found",
  noTablesHint:
    "A table needs a total or subtotal row (合计, 总计, 小计) or a total column (合计), with its header above the data.",
  behindUnits: (red, yellow) => `Units behind time progress: ${red} on red, ${yellow} on yellow`,
  noAnnotations: "This Excel cannot add notes; the 校验结果 sheet explains every finding",
  unmarked: (count) =>
    `${count} more cells were left uncoloured (too many); the 校验结果 sheet lists every finding`,
  unlinked: (linked, total) =>
    `The first ${linked} of ${total} findings on the 校验结果 sheet link to their cells`,
  failureCode: (code) => `Error code: ${code}`,
  chartsInserted: (count) => `${count} charts inserted on the 进度图表 sheet`,
};
