/**
 * The 目标 sheet as the browser page shows it after the targets editor: the plan targets written into an ExcelJS
 * workbook, laid out as in Excel (src/core/targets/targetSheetLayout.ts — a title above the table, unreadable rows
 * and unknown columns stay). ExcelJS writes a JS string as a text cell, never a formula; text cells are formatted
 * "@" as in Excel. The annotated copy does not use this: it patches only the cells whose value changed
 * (src/file/patch/targetCells.ts).
 */
import type ExcelJS from "exceljs";
import { TARGET_SHEET_NAME, type TargetSheetWrite } from "../core/targets/targetSheetLayout";

/** Writes a layout made earlier (the browser page makes it when the targets are set, and writes it into each copy). */
export function writeTargetSheetLayout(workbook: ExcelJS.Workbook, layout: TargetSheetWrite): void {
  const sheet =
    workbook.getWorksheet(TARGET_SHEET_NAME) ?? workbook.addWorksheet(TARGET_SHEET_NAME);
  // Cells loaded from a file share style objects: each cell written gets its own.
  const setCell = (row: number, column: number, value: string | number | null, bold = false) => {
    const cell = sheet.getCell(row + 1, column + 1);
    cell.value = value;
    cell.style = {
      ...cell.style,
      numFmt: typeof value === "string" ? "@" : "General",
      ...(bold ? { font: { ...cell.style.font, bold: true } } : {}),
    };
  };
  if (layout.clear) {
    for (let row = layout.clear.top; row <= layout.clear.bottom; row++)
      for (let column = layout.clear.left; column <= layout.clear.right; column++)
        setCell(row, column, null);
  }
  layout.rows.forEach((cells, r) =>
    cells.forEach((value, c) => setCell(layout.top + r, layout.left + c, value, r === 0))
  );
}
