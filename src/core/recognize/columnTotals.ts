/**
 * Total columns: `合计` after the quarters of an indicator group, `Total` before its parts in statistics tables.
 * Their members are sibling columns — the other columns under the same merged group header, or a run of
 * columns right or left of the total — and a reading is kept only where the rows add up (agreement.ts).
 */
import { isTotalHeader } from "../vocabulary";
import { agreementOf, compareAgreement, isConvincing, type Agreement } from "./agreement";
import type { SumColumn, SumRelation, TableColumn } from "./layout";
import type { SheetView } from "./sheetView";

function columnRelations(
  view: SheetView,
  total: number,
  members: number[],
  rows: number[]
): SumRelation[] {
  const relations: SumRelation[] = [];
  for (const row of rows) {
    if (view.value(row, total) === null) continue;
    relations.push({
      cell: { row, column: total },
      members: members.map((column) => ({ row, column })),
      across: "columns",
      role: "total",
    });
  }
  return relations;
}

/** The widest merged header cell above the leaf row that covers the column: its indicator group. */
function groupSpan(
  view: SheetView,
  column: number,
  headerTop: number,
  headerBottom: number
): [number, number] | null {
  for (let r = headerBottom - 1; r >= headerTop; r--) {
    const area = view.merge(r, column);
    if (area && area.right > area.left) return [area.left, area.right];
  }
  return null;
}

/** Member candidates: the group's other columns, and runs of adjacent summable columns on either side. */
function memberCandidates(
  total: number,
  summable: number[],
  group: [number, number] | null,
  isBoundary: (c: number) => boolean
): number[][] {
  const candidates: number[][] = [];
  if (group) {
    const inGroup = summable.filter((c) => c !== total && c >= group[0] && c <= group[1]);
    if (inGroup.length >= 2) candidates.push(inGroup);
  }
  const position = summable.indexOf(total);
  const right: number[] = [];
  for (let i = position + 1; i < summable.length && !isBoundary(summable[i]); i++)
    right.push(summable[i]);
  const left: number[] = [];
  for (let i = position - 1; i >= 0 && !isBoundary(summable[i]); i--) left.unshift(summable[i]);
  for (let n = right.length; n >= 2; n--) candidates.push(right.slice(0, n));
  for (let n = left.length; n >= 2; n--) candidates.push(left.slice(left.length - n));
  return candidates;
}

export function findSumColumns(
  view: SheetView,
  columns: TableColumn[],
  headerTop: number,
  headerBottom: number,
  bodyRows: number[]
): { sumColumns: SumColumn[]; relations: SumRelation[] } {
  const sumColumns: SumColumn[] = [];
  const relations: SumRelation[] = [];
  if (headerBottom < headerTop) return { sumColumns, relations };
  const summable = columns.filter((c) => c.kind !== "rate").map((c) => c.index);
  const totals = columns.filter(
    (c) =>
      c.kind !== "rate" && c.headers.length > 0 && isTotalHeader(c.headers[c.headers.length - 1])
  );
  const totalIndexes = new Set(totals.map((c) => c.index));
  for (const total of totals) {
    const group = groupSpan(view, total.index, headerTop, headerBottom);
    // A run stops at another total column, or at the edge of the total's own group.
    const isBoundary = (c: number) =>
      totalIndexes.has(c) || (group !== null && (c < group[0] || c > group[1]));
    let best: { members: number[]; agreement: Agreement } | null = null;
    for (const members of memberCandidates(total.index, summable, group, isBoundary)) {
      const agreement = agreementOf(view, columnRelations(view, total.index, members, bodyRows));
      if (!best || compareAgreement(agreement, best.agreement) < 0) best = { members, agreement };
    }
    if (!best || !isConvincing(best.agreement)) continue;
    sumColumns.push({
      column: total.index,
      header: total.headers[total.headers.length - 1],
      members: best.members,
    });
    relations.push(...columnRelations(view, total.index, best.members, bodyRows));
  }
  return { sumColumns, relations };
}
