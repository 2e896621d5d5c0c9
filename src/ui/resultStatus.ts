/** What kind of result a report is, and the one sentence read out when a run ends (pane and page alike). */
import type { WorkbookReport } from "../core/check";
import type { UiTexts } from "../i18n";
import type { CleanKind } from "./components/CleanResult";
import { summarizeReport } from "../core/results";
import { cleanKindOf, countBySeverity, SEVERITIES } from "./reportView";

/** Nothing to fix (and why), or null when there are errors or warnings to look at. */
export function cleanKind(report: WorkbookReport): CleanKind | null {
  return cleanKindOf(summarizeReport(report).kind);
}

/** `共检查 3 张表：错误 1 处，警告 0 处，提示 0 处`, or that no table was recognized. */
export function resultAnnouncement(texts: UiTexts, report: WorkbookReport): string {
  const counts = countBySeverity(report.findings);
  if (cleanKind(report) === "noTables") return texts.noTables;
  const tallies = SEVERITIES.map((severity) =>
    texts.severityCount(texts.severity[severity], counts[severity])
  );
  return texts.resultAnnouncement(texts.tablesChecked(report.tables.length), tallies);
}
