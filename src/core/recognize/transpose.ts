/**
 * Tables with periods as rows and units as columns are read on a transposed view of the sheet: rows and columns
 * swapped (values, formulas, number formats, merges, hidden rows and columns). Recognition and every rule then
 * run unchanged, and addresses are swapped back for the findings and tables the user sees.
 */
import { areaAddress, cellAddress, parseArea } from "../a1";
import type { CellArea, CellValue, SheetGrid } from "../grid";

function transposeMatrix<T>(rows: T[][] | undefined, fill: T): T[][] | undefined {
  if (!rows) return undefined;
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const out: T[][] = [];
  for (let c = 0; c < width; c++) {
    const row: T[] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r]?.[c];
      row[r] = v === undefined ? fill : v;
    }
    out.push(row);
  }
  return out;
}

const swapArea = (a: CellArea): CellArea => ({
  top: a.left,
  left: a.top,
  bottom: a.right,
  right: a.bottom,
});

/** A1 references in a formula, swapped: `=SUM(B3:B5)` → `=SUM(C2:E2)`. Text in quotes is left alone. */
export function transposeFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\d(A-Za-z_])/g,
            (
              whole,
              before: string,
              dollarColumn: string,
              letters: string,
              dollarRow: string,
              digits: string
            ) => {
              const swapped = cellAddress(
                letters
                  .toUpperCase()
                  .split("")
                  .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
                Number(digits) - 1
              );
              const m = /^([A-Z]+)(\d+)$/.exec(swapped);
              if (!m) return whole;
              return `${before}${dollarRow}${m[1]}${dollarColumn}${m[2]}`;
            }
          )
    )
    .join("");
}

export function transposeSheet(sheet: SheetGrid): SheetGrid {
  return {
    name: sheet.name,
    top: sheet.left,
    left: sheet.top,
    values: transposeMatrix<CellValue>(sheet.values, null) ?? [],
    formulas: transposeMatrix(sheet.formulas, null),
    numberFormats: transposeMatrix(sheet.numberFormats, null),
    merges: sheet.merges?.map(swapArea),
    hiddenRows: sheet.hiddenColumns,
    hiddenColumns: sheet.hiddenRows,
  };
}

/** `C5` → `E3`, `B3:B5` → `C2:E2`; anything that is not an address is returned as it was. */
export function transposeAddress(address: string): string {
  const area = parseArea(address);
  return area ? areaAddress(swapArea(area)) : address;
}

export { swapArea };
