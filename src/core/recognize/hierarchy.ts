/**
 * Hierarchies read from the figures: a subtotal row adds up the run of rows right above it, and a later total
 * adds up those subtotals and the rows left between them (`Total assets` = `Total current assets` + `Total
 * non-current assets`); a category over its indented parts adds up the run right under it. Columns are read the
 * same way (columnTotals.ts). Only the lines a caller names are tried, and each is taken for an aggregate only
 * where its figures agree with a run of open lines — a structure guessed without the numbers agreeing is never
 * claimed.
 */
import { kindOf } from "../numbers";
import { valueAt, type Agreement } from "./agreement";
import type { CellPosition } from "./layout";
import type { SheetView } from "./sheetView";

export interface Aggregate {
  row: number;
  /** The rows it adds up, top-down: units and the aggregates standing for theirs. */
  members: number[];
}

/** A run longer than this is not tried (the cost grows with its square). */
const MAX_RUN = 250;

/** Two thirds of the sums that say something agree, and at least one does. */
export function agreesMostly(a: Agreement): boolean {
  return a.agreeing >= 1 && a.agreeing * 3 >= a.informative * 2;
}

/** Rounded published figures differ from their parts by a little (as in agreement.ts). */
const RELATIVE_SLACK = 0.005;

const agrees = (total: number, sum: number) =>
  Math.abs(total - sum) <=
  Math.max(1e-6, RELATIVE_SLACK * Math.max(Math.abs(total), Math.abs(sum)));

export interface RunOptions {
  /** The cell of a line (row, or column read across) at a position along it; rows by default. */
  at?: (line: number, across: number) => CellPosition;
  /** Every sum that says something agrees, and at least three do: for aggregates no label names. */
  strict?: boolean;
  /**
   * Lines that may stand beside one part with figures as parts written as 0 (`Student fees` + `Misc. 0` + `Other
   * 0` under `Total Income`): a run of such lines only, every sum agreeing, at least two. For labelled totals.
   */
  zeroParts?: (line: number) => boolean;
}

const byRow = (row: number, column: number): CellPosition => ({ row, column });

/**
 * The run at the end of `open` that the row adds up best: most agreeing sums, then fewest wrong, then longest.
 * Two thirds of the sums that say something must agree, and some column must agree with at least two members
 * that are not zero — a row equal to one other row (a copy, zeros around it) is no evidence of a sum.
 * Sums grow run by run, so the cost is the run's length times the columns.
 */
export function bestRun(
  view: SheetView,
  row: number,
  open: number[],
  columns: number[],
  options: RunOptions = {}
): { members: number[]; agreement: Agreement } | null {
  const at = options.at ?? byRow;
  const totals = columns.map((column) => valueAt(view, at(row, column)));
  const sums = columns.map(() => 0);
  const counted = columns.map(() => 0);
  const nonZero = columns.map(() => 0);
  const unknown = columns.map(() => false);
  let best: { members: number[]; agreement: Agreement } | null = null;
  let onlyZeroParts = options.zeroParts !== undefined;
  for (let n = 1; n <= Math.min(open.length, MAX_RUN); n++) {
    const member = open[open.length - n];
    if (onlyZeroParts && !options.zeroParts!(member)) onlyZeroParts = false;
    const agreement: Agreement = {
      informative: 0,
      agreeing: 0,
      worstRelative: 0,
      bestRelative: Infinity,
    };
    let several = false;
    let withZeros = false;
    columns.forEach((column, i) => {
      const cell = at(member, column);
      if (kindOf(view.value(cell.row, cell.column)) === "unknown") unknown[i] = true;
      const value = valueAt(view, cell);
      if (value !== null) {
        sums[i] += value;
        counted[i]++;
        if (value !== 0) nonZero[i]++;
      }
      const total = totals[i];
      if (total === null || counted[i] === 0 || unknown[i] || (total === 0 && sums[i] === 0))
        return;
      agreement.informative++;
      if (agrees(total, sums[i])) {
        agreement.agreeing++;
        if (nonZero[i] >= 2 && total !== 0) several = true;
        if (counted[i] >= 2 && total !== 0) withZeros = true;
      } else {
        const relative = Math.abs(total - sums[i]) / Math.max(Math.abs(total), Math.abs(sums[i]));
        agreement.worstRelative = Math.max(agreement.worstRelative, relative);
        agreement.bestRelative = Math.min(agreement.bestRelative, relative);
      }
    });
    const zerosBeside =
      onlyZeroParts &&
      withZeros &&
      agreement.agreeing >= 2 &&
      agreement.agreeing === agreement.informative;
    if ((!several && !zerosBeside) || !agreesMostly(agreement)) continue;
    if (options.strict && (agreement.agreeing < agreement.informative || agreement.agreeing < 3))
      continue;
    const wrong = (a: Agreement) => a.informative - a.agreeing;
    if (
      !best ||
      agreement.agreeing > best.agreement.agreeing ||
      (agreement.agreeing === best.agreement.agreeing && wrong(agreement) <= wrong(best.agreement))
    )
      best = { members: open.slice(open.length - n), agreement };
  }
  return best;
}

/** Cell reads a search for a distant run may cost (a 200-column sheet of 100 rows is about this). */
const DISTANT_BUDGET = 4_000_000;

/**
 * The run of consecutive lines within one of `segments` (anywhere in it, not only next to the total) that the
 * line adds up wherever a sum says something, at least three agreeing: the most agreeing, then the longest.
 * Every run is tried (a segment's length squared times the positions across): too wide a search is not made.
 */
export function distantRun(
  view: SheetView,
  line: number,
  segments: number[][],
  across: number[],
  options: RunOptions = {}
): number[] | null {
  const cost = segments.reduce((n, s) => n + s.length * s.length, 0) * across.length;
  if (cost > DISTANT_BUDGET) return null;
  let best: { members: number[]; agreeing: number } | null = null;
  for (const segment of segments)
    for (let end = 2; end <= segment.length; end++) {
      const run = bestRun(view, line, segment.slice(0, end), across, { ...options, strict: true });
      if (!run || run.members.length < 2) continue;
      best = moreAgreeing(best, run);
    }
  return best ? [...best.members].sort((a, b) => a - b) : null;
}

/** The better of two runs found for one total: the more agreeing sums, then the more members. */
function moreAgreeing(
  best: { members: number[]; agreeing: number } | null,
  found: { members: number[]; agreement: { agreeing: number } }
): { members: number[]; agreeing: number } {
  const agreeing = found.agreement.agreeing;
  return best &&
    (best.agreeing > agreeing ||
      (best.agreeing === agreeing && best.members.length >= found.members.length))
    ? best
    : { members: found.members, agreeing };
}

/** The widest step between the members of a strided run (every second … every sixth line). */
const MAX_STRIDE = 6;

/**
 * Lines at a fixed step (every n-th column: `EXAM TOTAL` = each exam's curved score, four columns apart) that
 * the line adds up wherever a sum says something, at least three agreeing and at least three members: the most
 * agreeing, then the longest. `lines` are the lines a member may be (the total itself is never one); a run
 * stops at the first step that is not among them.
 */
export function stridedRun(
  view: SheetView,
  line: number,
  lines: number[],
  across: number[],
  options: RunOptions = {}
): number[] | null {
  const allowed = new Set(lines.filter((l) => l !== line));
  // Each start and step: a run of length/step members read once (about 1.5 × length² × positions across).
  const cost = 1.5 * allowed.size * allowed.size * across.length;
  if (cost > DISTANT_BUDGET) return null;
  let best: { members: number[]; agreeing: number } | null = null;
  for (let stride = 2; stride <= MAX_STRIDE; stride++)
    for (const start of allowed) {
      const run: number[] = [];
      for (let l = start; allowed.has(l); l += stride) run.unshift(l); // first member last
      if (run.length < 3) continue;
      const found = bestRun(view, line, run, across, { ...options, strict: true });
      if (!found || found.members.length < 3) continue;
      best = moreAgreeing(best, found);
    }
  return best ? [...best.members].sort((a, b) => a - b) : null;
}

/** How many lines a set of totals is chosen from (its subsets are all tried). */
const MAX_SUBSET_LINES = 8;

/**
 * The smallest set of the given lines (the eight nearest at most, nearest first) that the line adds up: at least
 * three sums agreeing, some adding two non-zero members, and at most one sum in ten (of those that say something)
 * disagreeing — a typo such as `482.084` for `482,084`. A grand total over totals standing apart (`Total points`
 * = `Total lecture` + `Total laboratory points`, the parts between them; `Population total` = men + women).
 */
export function subsetRun(
  view: SheetView,
  line: number,
  lines: number[],
  across: number[],
  options: RunOptions = {}
): number[] | null {
  const at = options.at ?? byRow;
  const chosen = lines.slice(0, MAX_SUBSET_LINES);
  if (chosen.length < 2 || (1 << chosen.length) * chosen.length * across.length > DISTANT_BUDGET)
    return null;
  const totals = across.map((a) => valueAt(view, at(line, a)));
  const values = chosen.map((l) =>
    across.map((a) => {
      const cell = at(l, a);
      return kindOf(view.value(cell.row, cell.column)) === "unknown" ? NaN : valueAt(view, cell);
    })
  );
  const allowed = Math.floor(across.length / 10);
  let best: number[] | null = null;
  for (let mask = 3; mask < 1 << chosen.length; mask++) {
    const picked = chosen.map((_, i) => i).filter((i) => mask & (1 << i));
    if (picked.length < 2 || (best && picked.length >= best.length)) continue;
    let agreeing = 0;
    let several = false;
    let wrong = 0;
    for (let k = 0; k < across.length && wrong <= allowed; k++) {
      const total = totals[k];
      let sum = 0;
      let counted = 0;
      let nonZero = 0;
      for (const i of picked) {
        const value = values[i][k];
        if (value === null) continue;
        sum += value;
        counted++;
        if (value !== 0) nonZero++;
      }
      if (total === null || counted === 0 || Number.isNaN(sum) || (total === 0 && sum === 0))
        continue;
      if (!agrees(total, sum)) wrong++;
      else {
        agreeing++;
        if (nonZero >= 2 && total !== 0) several = true;
      }
    }
    if (wrong <= allowed && wrong * 10 <= agreeing + wrong && several && agreeing >= 3)
      best = picked.map((i) => chosen[i]);
  }
  return best ? [...best].sort((a, b) => a - b) : null;
}

/**
 * Reads rows top-down. A candidate row takes the best-agreeing run of open rows right above it, which it then
 * stands for; any other row with figures stays open. Returns the aggregates found and the rows still open.
 */
export function aggregatesAbove(
  view: SheetView,
  rows: number[],
  columns: number[],
  isCandidate: (row: number) => boolean,
  /** Plain rows written as 0 count as parts beside one with figures (see `zeroParts`). */
  zerosAsParts = false
): { aggregates: Aggregate[]; open: number[] } {
  const aggregates: Aggregate[] = [];
  const open: number[] = [];
  // Rows that are totals themselves (read as such or not) are never parts held at 0.
  const zeroParts = zerosAsParts ? (row: number) => !isCandidate(row) : undefined;
  for (const row of rows) {
    if (isCandidate(row)) {
      const run = bestRun(view, row, open, columns, { zeroParts });
      if (run) {
        open.splice(open.length - run.members.length);
        aggregates.push({ row, members: run.members });
      }
    }
    open.push(row);
  }
  return { aggregates, open };
}

export interface Hierarchy {
  /** Rows standing for the rows they add up (subtotals, categories with their own figures). */
  aggregates: Aggregate[];
  /** What the total adds up: a run of the rows left standing, at least one of them an aggregate. */
  totalMembers: number[];
}

/** Leading spaces of a label: statistics tables show a hierarchy by indenting the parts under their whole. */
export function indentOf(text: unknown): number {
  return typeof text === "string" ? (/^[\s\u00a0\u3000]*/.exec(text)?.[0].length ?? 0) : 0;
}

/** Leading spaces one style indent level stands for (Excel indents a level by about a wide character's width). */
const SPACES_PER_LEVEL = 2;

/**
 * How deep a row's label sits: its leading spaces and its style's indent level (`<alignment indent="2"/>`),
 * which statistics tables use in place of spaces — the same hierarchy either way.
 */
export function labelIndent(view: SheetView, row: number, column: number): number {
  return indentOf(view.value(row, column)) + SPACES_PER_LEVEL * view.indent(row, column);
}

export interface HierarchyOptions {
  /** A total over plain rows only (no aggregate among them) is read too. */
  flatToo?: boolean;
  /** Rows no label or indentation names may stand for a run too, where every sum agrees (at least three). */
  unlabelled?: boolean;
}

/**
 * A total's rows read as a hierarchy, when they do not add up flat. `rows` are the rows with figures between the
 * header and the total (`up`) or under a total that heads its block (`down`), top-down. Upwards, each row
 * `isLabelled` names (subtotals, named totals) adds up the run right above it; downwards, the run right under
 * it. A row over rows indented deeper adds up those; with `unlabelled`, any other row may add up a run where
 * every sum agrees.
 */
export function readHierarchy(
  view: SheetView,
  total: number,
  rows: number[],
  columns: number[],
  direction: "up" | "down",
  isLabelled: (row: number) => boolean,
  indent: (row: number) => number,
  options: HierarchyOptions = {}
): Hierarchy | null {
  const { flatToo = false, unlabelled = false } = options;
  const aggregates: Aggregate[] = [];
  const open: number[] = [];
  for (const row of direction === "up" ? rows : [...rows].reverse()) {
    let deeper = 0;
    if (direction === "down")
      while (deeper < open.length && indent(open[open.length - 1 - deeper]) > indent(row)) deeper++;
    const run = isLabelled(row)
      ? bestRun(view, row, open, columns)
      : deeper > 0
        ? bestRun(view, row, open.slice(open.length - deeper), columns)
        : unlabelled
          ? bestRun(view, row, open, columns, { strict: true })
          : null;
    if (run) {
      open.splice(open.length - run.members.length);
      aggregates.push({
        row,
        members: direction === "up" ? run.members : [...run.members].reverse(),
      });
    }
    open.push(row);
  }
  if (aggregates.length === 0 && !flatToo) return null;
  const run = bestRun(view, total, open, columns);
  if (!run) return null;
  const standing = new Set(aggregates.map((a) => a.row));
  if (!flatToo && !run.members.some((m) => standing.has(m))) return null;
  return {
    aggregates,
    totalMembers: direction === "up" ? run.members : [...run.members].reverse(),
  };
}
