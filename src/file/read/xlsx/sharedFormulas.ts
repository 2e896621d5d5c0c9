/**
 * Shared formulas (`<f t="shared" si="0">SUM(D6:D9)</f>` once, then `<f t="shared" si="0"/>` in the cells that
 * share it): each sharing cell's formula is the first one with its relative references moved by the distance
 * between the two cells, as Excel (and SheetJS) read them.
 */

/** An A1 reference not preceded by a name character nor followed by one or by `(` (so not LOG10( or a name). */
const CELL_REF =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

export function columnLetters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The formula `text` written for (row, column) as it reads in a cell `rows` and `columns` away. */
export function shiftFormula(text: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return text;
  return text.replace(
    CELL_REF,
    (_, before: string, colAbs: string, col: string, rowAbs: string, row: string) =>
      before +
      (colAbs ? colAbs + col : columnLetters(columnNumber(col) + columns)) +
      (rowAbs ? rowAbs + row : String(Number(row) + rows))
  );
}
