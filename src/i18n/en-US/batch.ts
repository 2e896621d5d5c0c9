/** The browser page's file list (a month's returns from every town, checked at once), in English. */
import type { BatchTexts } from "../batch";

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

export const batch: BatchTexts = {
  heading: (files) => `File list (${plural(files, "file")})`,
  intro:
    "Drop or choose several files at once and they are listed here. Click a name to open it in the grid; Check all runs in the background, one file after another, and can be cancelled.",
  actionsLabel: "File list actions",
  checkAll: "Check all",
  cancel: "Cancel",
  downloadAll: "Download all annotated copies",
  exportCsv: "Export findings (CSV)",
  exportXlsx: "Export findings (XLSX)",
  clear: "Clear the list",
  checking: (done, total, name) => `Checking ${done}/${total}: ${name}`,
  copying: (done, total, name) => `Making annotated copy ${done}/${total}: ${name}`,
  zipping: "Zipping the annotated copies…",
  progressLabel: "File list progress",
  checked: (files, ms) => `Checked ${plural(files, "file")} in ${(ms / 1000).toFixed(1)} s`,
  cancelled: (done, total) => `Cancelled: ${done} of ${plural(total, "file")} done`,
  zipped: (copies, fileName) =>
    `Downloaded ${fileName} (${plural(copies, "annotated copy", "annotated copies")})`,
  notZipped: (names) => `Not in the zip (${plural(names.length, "file")}): ${names.join("; ")}`,
  exported: (fileName) => `Exported ${fileName}`,
  failed: (reason) => `Failed: ${reason}`,
  columns: { file: "File", state: "State", errors: "Errors", warnings: "Warnings", infos: "Notes" },
  openFile: (name) => `Open ${name} in the grid`,
  state: {
    waiting: "Waiting",
    checking: "Checking",
    errors: (count) => plural(count, "error"),
    warnings: (count) => plural(count, "warning"),
    clean: "No problems",
    noTables: "No table recognized",
    unreadable: "Cannot be read",
  },
  unreadableWhy: (reason) => `Cannot be read: ${reason}`,
  readFailed: (detail) => `the file could not be read again (moved or deleted? ${detail})`,
  summaryHeading: "Summary",
  summaryLine: (t) =>
    [
      plural(t.files, "file"),
      `${t.withErrors} with errors`,
      `${t.withWarnings} with warnings only`,
      `${t.clean} without problems`,
      ...(t.noTables ? [`${t.noTables} without a recognized table`] : []),
      `${t.unreadable} unreadable`,
      ...(t.waiting ? [`${t.waiting} not checked yet`] : []),
    ].join(", ") +
    `; ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}, ${plural(t.infos, "note")} in all`,
  followUpHeading: "Files to follow up (errors first)",
  byRuleHeading: "By rule",
  ruleLine: (ruleName, findings, files) =>
    `${ruleName}: ${plural(findings, "finding")} in ${plural(files, "file")}`,
  zipName: "annotated-copies.zip",
  exportName: "findings",
  exportSheet: "Findings",
  exportHeader: {
    file: "File",
    sheet: "Sheet",
    cell: "Cell",
    rule: "Rule",
    ruleName: "Rule name",
    severity: "Severity",
    message: "Message",
  },
  exportUnreadable: "Cannot be read",
};
