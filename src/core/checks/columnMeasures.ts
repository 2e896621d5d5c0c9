/** Which columns of a table denote the same measure (`target-decrease`, `column-mismatch`). */
import type { TableColumn } from "../recognize/layout";

/** Columns of one measure: the same indicator, and headers that say nothing more than period and kind. */
export function byMeasure(columns: TableColumn[]): Map<string, TableColumn[]> {
  const groups = new Map<string, TableColumn[]>();
  for (const c of columns) {
    const key = `${c.indicator}\u0000${leafRest(c)}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/**
 * What a column's own header says besides its period and kind: `2027年目标数` and `2027年` (under 年度) say
 * nothing more and denote the same; `企业数2024年目标` and `研发投入2024年目标` do not.
 */
export function leafRest(column: TableColumn): string {
  const leaf = column.headers[column.headers.length - 1] ?? "";
  return leaf
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/(19|20)\d{2}年?(底|末)?/g, "")
    .replace(/(第?[一二三四1-4]季度|Q[1-4]|\d{1,2}[-—–~至]\d{1,2}月)/gi, "")
    .replace(/(年度|全年)?(目标数|目标值|目标|任务数|任务|计划数|计划|指导数|分解数|预期|数)$/, "")
    .replace(/^(年度|全年)$/, "")
    .toLowerCase()
    .replace(/\b(target|plan|goal)s?\b/g, "")
    .trim();
}
