/**
 * Total columns: `合计` after the quarters of an indicator group, `Total` before its parts in statistics tables.
 * Their members are sibling columns — the other columns under the same merged group header, or a run of
 * columns right or left of the total — and a reading is kept only where the rows add up (agreement.ts).
 */
import { isAllLabel, isNamedTotalLabel, isSumHeader, isTotalHeader } from "../vocabulary";
import { agreementOf, compareAgreement, isConvincing, valueAt, type Agreement } from "./agreement";
import type { SumColumn, SumRelation, TableColumn } from "./layout";
import { bestRun, distantRun, stridedRun, subsetRun, type Aggregate } from "./hierarchy";
import type { SheetView } from "./sheetView";

/** A total column no reading explains: its header and how many member runs were tried. */
export interface UnverifiedColumn {
  column: number;
  header: string;
  tried: number;
}

function columnRelations(
  view: SheetView,
  total: number,
  members: number[],
  rows: number[]
): SumRelation[] {
  const relations: SumRelation[] = [];
  for (const row of rows) {
    const value = valueAt(view, { row, column: total });
    // A blank total over blank members claims nothing; a 0 over them is their sum (as every spreadsheet adds it).
    if (value === null && !members.some((column) => valueAt(view, { row, column }) !== null))
      continue;
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
  isBoundary: (c: number) => boolean,
  withSkips = false
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
  // Last, runs that leave out the one or two columns next to the total (`Total (w/o A/P)` after its parts and
  // the attendance column it excludes): tried only where nothing else explains the total.
  for (const skip of withSkips ? [1, 2] : []) {
    for (let n = right.length - skip; n >= 2; n--) candidates.push(right.slice(skip, skip + n));
    for (let n = left.length - skip; n >= 2; n--)
      candidates.push(left.slice(left.length - skip - n, left.length - skip));
  }
  return candidates;
}

/** Total words in any header row of the column that is not a group header spanning several columns. */
function isTotalColumn(
  view: SheetView,
  column: number,
  headerTop: number,
  headerBottom: number,
  words: (text: string) => boolean = isTotalHeader
): boolean {
  for (let r = headerTop; r <= headerBottom; r++) {
    const area = view.merge(r, column);
    if (area && area.right > area.left) continue;
    if (words(view.shownText(r, column))) return true;
  }
  return false;
}

function bestReading(
  view: SheetView,
  total: number,
  summable: number[],
  group: [number, number] | null,
  isBoundary: (c: number) => boolean,
  bodyRows: number[],
  withSkips = false
): { members: number[]; agreement: Agreement } | null {
  let best: { members: number[]; agreement: Agreement } | null = null;
  for (const members of memberCandidates(total, summable, group, isBoundary, withSkips)) {
    const agreement = agreementOf(view, columnRelations(view, total, members, bodyRows));
    if (!best || compareAgreement(agreement, best.agreement) < 0) best = { members, agreement };
  }
  return best && isConvincing(best.agreement) ? best : null;
}

const byColumn = (column: number, row: number) => ({ row, column });

const isWeakTotalHeader = (text: string) => isAllLabel(text) || isSumHeader(text);

/**
 * A total column read over a hierarchy of the columns on one side of it, up to the next total no reading
 * explains: recognized totals stand for their parts, and a column without a total word stands for a run of
 * columns next to it only where every row agrees (hierarchy.ts).
 */
function columnHierarchy(
  view: SheetView,
  total: number,
  summable: number[],
  totalIndexes: Set<number>,
  known: SumColumn[],
  bodyRows: number[]
): { members: number[]; inner: Aggregate[] } | null {
  const position = summable.indexOf(total);
  const recognized = new Map(known.map((s) => [s.column, s.members]));
  for (const side of [-1, 1]) {
    const lines: number[] = [];
    for (let i = position + side; i >= 0 && i < summable.length; i += side) {
      const c = summable[i];
      if (totalIndexes.has(c) && !recognized.has(c)) break;
      lines.unshift(c); // nearest last
    }
    const open: number[] = [];
    const inner: Aggregate[] = [];
    for (const c of lines) {
      const parts = recognized.get(c);
      if (parts) {
        for (let k = open.length - 1; k >= 0; k--) if (parts.includes(open[k])) open.splice(k, 1);
      } else {
        const run = bestRun(view, c, open, bodyRows, { at: byColumn, strict: true });
        if (run) {
          open.splice(open.length - run.members.length);
          inner.push({ row: c, members: [...run.members].sort((a, b) => a - b) });
        }
      }
      open.push(c);
    }
    const run = bestRun(view, total, open, bodyRows, { at: byColumn });
    if (run && run.members.length >= 2)
      return { members: [...run.members].sort((a, b) => a - b), inner };
  }
  return null;
}

/**
 * A run of columns anywhere on the table's side of other totals that the total adds up in every row (at least
 * three agreeing): gradebooks put `QUIZ TOTAL` after the exams, far from its quizzes. Runs do not cross a total
 * column no reading explains, nor hold the total itself.
 */
function distantColumns(
  view: SheetView,
  total: number,
  summable: number[],
  isBoundary: (c: number) => boolean,
  bodyRows: number[]
): number[] | null {
  const segments: number[][] = [[]];
  for (const c of summable) {
    if (c === total || isBoundary(c)) segments.push([]);
    else segments[segments.length - 1].push(c);
  }
  return distantRun(view, total, segments, bodyRows, { at: byColumn });
}

/**
 * A run of columns right next to the total that crosses total columns no reading explains, taking each for one
 * part (`GRAND TOTAL` = `TOTAL GRADED` + `TOTAL UNGRADED` + `REJECTS`), where every row agrees (at least three).
 */
function acrossTotals(
  view: SheetView,
  total: number,
  lines: number[],
  bodyRows: number[]
): number[] | null {
  const position = lines.indexOf(total);
  if (position < 0) return null;
  let best: { members: number[]; agreement: Agreement } | null = null;
  for (const open of [lines.slice(0, position), lines.slice(position + 1).reverse()]) {
    const run = bestRun(view, total, open, bodyRows, { at: byColumn, strict: true });
    if (
      run &&
      run.members.length >= 2 &&
      (!best || compareAgreement(run.agreement, best.agreement) < 0)
    )
      best = run;
  }
  return best ? [...best.members].sort((a, b) => a - b) : null;
}

/**
 * Rows inside the table that its body leaves out (lines between the header and a block read on its own total
 * row: `Units Sold`, `Gross Margin` above the expenses summed by `Total Operating Expenses`): a total column
 * claims its cell in such a row only where that row adds up, two members or more not zero — cell by cell.
 */
function addingUpBetween(
  view: SheetView,
  sumColumns: SumColumn[],
  headerBottom: number,
  bodyRows: number[]
): SumRelation[] {
  if (sumColumns.length === 0 || bodyRows.length === 0) return [];
  const inBody = new Set(bodyRows);
  const relations: SumRelation[] = [];
  for (let row = headerBottom + 1; row < bodyRows[bodyRows.length - 1]; row++) {
    if (inBody.has(row)) continue;
    for (const s of sumColumns) {
      const cells = s.members.map((column) => ({ row, column }));
      const sum: SumRelation = {
        cell: { row, column: s.column },
        members: cells,
        across: "columns",
        role: "total",
      };
      const nonZero = cells.filter((cell) => (valueAt(view, cell) ?? 0) !== 0).length;
      const agreement = agreementOf(view, [sum]);
      if (nonZero >= 2 && agreement.informative === 1 && agreement.agreeing === 1)
        relations.push(sum);
    }
  }
  return relations;
}

export function findSumColumns(
  view: SheetView,
  columns: TableColumn[],
  headerTop: number,
  headerBottom: number,
  bodyRows: number[]
): { sumColumns: SumColumn[]; relations: SumRelation[]; unverified: UnverifiedColumn[] } {
  const sumColumns: SumColumn[] = [];
  if (headerBottom < headerTop) return { sumColumns, relations: [], unverified: [] };
  const summable = columns.filter((c) => c.kind !== "rate").map((c) => c.index);
  const totals = columns.filter(
    (c) =>
      c.kind !== "rate" &&
      (isTotalColumn(view, c.index, headerTop, headerBottom) ||
        isTotalColumn(view, c.index, headerTop, headerBottom, isWeakTotalHeader))
  );
  // `All` and `Sum` columns are totals only where their figures add up: never judged on their group, never a
  // warning.
  const weak = new Set(
    totals.filter((c) => !isTotalColumn(view, c.index, headerTop, headerBottom)).map((c) => c.index)
  );
  const totalIndexes = new Set(totals.map((c) => c.index));
  const headerOf = (c: TableColumn) => c.headers[c.headers.length - 1] ?? "";
  const groups = new Map(
    totals.map((t) => [t.index, groupSpan(view, t.index, headerTop, headerBottom)])
  );
  const outsideGroup = (group: [number, number] | null, c: number) =>
    group !== null && (c < group[0] || c > group[1]);

  // First the innermost totals: a run stops at any other total column.
  const pending: TableColumn[] = [];
  for (const total of totals) {
    const group = groups.get(total.index) ?? null;
    const found = bestReading(
      view,
      total.index,
      summable,
      group,
      (c) => totalIndexes.has(c) || outsideGroup(group, c),
      bodyRows
    );
    if (found)
      sumColumns.push({ column: total.index, header: headerOf(total), members: found.members });
    else pending.push(total);
  }
  const isFound = (c: number) => sumColumns.some((s) => s.column === c);
  // Then totals over totals (`Total murders` = `Total firearms` + knives + …): a recognized inner total stands
  // for its members, which leave the run.
  const overTotals = (withSkips = false) => {
    const covered = new Set(sumColumns.flatMap((s) => s.members));
    const collapsed = summable.filter((c) => !covered.has(c));
    const recognized = new Set(sumColumns.map((s) => s.column));
    for (const total of pending) {
      if (isFound(total.index)) continue;
      const group = groups.get(total.index) ?? null;
      const isBoundary = (c: number) =>
        (totalIndexes.has(c) && !recognized.has(c)) || outsideGroup(group, c);
      const found = bestReading(
        view,
        total.index,
        collapsed,
        group,
        isBoundary,
        bodyRows,
        withSkips
      );
      if (found)
        sumColumns.push({ column: total.index, header: headerOf(total), members: found.members });
    }
  };
  // Totals over columns that add up others without a total word (`Univ + Dept` = its two groups) or over
  // recognized totals whose parts they skip: the columns on either side read as a hierarchy.
  const overHierarchy = () => {
    for (const total of pending) {
      if (isFound(total.index)) continue;
      const read = columnHierarchy(view, total.index, summable, totalIndexes, sumColumns, bodyRows);
      if (!read) continue;
      for (const inner of read.inner)
        if (!isFound(inner.row))
          sumColumns.push({ column: inner.row, header: "", members: inner.members });
      sumColumns.push({ column: total.index, header: headerOf(total), members: read.members });
    }
  };
  // A grand total over totals standing apart (their parts between them): the total columns on one side,
  // nearest first, any of them where every row agrees. Only columns a total word names: a column read as a
  // total from its figures alone (`Native` = its parts) would make `Total Population` = `Native` + `Foreign`.
  const named = new Set(
    columns
      .filter((c) => isTotalColumn(view, c.index, headerTop, headerBottom, isNamedTotalLabel))
      .map((c) => c.index)
  );
  const overTotalColumns = (total: number) => {
    const isTotal = (c: number) => c !== total && (totalIndexes.has(c) || named.has(c));
    const left = summable.filter((c) => c < total && isTotal(c)).reverse();
    const right = summable.filter((c) => c > total && isTotal(c));
    return (
      subsetRun(view, total, left, bodyRows, { at: byColumn }) ??
      subsetRun(view, total, right, bodyRows, { at: byColumn })
    );
  };
  // Last, runs that leave out the columns right next to the total (recognized totals standing for their parts),
  // then runs further away that add up in every row: anywhere in a segment, across totals nothing explains,
  // every n-th column, or a set of the total columns on one side.
  const skipping = () => {
    overTotals(true);
    const covered = new Set(sumColumns.flatMap((s) => s.members));
    const collapsed = summable.filter((c) => !covered.has(c));
    const recognized = new Set(sumColumns.map((s) => s.column));
    for (const total of pending) {
      if (isFound(total.index)) continue;
      const lines = collapsed.includes(total.index) ? collapsed : summable;
      const members =
        distantColumns(
          view,
          total.index,
          lines,
          (c) => totalIndexes.has(c) && !recognized.has(c),
          bodyRows
        ) ??
        acrossTotals(view, total.index, lines, bodyRows) ??
        stridedRun(view, total.index, lines, bodyRows, { at: byColumn }) ??
        overTotalColumns(total.index);
      if (members) sumColumns.push({ column: total.index, header: headerOf(total), members });
    }
  };
  // Round by round while any total is found: a total read in one round may explain another in the next.
  for (let round = 0; round < 4 && pending.some((t) => !isFound(t.index)); round++) {
    const before = sumColumns.length;
    if (sumColumns.length > 0) overTotals();
    overHierarchy();
    if (sumColumns.length === before) skipping();
    if (sumColumns.length === before) break;
  }
  skipping();
  // Totals named in other words (`Lecture quiz total 200 points`): claimed where a run beside them adds up,
  // after the others (they bound no other total's run), never a warning.
  for (const named of columns) {
    if (named.kind === "rate" || totalIndexes.has(named.index) || isFound(named.index)) continue;
    if (!isTotalColumn(view, named.index, headerTop, headerBottom, isNamedTotalLabel)) continue;
    const covered = new Set(sumColumns.flatMap((s) => s.members));
    const collapsed = summable.filter((c) => !covered.has(c) || c === named.index);
    const isBoundary = (c: number) => totalIndexes.has(c) && !isFound(c);
    const found =
      bestReading(view, named.index, summable, null, isBoundary, bodyRows) ??
      bestReading(view, named.index, collapsed, null, isBoundary, bodyRows);
    if (found)
      sumColumns.push({ column: named.index, header: headerOf(named), members: found.members });
  }
  // Still unread: a total column under a merged group header is judged on its group (the labels say which
  // columns it adds up); any other is unverified — said, never dropped silently.
  const unverified: UnverifiedColumn[] = [];
  const found = new Set(sumColumns.map((s) => s.column));
  for (const total of totals) {
    if (found.has(total.index) || weak.has(total.index)) continue;
    const group = groups.get(total.index) ?? null;
    const inGroup = group
      ? summable.filter(
          (c) => c !== total.index && c >= group[0] && c <= group[1] && !totalIndexes.has(c)
        )
      : [];
    if (inGroup.length >= 2) {
      sumColumns.push({ column: total.index, header: headerOf(total), members: inGroup });
      continue;
    }
    const candidates = memberCandidates(
      total.index,
      summable,
      group,
      (c) => totalIndexes.has(c) || outsideGroup(group, c)
    );
    const informative = bodyRows.some(
      (row) => valueAt(view, { row, column: total.index }) !== null
    );
    if (informative)
      unverified.push({ column: total.index, header: headerOf(total), tried: candidates.length });
  }
  const relations = [
    ...sumColumns.flatMap((s) => columnRelations(view, s.column, s.members, bodyRows)),
    ...addingUpBetween(view, sumColumns, headerBottom, bodyRows),
  ];
  return { sumColumns, relations, unverified };
}
