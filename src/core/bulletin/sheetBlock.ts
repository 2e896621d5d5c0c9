/**
 * The 通报 block of the 校验结果 sheet, below the findings: the heading, the bulletin's paragraphs one per row (in
 * the first column, running across the empty cells to their right), and per indicator its ranked table with the
 * lights in their mark colours. Rows are relative to the block's first row.
 */
import { LIGHT_FILL } from "../palette";
import type { Bulletin } from "./build";
import { RANKED_COLUMNS, rankedRows, type BulletinTexts } from "./texts";

export interface BulletinBlock {
  rows: string[][];
  boldRows: number[];
  fills: { row: number; column: number; color: string }[];
}

export function bulletinBlock(bulletin: Bulletin, texts: BulletinTexts): BulletinBlock {
  const rows: string[][] = [[texts.heading]];
  const boldRows = [0];
  const fills: BulletinBlock["fills"] = [];
  for (const paragraph of texts.paragraphs(bulletin)) rows.push([paragraph]);
  const lightColumn = RANKED_COLUMNS.indexOf("light");
  for (const indicator of bulletin.indicators) {
    if (indicator.units.length === 0) continue;
    rows.push([]);
    boldRows.push(rows.length);
    rows.push([texts.tableCaption(indicator)]);
    const names = texts.columns(indicator);
    boldRows.push(rows.length);
    rows.push(RANKED_COLUMNS.map((c) => names[c]));
    const body = rankedRows(indicator, texts);
    indicator.units.forEach((unit, i) => {
      if (unit.light !== "green")
        fills.push({ row: rows.length, column: lightColumn, color: LIGHT_FILL[unit.light] });
      rows.push(body[i]);
    });
  }
  return { rows, boldRows, fills };
}
