/**
 * The geometry of the sheet grid, apart from React so it is tested on its own: row offsets, which rows a scroll
 * position shows, how merged areas split over the rendered row groups, where a cell's text sits, and the outline
 * of the recognized tables.
 */
import type { CellArea } from "../../core/grid";
import type { DisplaySheet } from "../display";

/** offsets[i] is the top of item i; offsets[n] the total. */
export function prefixOffsets(sizes: readonly number[]): Float64Array {
  const offsets = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) offsets[i + 1] = offsets[i] + sizes[i];
  return offsets;
}

/** The item under position y: the largest i with offsets[i] <= y, within 0 … n-1. */
export function indexAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowWindow {
  /** First and one past the last scrolling row rendered (frozen rows are always rendered). */
  start: number;
  end: number;
}

/**
 * The scrolling rows to render for a scroll position: those under the viewport below the frozen rows, plus
 * `overscan` rows on either side so that ordinary scrolling does not re-render at every step.
 */
export function rowWindow(
  offsets: Float64Array,
  frozenRows: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 20
): RowWindow {
  const rows = offsets.length - 1;
  if (rows <= frozenRows) return { start: rows, end: rows };
  const frozenHeight = offsets[frozenRows];
  const firstVisible = Math.max(frozenRows, indexAt(offsets, scrollTop + frozenHeight));
  const lastVisible = indexAt(offsets, scrollTop + Math.max(viewportHeight, 1));
  return {
    start: Math.max(frozenRows, firstVisible - overscan),
    end: Math.min(rows, Math.max(lastVisible, firstVisible) + overscan + 1),
  };
}

/** True when `inner` (the rows now visible) lies inside `outer` (the rows rendered). */
export function windowCovers(outer: RowWindow, inner: RowWindow, rows: number): boolean {
  return (
    (outer.start <= inner.start || outer.start === 0) &&
    (outer.end >= inner.end || outer.end === rows)
  );
}

/** The scrollTop that shows `row` just below the frozen rows (with a row of context), or null when it is frozen. */
export function scrollTopFor(
  offsets: Float64Array,
  frozenRows: number,
  row: number,
  context = 1
): number | null {
  if (row < frozenRows) return null;
  const target = Math.max(frozenRows, row - context);
  return Math.max(0, offsets[target] - offsets[frozenRows]);
}

/** Looks up the merged area covering a cell. */
export class MergeIndex {
  private readonly byCell = new Map<number, CellArea>();

  constructor(
    merges: readonly CellArea[],
    private readonly width = 16384
  ) {
    for (const area of merges) {
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (cells > 1_000_000) continue; // a whole-sheet merge would only cost memory
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) this.byCell.set(r * this.width + c, area);
    }
  }

  at(row: number, column: number): CellArea | undefined {
    return this.byCell.get(row * this.width + column);
  }
}

/** One rendered table cell: where it starts, how far it spans, and the area of the sheet it stands for. */
export interface CellSpan {
  column: number;
  rowSpan: number;
  colSpan: number;
  /** The merged area (whole, not clipped) or the single cell. */
  area: CellArea;
}

/**
 * The cells to render in `row`, which belongs to the rendered group of rows [groupStart, groupEnd). A merged area
 * cut by the group's edge is rendered as the part inside the group, starting at the group's first row, so that a
 * category merged down many rows still shows its name when its first row has scrolled away.
 */
export function rowCells(
  row: number,
  columns: number,
  merges: MergeIndex,
  groupStart: number,
  groupEnd: number
): CellSpan[] {
  const cells: CellSpan[] = [];
  for (let column = 0; column < columns; column++) {
    const area = merges.at(row, column);
    if (!area) {
      cells.push({
        column,
        rowSpan: 1,
        colSpan: 1,
        area: { top: row, left: column, bottom: row, right: column },
      });
      continue;
    }
    if (column !== area.left) continue;
    const first = Math.max(area.top, groupStart);
    if (row !== first) continue;
    const last = Math.min(area.bottom, groupEnd - 1);
    cells.push({ column, rowSpan: last - row + 1, colSpan: area.right - area.left + 1, area });
  }
  return cells;
}

/** Finds a cell's text and style index; undefined when the cell is empty and plain. */
export function cellAt(
  sheet: DisplaySheet,
  row: number,
  column: number
): { text: string; style: number } | undefined {
  if (row < 0 || row >= sheet.rows) return undefined;
  let lo = sheet.rowStart[row];
  let hi = sheet.rowStart[row + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = sheet.cellColumns[mid];
    if (c === column) return { text: sheet.texts[mid], style: sheet.cellStyles[mid] };
    if (c < column) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The edges of `cell` that lie on the outline of one of the tables: top, right, bottom, left. */
export function outlineEdges(
  cell: CellArea,
  tables: readonly CellArea[]
): [boolean, boolean, boolean, boolean] {
  const edges: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  for (const t of tables) {
    const rowsInside = cell.bottom >= t.top && cell.top <= t.bottom;
    const columnsInside = cell.right >= t.left && cell.left <= t.right;
    if (!rowsInside || !columnsInside) continue;
    if (cell.top <= t.top) edges[0] = true;
    if (cell.right >= t.right) edges[1] = true;
    if (cell.bottom >= t.bottom) edges[2] = true;
    if (cell.left <= t.left) edges[3] = true;
  }
  return edges;
}

/** Inset shadows draw the table outline over the cell's own fill, whatever its borders. */
export function outlineShadow(
  edges: readonly boolean[],
  colour: string,
  width = 2
): string | undefined {
  const [top, right, bottom, left] = edges;
  const parts: string[] = [];
  if (top) parts.push(`inset 0 ${width}px 0 0 ${colour}`);
  if (right) parts.push(`inset -${width}px 0 0 0 ${colour}`);
  if (bottom) parts.push(`inset 0 -${width}px 0 0 ${colour}`);
  if (left) parts.push(`inset ${width}px 0 0 0 ${colour}`);
  return parts.length ? parts.join(", ") : undefined;
}
