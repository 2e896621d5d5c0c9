/**
 * The officer's follow-up list: every finding of every file as rows (file, sheet, cell, rule id, rule name,
 * severity, message — worded in the page's language), an unreadable file as a row of its own with the reason, and
 * the same rows as CSV (UTF-8 with a BOM, so Excel opens the Chinese right). Pure.
 */
import { catalog, renderFinding, type Locale } from "../../i18n";
import type { BatchEntry } from "./batchList";

export function findingRows(entries: BatchEntry[], locale: Locale): string[][] {
  const words = catalog(locale);
  const header = words.batch.exportHeader;
  const rows: string[][] = [
    [
      header.file,
      header.sheet,
      header.cell,
      header.rule,
      header.ruleName,
      header.severity,
      header.message,
    ],
  ];
  for (const entry of entries) {
    const { state } = entry;
    if (state.kind === "unreadable") {
      const why = locale === "zh-CN" ? state.why.zh : state.why.en;
      rows.push([entry.name, "", "", "", "", words.batch.exportUnreadable, why]);
      continue;
    }
    if (state.kind !== "checked") continue;
    for (const f of state.check.findings)
      rows.push([
        entry.name,
        f.sheet,
        f.cell,
        f.rule,
        words.rules[f.rule] ?? f.rule,
        words.severity[f.severity],
        renderFinding(f, locale),
      ]);
  }
  return rows;
}

/**
 * A text that Excel would take for a formula (`=`, `+`, `@`, or `-` not starting a number) gets a leading
 * apostrophe in the CSV, so opening the list never runs anything a file or sheet name carried.
 */
function inert(value: string): string {
  return /^[=+@\t\r]/.test(value) || /^-(?![\d.])/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const text = inert(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 lines (CRLF) after a UTF-8 byte order mark. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * The names of the copies in the zip: `报表.checked.xlsx` as the single download names it, and for a second input
 * of the same base name `报表.checked (2).xlsx`, as the CLI's `--out` does.
 */
export function copyNames(names: string[], annotatedName: (name: string) => string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const first = annotatedName(name);
    let chosen = first;
    for (let n = 2; taken.has(chosen.toLowerCase()); n++)
      chosen = first.replace(/\.checked\.xlsx$/, `.checked (${n}).xlsx`);
    taken.add(chosen.toLowerCase());
    return chosen;
  });
}
