/** The one pipeline every door calls: grid in, recognized tables and findings out. */
import type { WorkbookGrid } from "./grid";
import type { CheckOptions, Finding, RecognizedTable, SheetReport } from "./model";
import { recognizeSheet } from "./recognize/recognizeSheet";
import { checkSums } from "./checks/sums";

export interface WorkbookReport extends SheetReport {
  tables: RecognizedTable[];
  findings: Finding[];
}

export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): WorkbookReport {
  const locale = options.locale ?? "zh-CN";
  const tables: RecognizedTable[] = [];
  const findings: Finding[] = [];
  for (const sheet of workbook.sheets) {
    for (const table of recognizeSheet(sheet)) {
      tables.push(table.summary);
      findings.push(...checkSums(sheet, table, locale));
    }
  }
  return { tables, findings };
}
