/** Plain views of a report for the pane: counts per severity and findings grouped by sheet. */
import type { Finding, Severity } from "../core/model";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Record<Severity, number>;

export { countBySeverity } from "../core/counts";

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

/** Sheets in the order their first finding appears; inside a sheet, errors before warnings before info, otherwise as reported. */
export function groupBySheet(findings: readonly Finding[]): SheetFindings[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);
  return [...groups].map(([sheet, list]) => ({
    sheet,
    findings: [...list].sort((a, b) => rank(a) - rank(b)),
  }));
}
