/** The CLI's two outputs: the JSON of spec/checks.md and a text report for people. */
import type { TargetOutcome } from "../core/check";
import type { Finding } from "../core/model";
import { summarizeReport } from "../core/results";
import { catalog, renderFinding, renderSummaryLine, type Locale } from "../i18n";
import { bulletinJson, bulletinLines, fileBulletin } from "./bulletinReport";
import type { FileResult } from "./checkFile";

export interface ReportOptions {
  /** `--bulletin`: each file's bulletin after its findings (text), a `bulletin` field (JSON). */
  bulletin?: boolean;
}

/** `extra`: top-level fields besides `files` (`plan` with `--plan`). */
export function jsonReport(
  results: FileResult[],
  locale: Locale,
  options: ReportOptions = {},
  extra: Record<string, unknown> = {}
): string {
  return JSON.stringify(
    {
      files: results.map((r) => ({
        file: r.file,
        error: r.error,
        tables: r.tables,
        findings: r.findings.map((f) => findingJson(f, locale)),
        targets: (r.targets ?? []).map((o) => targetJson(o, locale)),
        ...(options.bulletin && !r.error
          ? { bulletin: bulletinJson(fileBulletin(r), locale) }
          : {}),
      })),
      ...extra,
    },
    null,
    2
  );
}

/**
 * A finding as the contract has it: `message` in the chosen language where the finding holds `messageId` and
 * `params`, the other fields as they are, in the order the rule built them.
 */
function findingJson(f: Finding, locale: Locale): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(f)) {
    if (key === "params") continue;
    if (key === "messageId") json.message = renderFinding(f, locale);
    else json[key] = value;
  }
  return json;
}

/** A target and its outcome, flat: what it says, where it came from, and whether the table meets it. */
function targetJson(o: TargetOutcome, locale: Locale) {
  const { target } = o;
  return {
    indicator: target.indicator,
    period: target.period ?? null,
    op: target.op,
    ...(target.value !== undefined ? { value: target.value } : {}),
    ...(target.unit ? { unit: target.unit } : {}),
    ...(target.base ? { base: target.base } : {}),
    ...(target.source ? { source: target.source } : {}),
    status: o.status,
    ...(o.sheet ? { sheet: o.sheet } : {}),
    ...(o.cell ? { cell: o.cell } : {}),
    ...(o.actual !== undefined ? { actual: o.actual } : {}),
    ...(o.expected !== undefined ? { expected: o.expected } : {}),
    ...(o.reason ? { reason: catalog(locale).targets.reason(o.reason) } : {}),
  };
}

export function textReport(
  results: FileResult[],
  locale: Locale,
  options: ReportOptions = {}
): string {
  const words = catalog(locale);
  const t = words.cli;
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`== ${r.file}`);
    if (r.error) {
      lines.push(`   ${t.fileUnreadable(r.error)}`);
      continue;
    }
    const unverified = r.findings.filter((f) => f.rule === "table-unverified");
    if (r.tables.length === 0 && unverified.length === 0)
      lines.push(`   ${words.outcome.noTables}: ${words.outcome.noTablesHint}`);
    const line = (f: Finding) =>
      `      ${words.severity[f.severity]} ${f.sheet}!${f.cell} [${f.rule}] ${renderFinding(f, locale)}`;
    const listed = new Set<Finding>();
    for (const table of r.tables) {
      const what = [table.title, table.unitOfMeasure ? `(${table.unitOfMeasure})` : null]
        .filter(Boolean)
        .join(" ");
      lines.push(
        `   ${t.tableLine(
          `${table.sheet}!${table.range}`,
          what,
          table.unitRows.length,
          table.totalRows,
          table.subtotalRows,
          table.periods.length
        )}`
      );
      for (const f of r.findings)
        if (f.rule !== "table-unverified" && f.table === table.range && f.sheet === table.sheet) {
          lines.push(line(f));
          listed.add(f);
        }
    }
    // Blocks that look like tables but were not checked, per sheet, with the reason (never a silent skip).
    for (const f of unverified) {
      lines.push(
        `   ${t.unverifiedLine(`${f.sheet}!${f.table ?? f.cell}`, renderFinding(f, locale))}`
      );
      listed.add(f);
    }
    const others = r.findings.filter((f) => !listed.has(f));
    if (others.length) {
      lines.push(`   ${t.otherFindings}`);
      for (const f of others) lines.push(line(f));
    }
    lines.push(
      `   ${
        r.findings.length === 0
          ? words.results.noFindings
          : renderSummaryLine(summarizeReport(r), locale)
      }`
    );
    if (options.bulletin) lines.push("", ...bulletinLines(fileBulletin(r), locale), "");
    if (r.written) lines.push(`   ${t.written(r.written)}`);
    if (r.written && r.resultsSheet)
      lines.push(
        locale === "zh-CN"
          ? `   工作簿已有“校验结果”表，结果写在“${r.resultsSheet}”表`
          : `   the workbook already has a 校验结果 sheet; the results are on ${r.resultsSheet}`
      );
    for (const warning of r.written ? (r.copyWarnings ?? []) : []) lines.push(`   ${warning}`);
  }
  return lines.join("\n");
}
