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
  tableLine: (where, what, units, totalRows, subtotalRows, columns) =>
    `table ${where} ${what}: ${units} units, total rows ${totalRows.join(", ")}` +
    (subtotalRows.length ? `, subtotal rows ${subtotalRows.join(", ")}` : "") +
    `, ${columns} data columns`,
  unverifiedLine: (where, why) => `not checked ${where}: ${why}`,
  otherFindings: "Other",
  written: (path) => `annotated copy written to ${path}`,
};
