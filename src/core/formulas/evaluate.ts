/**
 * What Excel would have cached. Workbooks written by scripts and some tools carry formulas without their values;
 * read as they are, a formula total looks blank and its column vanishes, a formula member looks blank and its
 * total looks wrong. `evaluateUncached` computes such formulas from the grid before anything is recognized:
 * SUM, SUBTOTAL(9/109), `+`/`-` chains, unary minus, numbers and references (plain, absolute, whole rows and
 * columns, on any sheet of the workbook), in dependency order, with cycles detected.
 *
 * What cannot be computed gets the value `{ unknown: true }` — never blank, never 0 — and is listed with the
 * reason, for a `formula-uncomputed` finding.
 */
import { cellAddress } from "../a1";
import {
  gridSize,
  isUnknownValue,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../grid";
import { parseFormula, referencesOf, type FormulaNode, type RefArea } from "../formulaRefs";
import { firstError, readCell, sumCell, toNumber, VALUE_ERROR, type Scalar } from "./values";

export type UncomputedReason =
  /** The formula uses operators or syntax the evaluator does not read (`*`, text, comparisons …). */
  | { kind: "unreadable" }
  | { kind: "function"; name: string }
  /** The formula refers to itself, directly or through other formulas. */
  | { kind: "cycle" }
  | { kind: "sheet"; name: string }
  /** It uses a cell whose value is unknown (`附件1!C5`). */
  | { kind: "depends"; cell: string }
  /** A range where one value is needed (`=C5:C8+1`, Excel's implicit intersection is not modelled). */
  | { kind: "range" };

export interface UncomputedCell {
  sheet: string;
  /** 0-based worksheet coordinates. */
  row: number;
  column: number;
  formula: string;
  reason: UncomputedReason;
}

export interface EvaluatedWorkbook {
  /** The same workbook, with computed values in place (listed in each sheet's `computed`) and unknown ones marked. */
  workbook: WorkbookGrid;
  uncomputed: UncomputedCell[];
  /** How many formula cells were computed. */
  computed: number;
}

class Uncomputable extends Error {
  constructor(readonly reason: UncomputedReason) {
    super(reason.kind);
  }
}

interface FormulaCell {
  sheet: number;
  row: number;
  column: number;
  formula: string;
  tree: FormulaNode | null;
  /** Formula cells (ids) that must be computed first. */
  precedents: number[];
  /** A reason known before evaluating (unreadable, missing sheet). */
  failed?: UncomputedReason;
}

/** A formula cell without a cached value: a formula and a null value (an empty string is a cached value). */
function isUncached(sheet: SheetGrid, r: number, c: number): boolean {
  const value = sheet.values[r]?.[c];
  return value === null || value === undefined;
}

/** A formula that can give empty text (`=IF(C5="","",C5/D5)`): its `<v></v>` reads as no value at all. */
const EMPTY_TEXT_LITERAL = /""/;

/**
 * Whether `test` holds for some formula of the sheet (grid indexes), the formulas visited row by row; one loop
 * without a closure per row (a large sheet has thousands of rows, most without formulas).
 */
function someFormula(
  sheet: SheetGrid,
  test: (r: number, c: number, formula: string) => boolean
): boolean {
  const formulas = sheet.formulas ?? [];
  for (let r = 0; r < formulas.length; r++) {
    const row = formulas[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const formula = row[c];
      if (formula && test(r, c, formula)) return true;
    }
  }
  return false;
}

export function evaluateUncached(workbook: WorkbookGrid): EvaluatedWorkbook {
  const unchanged = { workbook, uncomputed: [], computed: 0 };
  if (workbook.valuesComputed) return unchanged;
  // A workbook where some formulas carry values was saved by a spreadsheet, which caches every formula: there,
  // a formula without a value that can give empty text gave empty text (the reader cannot tell `<v></v>` from
  // no `<v>`). Sums are computed wherever their value is missing: they never give empty text.
  const savedBySpreadsheet = workbook.sheets.some((sheet) =>
    someFormula(sheet, (r, c) => !isUncached(sheet, r, c))
  );
  const cells: FormulaCell[] = [];
  workbook.sheets.forEach((sheet, s) => {
    someFormula(sheet, (r, c, formula) => {
      if (!isUncached(sheet, r, c)) return false;
      if (savedBySpreadsheet && EMPTY_TEXT_LITERAL.test(formula)) return false;
      cells.push({
        sheet: s,
        row: sheet.top + r,
        column: sheet.left + c,
        formula,
        tree: parseFormula(formula),
        precedents: [],
      });
      return false;
    });
  });
  if (cells.length === 0) return unchanged;

  // Sheets holding uncached formulas get their own copy of the values; the caller's grid is never written.
  const sheets = workbook.sheets.map((sheet, s) =>
    cells.some((cell) => cell.sheet === s)
      ? { ...sheet, values: sheet.values.map((row) => row.slice()), computed: [] }
      : sheet
  );
  const evaluator = new Evaluator(sheets);
  const graph = new DependencyGraph(cells, evaluator);
  const uncomputed: UncomputedCell[] = [];
  const fail = (id: number, reason: UncomputedReason) => {
    const cell = cells[id];
    evaluator.store(cell, { unknown: true });
    uncomputed.push({
      sheet: sheets[cell.sheet].name,
      row: cell.row,
      column: cell.column,
      formula: cell.formula,
      reason,
    });
  };

  let computed = 0;
  const { order, cyclic } = graph.order();
  for (const id of order) {
    const cell = cells[id];
    if (cell.failed) {
      fail(id, cell.failed);
      continue;
    }
    try {
      evaluator.store(cell, evaluator.evaluate(cell));
      sheets[cell.sheet].computed!.push({ row: cell.row, column: cell.column });
      computed++;
    } catch (error) {
      if (!(error instanceof Uncomputable)) throw error;
      fail(id, error.reason);
    }
  }
  for (const { id, inCycle, precedent } of cyclic)
    fail(
      id,
      inCycle ? { kind: "cycle" } : { kind: "depends", cell: evaluator.address(cells[precedent]) }
    );
  uncomputed.sort(
    (a, b) =>
      sheets.findIndex((s) => s.name === a.sheet) - sheets.findIndex((s) => s.name === b.sheet) ||
      a.row - b.row ||
      a.column - b.column
  );
  return { workbook: { ...workbook, sheets }, uncomputed, computed };
}

/** Which formula cells wait for which: Kahn's order, and the cells left over by cycles. */
class DependencyGraph {
  private readonly dependents: number[][];

  constructor(
    private readonly cells: FormulaCell[],
    evaluator: Evaluator
  ) {
    // Per sheet and column, the rows of uncached formulas (ascending): a range finds its formula cells quickly.
    const index = new Map<number, Map<number, { rows: number[]; ids: number[] }>>();
    cells.forEach((cell, id) => {
      let columns = index.get(cell.sheet);
      if (!columns) index.set(cell.sheet, (columns = new Map()));
      let column = columns.get(cell.column);
      if (!column) columns.set(cell.column, (column = { rows: [], ids: [] }));
      column.rows.push(cell.row); // cells were collected row by row, so rows ascend per column
      column.ids.push(id);
    });
    this.dependents = cells.map(() => []);
    cells.forEach((cell, id) => {
      if (!cell.tree) {
        cell.failed = unreadableReason(cell.formula);
        return;
      }
      const seen = new Set<number>();
      for (const ref of referencesOf(cell.tree)) {
        const sheet = evaluator.sheetOf(ref.sheet, cell.sheet);
        if (sheet === null) {
          cell.failed ??= { kind: "sheet", name: ref.sheet ?? "" };
          continue;
        }
        const area = evaluator.clamp(sheet, ref.area);
        const columns = index.get(sheet);
        if (!area || !columns) continue;
        const visit = (column: { rows: number[]; ids: number[] }) => {
          for (let k = lowerBound(column.rows, area.top); k < column.rows.length; k++) {
            if (column.rows[k] > area.bottom) break;
            const precedent = column.ids[k];
            if (seen.has(precedent)) continue;
            seen.add(precedent);
            cell.precedents.push(precedent);
            this.dependents[precedent].push(id);
          }
        };
        if (area.right - area.left + 1 <= columns.size) {
          for (let c = area.left; c <= area.right; c++) {
            const column = columns.get(c);
            if (column) visit(column);
          }
        } else
          for (const [c, column] of columns) if (c >= area.left && c <= area.right) visit(column);
      }
    });
  }

  /**
   * Kahn's topological order. Cells left over lie on a cycle or downstream of one: peeling the leftovers that
   * no leftover depends on tells the downstream ones (they depend on a cycle) from the cycles themselves.
   */
  order(): { order: number[]; cyclic: { id: number; inCycle: boolean; precedent: number }[] } {
    const waiting = this.cells.map((cell) => cell.precedents.length);
    const queue: number[] = [];
    waiting.forEach((n, id) => n === 0 && queue.push(id));
    const order: number[] = [];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head];
      order.push(id);
      for (const next of this.dependents[id]) if (--waiting[next] === 0) queue.push(next);
    }
    if (order.length === this.cells.length) return { order, cyclic: [] };

    const left = new Set<number>();
    this.cells.forEach((_, id) => waiting[id] > 0 && left.add(id));
    const outgoing = new Map<number, number>();
    for (const id of left) outgoing.set(id, this.dependents[id].filter((d) => left.has(d)).length);
    const downstream = new Set<number>();
    const peel = [...left].filter((id) => outgoing.get(id) === 0);
    while (peel.length) {
      const id = peel.pop()!;
      downstream.add(id);
      for (const p of this.cells[id].precedents) {
        if (!left.has(p) || downstream.has(p)) continue;
        const n = outgoing.get(p)! - 1;
        outgoing.set(p, n);
        if (n === 0) peel.push(p);
      }
    }
    const cyclic = [...left].map((id) => ({
      id,
      inCycle: !downstream.has(id),
      precedent: this.cells[id].precedents.find((p) => left.has(p)) ?? id,
    }));
    return { order, cyclic };
  }
}

/** Why a formula was not read: the first function the evaluator does not compute, else its syntax. */
function unreadableReason(formula: string): UncomputedReason {
  for (const match of formula.matchAll(/(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/g)) {
    const name = match[1].toUpperCase();
    if (name !== "SUM" && name !== "SUBTOTAL") return { kind: "function", name };
  }
  return { kind: "unreadable" };
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Excel's arithmetic over the grid, for the few functions the checks meet in totals. */
class Evaluator {
  private readonly byName = new Map<string, number>();
  private readonly hidden = new Map<number, Set<number>>();
  /** Each sheet's grid size, measured once (a ragged grid takes a pass over its rows). */
  private readonly sizes: { rows: number; columns: number }[];

  constructor(private readonly sheets: SheetGrid[]) {
    // Excel's sheet names are case-insensitive.
    sheets.forEach((sheet, s) => this.byName.set(sheet.name.toLowerCase(), s));
    this.sizes = sheets.map(gridSize);
  }

  sheetOf(name: string | null, own: number): number | null {
    if (name === null) return own;
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  address(cell: { sheet: number; row: number; column: number }): string {
    return `${this.sheets[cell.sheet].name}!${cellAddress(cell.row, cell.column)}`;
  }

  /** The part of an area inside the sheet's grid (whole columns and rows reach only that far), or null. */
  clamp(sheet: number, area: RefArea): RefArea | null {
    const grid = this.sheets[sheet];
    const size = this.sizes[sheet];
    const top = Math.max(area.top, grid.top);
    const left = Math.max(area.left, grid.left);
    const bottom = Math.min(area.bottom, grid.top + size.rows - 1);
    const right = Math.min(area.right, grid.left + size.columns - 1);
    return top <= bottom && left <= right ? { top, left, bottom, right } : null;
  }

  store(cell: FormulaCell, value: CellValue): void {
    const grid = this.sheets[cell.sheet];
    const row = grid.values[cell.row - grid.top];
    if (row) row[cell.column - grid.left] = value;
    else grid.values[cell.row - grid.top] = Object.assign([], { [cell.column - grid.left]: value });
  }

  evaluate(cell: FormulaCell): CellValue {
    const value = this.scalar(cell.tree!, cell.sheet);
    // `=D9` shows 0 for an empty D9.
    return value === null ? 0 : value;
  }

  private value(sheet: number, row: number, column: number): Scalar {
    const grid = this.sheets[sheet];
    const value = grid.values[row - grid.top]?.[column - grid.left] ?? null;
    if (isUnknownValue(value))
      throw new Uncomputable({
        kind: "depends",
        cell: this.address({ sheet, row, column }),
      });
    return value;
  }

  private scalar(node: FormulaNode, sheet: number): Scalar {
    switch (node.type) {
      case "number":
        return node.value;
      case "ref": {
        const { area } = node;
        if (
          area.top !== area.bottom ||
          area.left !== area.right ||
          area.wholeColumns ||
          area.wholeRows
        )
          throw new Uncomputable({ kind: "range" });
        const target = this.sheetOf(node.sheet, sheet);
        if (target === null) throw new Uncomputable({ kind: "sheet", name: node.sheet ?? "" });
        return this.value(target, area.top, area.left);
      }
      case "negate": {
        const operand = toNumber(this.scalar(node.operand, sheet));
        return typeof operand === "number" ? 0 - operand : operand;
      }
      case "binary": {
        const left = toNumber(this.scalar(node.left, sheet));
        const right = toNumber(this.scalar(node.right, sheet));
        const error = firstError(left, right);
        if (error) return error;
        return node.op === "+"
          ? (left as number) + (right as number)
          : (left as number) - (right as number);
      }
      case "call":
        return this.call(node, sheet);
    }
  }

  private call(node: Extract<FormulaNode, { type: "call" }>, sheet: number): Scalar {
    if (node.name === "SUM") {
      let total = 0;
      for (const arg of node.args) {
        const part =
          arg.type === "ref" ? this.sumRange(arg, sheet, 0) : sumCell(this.scalar(arg, sheet));
        if (typeof part !== "number") return part;
        total += part;
      }
      return total;
    }
    if (node.name === "SUBTOTAL") {
      const [code, ...rest] = node.args;
      if (code?.type !== "number" || (code.value !== 9 && code.value !== 109))
        throw new Uncomputable({ kind: "function", name: "SUBTOTAL" });
      if (rest.length === 0) return VALUE_ERROR;
      let total = 0;
      for (const arg of rest) {
        if (arg.type !== "ref") throw new Uncomputable({ kind: "function", name: "SUBTOTAL" });
        const part = this.sumRange(arg, sheet, code.value);
        if (typeof part !== "number") return part;
        total += part;
      }
      return total;
    }
    throw new Uncomputable({ kind: "function", name: node.name });
  }

  /** SUM over a reference: numbers only (text, booleans, blanks skipped); the first error wins. */
  private sumRange(
    ref: Extract<FormulaNode, { type: "ref" }>,
    own: number,
    subtotal: number
  ): number | Scalar {
    const sheet = this.sheetOf(ref.sheet, own);
    if (sheet === null) throw new Uncomputable({ kind: "sheet", name: ref.sheet ?? "" });
    const area = this.clamp(sheet, ref.area);
    if (!area) return 0;
    const grid = this.sheets[sheet];
    const hidden = subtotal === 109 ? this.hiddenRows(sheet) : null;
    let total = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      if (hidden?.has(r)) continue;
      const formulas = grid.formulas?.[r - grid.top];
      for (let c = area.left; c <= area.right; c++) {
        // Every SUBTOTAL skips the SUBTOTALs inside its range, so nested subtotals are not counted twice.
        if (subtotal && /SUBTOTAL\s*\(/i.test(formulas?.[c - grid.left] ?? "")) continue;
        const value = readCell(this.value(sheet, r, c));
        if (typeof value !== "number") return value;
        total += value;
      }
    }
    return total;
  }

  private hiddenRows(sheet: number): Set<number> {
    let rows = this.hidden.get(sheet);
    if (!rows) this.hidden.set(sheet, (rows = new Set(this.sheets[sheet].hiddenRows ?? [])));
    return rows;
  }
}
