/** A1 addresses, 0-based internally: row 0 column 0 is `A1`. */
import type { CellArea } from "./grid";

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${cellAddress(area.bottom, area.right)}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses `C4` or `$C$4`; null for anything else. */
export function parseCell(address: string): { row: number; column: number } | null {
  const match = CELL_PATTERN.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** Parses `C4`, `C4:G31`, optionally prefixed with a sheet name (`'附件1'!C4:G31`). */
export function parseArea(address: string): CellArea | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/**
 * Compresses cells into A1 ranges: runs along a column (`C4:C30`) or a row (`C31:G31`).
 * Keeps the member lists in the findings JSON short and readable.
 */
export function compressCells(cells: { row: number; column: number }[]): string[] {
  if (cells.length === 0) return [];
  const sameColumn = cells.every((c) => c.column === cells[0].column);
  const order = (a: { row: number; column: number }, b: { row: number; column: number }) =>
    sameColumn ? a.row - b.row : a.row - b.row || a.column - b.column;
  // Members usually come in order (a sum's thousands of rows): no copy to sort then.
  const sorted = isSorted(cells, order) ? cells : [...cells].sort(order);
  const ranges: string[] = [];
  let start = sorted[0];
  let end = sorted[0];
  const flush = () =>
    ranges.push(
      areaAddress({ top: start.row, left: start.column, bottom: end.row, right: end.column })
    );
  for (let i = 1; i < sorted.length; i++) {
    const cell = sorted[i];
    const extendsColumn =
      cell.column === end.column && cell.row === end.row + 1 && start.column === end.column;
    const extendsRow =
      cell.row === end.row && cell.column === end.column + 1 && start.row === end.row;
    if (extendsColumn || extendsRow) end = cell;
    else {
      flush();
      start = end = cell;
    }
  }
  flush();
  return ranges;
}

function isSorted<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}
