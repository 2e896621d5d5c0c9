/** The command line's text report and error lines (the usage line is bilingual in cli/options.ts). */
import type { CliTexts } from "../catalog";

export const cli: CliTexts = {
  fileUnreadable: (reason) => `cannot be read: ${reason}`,
  notXlsx: "not an .xlsx workbook (perhaps a renamed text or .xls file; save it as .xlsx in Excel)",
  encrypted: "the workbook is password-protected; remove the password in Excel and save it again",
  corrupt: "the file is damaged or incomplete and cannot be read as a workbook",
  fileMissing: "file not found",
  targetsFileError: (file, reason) => `targets file ${file}: ${reason}`,
  previousFileError: (file, reason) => `last month's file ${file} cannot be read: ${reason}`,
  asOfInvalid: (text) => `--as-of needs a date as YYYY-MM-DD (got ${text})`,
  planFileError: (file, reason) => `plan ${file}: ${reason}`,
  planNoTargets: (file) =>
    `plan ${file}: no target found (no section such as 工作目标 or 主要目标, and no sentence like “到2025年，全区……突破75家”)`,
  planHeading: (file, count, section) =>
    `Targets of the plan ${file} (${section ? `its “${section}” section` : "its sentences “到某年，全区……”"}, ${count}):`,
  planExcludedHeading: (count) => `Not taken as targets (${count}):`,
  planSentence: (sentence) => `plan: ${sentence}`,
  planSuperseded: (labels) =>
    `the plan's ${labels.join(", ")} not used: the 目标 sheet or --targets states a target of the same indicator and year`,
  tableLine: (where, what, units, totalRows, subtotalRows, columns) =>
    `table ${where} ${what}: ${units} units, total rows ${totalRows.join(", ")}` +
    (subtotalRows.length ? `, subtotal rows ${subtotalRows.join(", ")}` : "") +
    `, ${columns} data columns`,
  unverifiedLine: (where, why) => `not checked ${where}: ${why}`,
  otherFindings: "Other",
  written: (path) => `annotated copy written to ${path}`,
};
