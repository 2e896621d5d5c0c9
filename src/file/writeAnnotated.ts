/**
 * The file door's writing half: the mark plan applied to a copy of the workbook — a fill and a note per
 * flagged cell and a 校验结果 sheet. Values, formulas and number formats are never touched.
 */
import ExcelJS from "exceljs";
import { parseCell } from "../core/a1";
import { RESULTS_SHEET_NAME, type MarkPlan } from "../core/marks";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function applyMarkPlan(workbook: ExcelJS.Workbook, plan: MarkPlan): void {
  for (const mark of plan.cells) {
    const worksheet = workbook.getWorksheet(mark.sheet);
    const position = parseCell(mark.cell);
    if (!worksheet || !position) continue;
    const cell = worksheet.getCell(position.row + 1, position.column + 1);
    // Cells loaded from a file share style objects: give this cell its own, or the fill spreads to its twins.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(mark.fill) } },
    };
    const existing =
      typeof cell.note === "string" ? cell.note : cell.note?.texts?.map((t) => t.text).join("");
    cell.note = existing ? `${existing}\n——\n${mark.note}` : mark.note;
  }
  writeResultsSheet(workbook, plan.results);
}

function writeResultsSheet(workbook: ExcelJS.Workbook, rows: string[][]): void {
  const previous = workbook.getWorksheet(RESULTS_SHEET_NAME);
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(RESULTS_SHEET_NAME);
  // ExcelJS writes a JS string as a text cell, so a unit name like `=HYPERLINK(…)` can never become a formula.
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const widths = [12, 8, 16, 6, 12, 12, 10, 60];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

export async function annotatedWorkbookBytes(
  workbook: ExcelJS.Workbook,
  plan: MarkPlan
): Promise<Uint8Array> {
  applyMarkPlan(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
