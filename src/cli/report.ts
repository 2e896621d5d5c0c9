/** The CLI's two outputs: the JSON of spec/checks.md and a text report for people. */
import { countBySeverity } from "../core/counts";
import { text } from "../core/messages";
import type { Locale } from "../core/model";
import type { TargetOutcome } from "../core/check";
import type { Finding } from "../core/model";
import type { FileResult } from "./checkFile";

export function jsonReport(results: FileResult[]): string {
  return JSON.stringify(
    {
      files: results.map((r) => ({
        file: r.file,
        error: r.error,
        tables: r.tables,
        findings: r.findings,
        targets: (r.targets ?? []).map(targetJson),
      })),
    },
    null,
    2
  );
}

/** A target and its outcome, flat: what it says, where it came from, and whether the table meets it. */
function targetJson(o: TargetOutcome) {
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
    ...(o.reason ? { reason: o.reason } : {}),
  };
}

export function textReport(results: FileResult[], locale: Locale): string {
  const t = text(locale);
  const zh = locale === "zh-CN";
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`== ${r.file}`);
    if (r.error) {
      lines.push(`   ${t.fileUnreadable(r.error)}`);
      continue;
    }
    if (r.tables.length === 0)
      lines.push(
        zh
          ? "   未识别到分解表（没有找到合计行）"
          : "   no breakdown table recognized (no total row found)"
      );
    const line = (f: Finding) =>
      `      ${t.severity[f.severity]} ${f.sheet}!${f.cell} [${f.rule}] ${f.message}`;
    const listed = new Set<Finding>();
    for (const table of r.tables) {
      const what = [table.title, table.unitOfMeasure ? `(${table.unitOfMeasure})` : null]
        .filter(Boolean)
        .join(" ");
      lines.push(
        zh
          ? `   表 ${table.sheet}!${table.range} ${what}：${table.unitRows.length} 个单位，合计行 ${table.totalRows.join("、")}` +
              (table.subtotalRows.length ? `，小计行 ${table.subtotalRows.join("、")}` : "") +
              `，${table.periods.length} 个数据列`
          : `   table ${table.sheet}!${table.range} ${what}: ${table.unitRows.length} units, total rows ${table.totalRows.join(", ")}` +
              (table.subtotalRows.length
                ? `, subtotal rows ${table.subtotalRows.join(", ")}`
                : "") +
              `, ${table.periods.length} data columns`
      );
      for (const f of r.findings)
        if (f.table === table.range && f.sheet === table.sheet) {
          lines.push(line(f));
          listed.add(f);
        }
    }
    const others = r.findings.filter((f) => !listed.has(f));
    if (others.length) {
      lines.push(`   ${t.otherFindings}`);
      for (const f of others) lines.push(line(f));
    }
    const counts = countBySeverity(r.findings);
    lines.push(
      `   ${
        r.findings.length === 0
          ? t.noFindings
          : counts.info > 0
            ? t.summaryWithInfo(r.tables.length, counts.error, counts.warning, counts.info)
            : t.summary(r.tables.length, counts.error, counts.warning)
      }`
    );
    if (r.written)
      lines.push(
        zh ? `   已写出标注副本 ${r.written}` : `   annotated copy written to ${r.written}`
      );
  }
  return lines.join("\n");
}
