/** The CLI's two outputs: the JSON of spec/checks.md and a text report for people. */
import { countBySeverity } from "../core/counts";
import { text } from "../core/messages";
import type { Locale } from "../core/model";
import type { FileResult } from "./checkFile";

export function jsonReport(results: FileResult[]): string {
  return JSON.stringify(
    {
      files: results.map((r) => ({
        file: r.file,
        error: r.error,
        tables: r.tables,
        findings: r.findings,
      })),
    },
    null,
    2
  );
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
    }
    for (const f of r.findings)
      lines.push(`   ${t.severity[f.severity]} ${f.sheet}!${f.cell} [${f.rule}] ${f.message}`);
    const counts = countBySeverity(r.findings);
    lines.push(
      `   ${r.findings.length === 0 ? t.noFindings : t.summary(r.tables.length, counts.error, counts.warning)}`
    );
    if (r.written)
      lines.push(
        zh ? `   已写出标注副本 ${r.written}` : `   annotated copy written to ${r.written}`
      );
  }
  return lines.join("\n");
}
