/** A1 address helpers the Excel adapter needs on top of src/core/a1: sheet-qualified addresses and address lists. */
import type { CellArea } from "../core/grid";
import { areaAddress, parseCell } from "../core/a1";

/** One key per cell of the workbook, for maps. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** `'附件 1'!C4`: quoting is valid for every sheet name; a quote inside the name is doubled. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** `'附件 1'!C4:D5` or `Sheet1!C4` → sheet and local address; no sheet part gives sheet "". */
export function splitQualifiedAddress(text: string): { sheet: string; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: text.trim() };
  let sheet = text.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1).trim() };
}

/** Splits a RangeAreas address (`Sheet1!A1:B1, Sheet1!C3:C5`) into its areas; commas inside quoted sheet names stay. */
export function splitAreaList(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice: still inside the name
    if (ch === "," && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The cells of one sheet as row runs (`C31:G31`): the fewest rectangles that cover exactly these cells row by row. */
export function rowRuns(cells: Iterable<string>): CellArea[] {
  const columnsByRow = new Map<number, Set<number>>();
  for (const cell of cells) {
    const position = parseCell(cell);
    if (!position) continue;
    let columns = columnsByRow.get(position.row);
    if (!columns) columnsByRow.set(position.row, (columns = new Set()));
    columns.add(position.column);
  }
  const runs: CellArea[] = [];
  for (const row of [...columnsByRow.keys()].sort((a, b) => a - b)) {
    const columns = [...columnsByRow.get(row)!].sort((a, b) => a - b);
    let start = columns[0];
    let end = columns[0];
    for (const column of columns.slice(1)) {
      if (column === end + 1) end = column;
      else {
        runs.push({ top: row, bottom: row, left: start, right: end });
        start = end = column;
      }
    }
    runs.push({ top: row, bottom: row, left: start, right: end });
  }
  return runs;
}

/** Areas per `getRanges` call: hosts reject long area lists (about 200 areas is safe everywhere). */
export const MAX_AREAS_PER_CALL = 200;

/**
 * Comma-joined address lists for `worksheet.getRanges`, each below `maxChars` characters and `maxAreas` areas: one
 * call colours many cells, and no single address string grows long enough for the host to reject it.
 */
export function addressLists(
  cells: Iterable<string>,
  maxChars = 2000,
  maxAreas = MAX_AREAS_PER_CALL
): string[] {
  const lists: string[] = [];
  let current = "";
  let areas = 0;
  for (const run of rowRuns(cells)) {
    const address = areaAddress(run);
    if (current && (current.length + 1 + address.length > maxChars || areas >= maxAreas)) {
      lists.push(current);
      current = "";
      areas = 0;
    }
    current = current ? `${current},${address}` : address;
    areas++;
  }
  if (current) lists.push(current);
  return lists;
}

/** Groups items by sheet name, keeping first-seen order. */
export function groupBySheet<T extends { sheet: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.sheet);
    if (list) list.push(item);
    else groups.set(item.sheet, [item]);
  }
  return groups;
}
