/**
 * Totals named in other words than a total label (`Total assets`, `Texas Total:`, `Subtotal` rows with no grand
 * total): statistics and accounts put them under their rows, and totals over totals follow (`TOTAL ASSETS`).
 * Such rows are read as totals only where their figures add up the rows above them (hierarchy.ts): the label
 * says which rows to try, the numbers decide.
 */
import { kindOf } from "../numbers";
import { isAllLabel, isNamedTotalLabel, isSubtotalLabel, isTotalLabel } from "../vocabulary";
import { aggregatesAbove, bestRun, distantRun, labelIndent, readHierarchy } from "./hierarchy";
import type { RowRole, SumRow } from "./layout";
import { hasData, isHeaderRow, rowLabel } from "./rows";
import type { SheetView } from "./sheetView";

export interface NamedTotalBlock {
  /** The header row above the block, or -1. */
  headerBottom: number;
  bodyRows: number[];
  roles: Map<number, RowRole>;
  sumRows: SumRow[];
  numericColumns: number[];
  labelColumn: number;
}

interface Anchor {
  row: number;
  label: string;
  labelColumn: number;
  numericColumns: number[];
}

function numericColumnsIn(view: SheetView, row: number, from: number, to: number): number[] {
  const columns: number[] = [];
  for (let c = from; c <= to; c++) {
    const kind = kindOf(view.value(row, c));
    if (kind === "number" || kind === "numeric-text") columns.push(c);
  }
  return columns;
}

function anchorAt(view: SheetView, row: number): Anchor | null {
  const label = rowLabel(view, row, view.left, view.right);
  if (!label) return null;
  const strict = isTotalLabel(label.text);
  if (
    !strict &&
    !isNamedTotalLabel(label.text) &&
    !isSubtotalLabel(label.text) &&
    !isAllLabel(label.text)
  )
    return null;
  const labelEnd = view.merge(row, label.column)?.right ?? label.column;
  const right = numericColumnsIn(view, row, labelEnd + 1, view.right);
  if (right.length > 0)
    return strict
      ? null
      : { row, label: label.text, labelColumn: label.column, numericColumns: right };
  // Figures left of their label (`610691 | Total Proposed`): a total label too, read on its figures.
  const left = numericColumnsIn(view, row, view.left, label.column - 1);
  if (left.length === 0) return null;
  return { row, label: label.text, labelColumn: label.column, numericColumns: left };
}

/** The first row of an anchor's stretch: up to the header row above it, or to the floor. */
function stretchTop(
  view: SheetView,
  anchor: Anchor,
  floor: number
): { top: number; header: number } {
  for (let r = anchor.row - 1; r >= floor; r--) {
    if (view.isBlankRow(r)) continue;
    if (isHeaderRow(view, r, anchor.numericColumns)) return { top: r + 1, header: r };
  }
  return { top: floor, header: -1 };
}

/**
 * The rows under a named total, up to a gap, a row without figures, a header or the next total label (合计, `Total`)
 * no deeper than it. Totals named in other words go on: they may be its parts (`Total current expenditure` under
 * `Total expenditure`), and only figures that add up make them members.
 */
function rowsBelow(view: SheetView, anchor: Anchor, columns: number[]): number[] {
  const rows: number[] = [];
  const depth = indentOfRow(view, anchor.row);
  for (let r = anchor.row + 1; r <= view.bottom; r++) {
    if (view.isBlankRow(r) || !hasData(view, r, columns) || isHeaderRow(view, r, columns)) break;
    const label = rowLabel(view, r, view.left, view.right);
    const isTotal = label !== null && isTotalLabel(label.text);
    if (isTotal && indentOfRow(view, r) <= depth) break;
    rows.push(r);
  }
  return rows;
}

function indentOfRow(view: SheetView, row: number): number {
  const label = rowLabel(view, row, view.left, view.right);
  return label ? labelIndent(view, row, label.column) : 0;
}

const labelKey = (view: SheetView, row: number) =>
  rowLabel(view, row, view.left, view.right)?.text.trim().replace(/\s+/g, " ").toLowerCase() ?? "";

/**
 * Rows further up that share one label, every few rows (`Total awarded ($)` under each grant, `Head Count Subtotal`
 * under each department): a total of them all where every sum agrees, at least three.
 */
function alikeRowsAbove(
  view: SheetView,
  row: number,
  above: number[],
  columns: number[]
): number[] | null {
  const byLabel = new Map<string, number[]>();
  for (const r of above) {
    const key = labelKey(view, r);
    if (key === "") continue;
    byLabel.set(key, [...(byLabel.get(key) ?? []), r]);
  }
  for (const group of byLabel.values()) {
    if (group.length < 2 || group.some((r, i) => i > 0 && r === group[i - 1] + 1)) continue;
    const run = bestRun(view, row, group, columns, { strict: true });
    if (run && run.members.length === group.length) return group;
  }
  return null;
}

/**
 * Blocks of rows ending in named totals, outside the tables found so far (`floorAt(row)`: the first row a block
 * reaching up from `row` may use; `isCovered(row)`: the row belongs to a table already). `summableOf` gives
 * the columns that may be summed under a header.
 */
export function readNamedTotals(
  view: SheetView,
  floorAt: (row: number) => number,
  isCovered: (row: number) => boolean,
  /** A table's total row: it stands for its table in a named total further down (`Resident total costs`). */
  standsForTable: (row: number) => boolean,
  summableOf: (numericColumns: number[], headerBottom: number) => number[]
): NamedTotalBlock[] {
  const groups = new Map<string, { top: number; header: number; anchors: Anchor[] }>();
  for (let row = view.top; row <= view.bottom; row++) {
    if (isCovered(row)) continue;
    const anchor = anchorAt(view, row);
    if (!anchor) continue;
    const { top, header } = stretchTop(view, anchor, floorAt(row));
    const key = `${top}:${anchor.labelColumn}`;
    const group = groups.get(key) ?? { top, header, anchors: [] };
    group.anchors.push(anchor);
    groups.set(key, group);
  }
  const blocks: NamedTotalBlock[] = [];
  for (const { top, header, anchors } of groups.values()) {
    const numericColumns = [...new Set(anchors.flatMap((a) => a.numericColumns))].sort(
      (a, b) => a - b
    );
    const summable = summableOf(numericColumns, header);
    if (summable.length === 0) continue;
    const last = anchors[anchors.length - 1].row;
    const candidates = new Set(anchors.map((a) => a.row));
    const rows: number[] = [];
    for (let r = top; r <= last; r++)
      if ((!isCovered(r) || standsForTable(r)) && hasData(view, r, summable)) rows.push(r);
    const { aggregates } = aggregatesAbove(view, rows, summable, (r) => candidates.has(r), true);
    // A named total that adds up nothing above may head its parts (`Total revenue` over its indented lines).
    const used = new Set(aggregates.flatMap((a) => [a.row, ...a.members]));
    for (const anchor of anchors) {
      // A total may itself be a member of another (`Total Hours Allocated` = `Total Hours Worked` + `Remaining`).
      if (aggregates.some((a) => a.row === anchor.row)) continue;
      const below = rowsBelow(view, anchor, summable);
      // Rows below taken by another total are not read again; the rows above may still be this one's.
      const belowFree = !below.some((r) => used.has(r));
      // Categories neither indented nor named (`Crops` over its crops) may head their runs too, where every
      // sum agrees (hierarchy.ts).
      const found =
        belowFree &&
        readHierarchy(
          view,
          anchor.row,
          below,
          summable,
          "down",
          () => false,
          (r) => indentOfRow(view, r),
          { flatToo: true, unlabelled: true }
        );
      if (!found) {
        // Or a run further off that adds up in every column: below (`Total for the year` over the months, past
        // the quarters to date right under it), else above (memo lines left between the parts and the total).
        const above = rows.filter((r) => r < anchor.row && !used.has(r));
        const members =
          (belowFree ? distantRun(view, anchor.row, [below], summable) : null) ??
          distantRun(view, anchor.row, [above], summable) ??
          alikeRowsAbove(
            view,
            anchor.row,
            rows.filter((r) => r < anchor.row && !aggregates.some((a) => a.row === r)),
            summable
          );
        if (!members) continue;
        aggregates.push({ row: anchor.row, members });
        for (const r of [anchor.row, ...members]) used.add(r);
        continue;
      }
      aggregates.push(...found.aggregates, { row: anchor.row, members: found.totalMembers });
      for (const a of [...found.aggregates, { row: anchor.row, members: found.totalMembers }])
        for (const r of [a.row, ...a.members]) used.add(r);
    }
    if (aggregates.length === 0) continue;
    const nested = new Set(aggregates.flatMap((a) => a.members));
    const labelOf = new Map(anchors.map((a) => [a.row, a.label]));
    const sumRows: SumRow[] = aggregates
      .sort((a, b) => a.row - b.row)
      .map((a) => ({
        row: a.row,
        role: nested.has(a.row) ? "subtotal" : "total",
        label: labelOf.get(a.row) ?? rowLabel(view, a.row, view.left, view.right)?.text ?? "",
        members: a.members,
      }));
    const involved = aggregates.flatMap((a) => [a.row, ...a.members]);
    const first = Math.min(...involved);
    const end = Math.max(...involved);
    const roles = new Map<number, RowRole>();
    const bodyRows: number[] = [];
    for (let r = first; r <= end; r++) {
      if (view.isBlankRow(r) || (isCovered(r) && !standsForTable(r))) continue;
      bodyRows.push(r);
      const sum = sumRows.find((s) => s.row === r);
      const role = sum ? sum.role : hasData(view, r, summable) ? "unit" : "category";
      roles.set(r, standsForTable(r) && !sum ? "subtotal" : role);
    }
    blocks.push({
      headerBottom: header,
      bodyRows,
      roles,
      sumRows,
      numericColumns,
      labelColumn: anchors[0].labelColumn,
    });
  }
  return blocks;
}
