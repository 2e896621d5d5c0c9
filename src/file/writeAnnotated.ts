/**
 * The file door's writing half: the mark plan applied to a copy of the workbook — a fill and a note per
 * flagged cell and a 校验结果 sheet laid out as in Excel (src/core/results.ts): the summary on top with the palette in
 * its colours, then the findings, each 单元格 linking to its cell. Values, formulas and number formats of the user's
 * sheets are never touched.
 */
import ExcelJS from "exceljs";
import { cellAddress, parseCell } from "../core/a1";
import { RESULTS_SHEET_NAME, type MarkPlan } from "../core/marks";
import type { ResultsLayout, ResultsLink } from "../core/results";

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
  writeResultsSheet(workbook, plan.layout);
}

function writeResultsSheet(workbook: ExcelJS.Workbook, layout: ResultsLayout): void {
  const previous = workbook.getWorksheet(RESULTS_SHEET_NAME);
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(RESULTS_SHEET_NAME);
  // ExcelJS writes a JS string as a text cell, so a unit name like `=HYPERLINK(…)` can never become a formula.
  for (const row of layout.rows) sheet.addRow(row);
  for (const row of layout.boldRows) sheet.getRow(row + 1).font = { bold: true };
  for (const fill of layout.fills)
    sheet.getCell(fill.row + 1, fill.column + 1).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(fill.color) },
    };
  for (const link of layout.links) {
    const cell = sheet.getCell(cellAddress(link.row, link.column));
    cell.value = { formula: linkFormula(link), result: link.text } as ExcelJS.CellFormulaValue;
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  const widths = [12, 10, 16, 8, 12, 12, 10, 60];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/**
 * `HYPERLINK("#'附件1'!G32","G32")`. ExcelJS 4.4 writes a link value ({ text, hyperlink: "#…" }) as an external
 * relationship *and* a location, which desktop Excel joins into "#'附件1'!G32##'附件1'!G32" and cannot follow
 * (exceljs issues #749, #3027); the HYPERLINK function jumps inside the workbook in Excel, WPS and LibreOffice. It
 * is built from the sheet name and address only — quotes doubled — never from a cell's text.
 */
export function linkFormula(link: ResultsLink): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(`#${link.reference}`)},${quote(link.text)})`;
}

export async function annotatedWorkbookBytes(
  workbook: ExcelJS.Workbook,
  plan: MarkPlan
): Promise<Uint8Array> {
  applyMarkPlan(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
