/**
 * The copy's 目标 sheet after the page's targets editor: the layout (src/core/targets/targetSheetLayout.ts) written
 * cell by cell, and only where the value changes — a cell that already reads the same (text "2025" where the
 * layout says 2025) keeps its bytes, its type and its format.
 */
import type { TargetSheetWrite } from "../../core/targets/targetSheetLayout";
import type { CellWrite, SheetPart } from "./sheetPart";

function sameValue(current: CellWrite | boolean, wanted: CellWrite): boolean {
  const empty = (v: CellWrite | boolean) => v === null || v === "";
  if (empty(current) || empty(wanted)) return empty(current) && empty(wanted);
  // Text "2025" and the number 2025 read the same to every reader: a cell is not rewritten for that alone.
  if (typeof current === "boolean")
    return String(current).toUpperCase() === String(wanted).toUpperCase();
  return String(current) === String(wanted);
}

/**
 * `headerStyle` gives the header row's cells their format from the one they have (bold on a new sheet).
 * Returns whether a formula was replaced (the workbook's calculation chain must then go).
 */
export function writeTargetCells(
  sheet: SheetPart,
  write: TargetSheetWrite,
  sharedStrings: readonly string[],
  headerStyle: (old: number) => number
): { changed: number; formulasReplaced: boolean } {
  const wanted = new Map<
    string,
    { row: number; column: number; value: CellWrite; header: boolean }
  >();
  const { clear } = write;
  if (clear)
    for (let row = clear.top; row <= clear.bottom; row++)
      for (let column = clear.left; column <= clear.right; column++)
        wanted.set(`${row},${column}`, { row, column, value: null, header: false });
  write.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const row = write.top + r;
      const column = write.left + c;
      wanted.set(`${row},${column}`, { row, column, value, header: r === 0 });
    })
  );
  let changed = 0;
  let formulasReplaced = false;
  for (const { row, column, value, header } of wanted.values()) {
    if (sameValue(sheet.valueOf(row, column, sharedStrings), value)) continue;
    if (sheet.hasFormula(row, column)) formulasReplaced = true;
    sheet.setValue(row, column, value);
    if (header) sheet.setStyle(row, column, headerStyle);
    changed++;
  }
  return { changed, formulasReplaced };
}
