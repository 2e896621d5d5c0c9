/** Plain views of a report for the pane: counts, filters, and findings grouped by sheet and by table. */
import type { WorkbookReport } from "../core/check";
import { RULE_ORDER } from "../core/checks/ruleOrder";
import type { Finding, RecognizedTable, RuleId, Severity, TrafficLight } from "../core/model";
import type { OutcomeKind } from "../core/results";
import type { CleanKind } from "./components/CleanResult";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Every rule, in the order of the core's registry (the order of the findings within a table). */
export const RULES: readonly RuleId[] = RULE_ORDER;

export type SeverityCounts = Record<Severity, number>;

/** The clean result to show for the core's kind of outcome (null: there are problems to list). */
export function cleanKindOf(kind: OutcomeKind): CleanKind | null {
  if (kind === "no-tables") return "noTables";
  if (kind === "no-findings") return "noFindings";
  if (kind === "infos-only") return "noErrorsOrWarnings";
  return null;
}

export { countBySeverity } from "../core/counts";

export function countByRule(findings: readonly Finding[]): Map<RuleId, number> {
  const counts = new Map<RuleId, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
}

/**
 * What the list shows: every finding but those of the severities and rules switched off. A filter outlives the
 * report it was set on (a re-run keeps it; a rule the run newly finds is shown).
 */
export interface FindingFilter {
  hiddenSeverities: ReadonlySet<Severity>;
  hiddenRules: ReadonlySet<RuleId>;
}

export const NO_FILTER: FindingFilter = { hiddenSeverities: new Set(), hiddenRules: new Set() };

export function isFiltering(filter: FindingFilter): boolean {
  return filter.hiddenSeverities.size > 0 || filter.hiddenRules.size > 0;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => !filter.hiddenSeverities.has(f.severity) && !filter.hiddenRules.has(f.rule)
  );
}

/** The filter with one item switched on or off. */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

export interface TableFindings {
  /** The table's range, or null for findings outside every recognized table (the 目标 sheet's rows). */
  range: string | null;
  title: string | null;
  findings: Finding[];
}

export interface SheetFindings {
  sheet: string;
  /** Every finding of the sheet, in the order of its tables. */
  findings: Finding[];
  tables: TableFindings[];
}

const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);

/**
 * Sheets in the order their first finding appears; inside a sheet, tables in the order of their first finding and
 * findings outside the tables last; inside a table, errors before warnings before info, otherwise as reported.
 */
export function groupBySheet(
  findings: readonly Finding[],
  tables: readonly RecognizedTable[] = []
): SheetFindings[] {
  const sheets = new Map<string, Map<string | null, Finding[]>>();
  for (const finding of findings) {
    let byTable = sheets.get(finding.sheet);
    if (!byTable) sheets.set(finding.sheet, (byTable = new Map()));
    const key = finding.table ?? null;
    const list = byTable.get(key);
    if (list) list.push(finding);
    else byTable.set(key, [finding]);
  }
  return [...sheets].map(([sheet, byTable]) => {
    const groups = [...byTable]
      .sort(([a], [b]) => Number(a === null) - Number(b === null))
      .map(([range, list]) => ({
        range,
        title:
          range === null
            ? null
            : (tables.find((t) => t.sheet === sheet && t.range === range)?.title ?? null),
        findings: [...list].sort((a, b) => rank(a) - rank(b)),
      }));
    return { sheet, tables: groups, findings: groups.flatMap((g) => g.findings) };
  });
}

export type LightCounts = Record<TrafficLight, number>;

/**
 * Units by traffic light over every actual column paired with its target (a unit counts once per indicator and
 * period); null when no table has both.
 */
export function countLights(report: WorkbookReport): LightCounts | null {
  const counts: LightCounts = { red: 0, yellow: 0, green: 0 };
  let any = false;
  for (const series of report.progress ?? [])
    for (const unit of series.units) {
      counts[unit.light]++;
      any = true;
    }
  return any ? counts : null;
}

type AsOfUsed = NonNullable<NonNullable<WorkbookReport["progress"]>[number]["asOf"]>;

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A header's `截至6月` of 2024 → `2024-06-30`; null when it names no whole month of a known year. */
function headerDate(asOf: AsOfUsed): string | null {
  if (asOf.source !== "header" || asOf.year === null || !Number.isInteger(asOf.months)) return null;
  const month = Math.max(1, asOf.months);
  return isoDate(asOf.year, month, new Date(Date.UTC(asOf.year, month, 0)).getUTCDate());
}

function asOfDates(report: WorkbookReport): AsOfUsed[] {
  return (report.progress ?? []).flatMap((series) => (series.asOf ? [series.asOf] : []));
}

/** The date the tables' headers name (`截至6月` under a 2024 title), when they all name the same one. */
export function asOfInTables(report: WorkbookReport): { date: string; words: string } | null {
  const found = asOfDates(report).filter((asOf) => asOf.source === "header");
  const dates = new Set(found.map(headerDate));
  if (found.length === 0 || dates.size !== 1 || dates.has(null)) return null;
  return { date: [...dates][0]!, words: found[0].text };
}

/** The as-of date every progress table used (for the summary's heading); null when none or several. */
export function asOfUsed(report: WorkbookReport): string | null {
  const dates = new Set(asOfDates(report).map((asOf) => headerDate(asOf) ?? asOf.text));
  return dates.size === 1 ? [...dates][0] : null;
}
