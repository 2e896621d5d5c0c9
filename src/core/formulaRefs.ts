/**
 * The project's formula reader. `parseFormula` turns the formulas the checks deal with — references (plain,
 * absolute, whole rows and columns, on this or another sheet), numbers, functions with argument lists, `+`/`-`
 * chains, unary minus and parentheses — into a small tree; anything else (`*`, text literals, comparisons,
 * external workbooks …) is no tree (null).
 *
 * `coveredCells` reads a total's formula as a plain sum: the cells covered by `=SUM(C3:C29)`,
 * `=SUM(C3:C10,C12:C29)`, `=C3+C4+…`, `=SUBTOTAL(9,C3:C29)` (also 109), with absolute references and the sheet's
 * own name allowed. Anything else (other functions, minus, products, constants, other sheets, whole columns, a
 * link `=D9` to a single cell) is not a plain sum: it returns null and the formula is not judged.
 */
import { columnIndex } from "./a1";

export interface CoveredCell {
  row: number;
  column: number;
}

/** The last row and column index of a worksheet (0-based): whole-row and whole-column references reach them. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** A referenced block in 0-based worksheet coordinates; `C:C` spans every row, `5:5` every column. */
export interface RefArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

export type FormulaNode =
  | { type: "number"; value: number }
  /** `sheet` is the name as written (quotes and doubled quotes removed), null for the formula's own sheet. */
  | { type: "ref"; sheet: string | null; area: RefArea }
  /** `name` upper-cased, without Excel's `_xlfn.` prefix. */
  | { type: "call"; name: string; args: FormulaNode[] }
  | { type: "negate"; operand: FormulaNode }
  | { type: "binary"; op: "+" | "-"; left: FormulaNode; right: FormulaNode };

/** Ranges larger than this are not expanded (a formula over a whole sheet is not a table total). */
const MAX_CELLS = 200_000;

type Token =
  | { type: "ref"; text: string }
  | { type: "func"; name: string }
  | { type: "number"; value: number }
  | { type: "op"; text: "+" | "-" | "," | "(" | ")" };

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[^\s'!(),+\-*/^&=<>:;"\[\]]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const COLUMNS = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
const ROWS = String.raw`\$?\d{1,7}:\$?\d{1,7}`;
const REF = new RegExp(
  `^(?:${SHEET_PREFIX})?(?:${CELL}(?::${CELL})?|${COLUMNS}|${ROWS})(?![A-Za-z0-9_(!])`
);
const FUNC = /^(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

function tokenize(formula: string): Token[] | null {
  const tokens: Token[] = [];
  let s = formula.trim().replace(/^=/, "");
  while (s.length > 0) {
    const space = /^\s+/.exec(s);
    if (space) {
      s = s.slice(space[0].length);
      continue;
    }
    const func = FUNC.exec(s);
    if (func) {
      tokens.push({ type: "func", name: func[1].toUpperCase() });
      s = s.slice(func[0].length);
      continue;
    }
    const ref = REF.exec(s);
    if (ref) {
      tokens.push({ type: "ref", text: ref[0] });
      s = s.slice(ref[0].length);
      continue;
    }
    const number = NUMBER.exec(s);
    if (number) {
      tokens.push({ type: "number", value: Number(number[0]) });
      s = s.slice(number[0].length);
      continue;
    }
    const ch = s[0];
    if (ch === "+" || ch === "-" || ch === "," || ch === "(" || ch === ")") {
      tokens.push({ type: "op", text: ch });
      s = s.slice(1);
      continue;
    }
    return null; // products, text, comparison, external workbooks …: not read
  }
  return tokens;
}

function normalizeSheetName(name: string): string {
  return name.replace(/^'|'$/g, "").replace(/''/g, "'");
}

function parseRef(text: string): FormulaNode | null {
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? normalizeSheetName(text.slice(0, bang)) : null;
  const local = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, "");
  const [from, to = from] = local.split(":");
  let area: RefArea;
  if (/^\d+$/.test(from)) {
    const [r1, r2] = [Number(from) - 1, Number(to) - 1];
    area = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: LAST_COLUMN };
    area.wholeRows = true;
  } else if (/^[A-Za-z]+$/.test(from)) {
    const [c1, c2] = [columnIndex(from), columnIndex(to)];
    area = { top: 0, bottom: LAST_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
    area.wholeColumns = true;
  } else {
    const a = /^([A-Za-z]{1,3})(\d+)$/.exec(from);
    const b = /^([A-Za-z]{1,3})(\d+)$/.exec(to);
    if (!a || !b) return null;
    const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1];
    const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])];
    area = {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    };
  }
  if (area.top < 0 || area.left < 0 || area.bottom > LAST_ROW || area.right > LAST_COLUMN)
    return null;
  return { type: "ref", sheet, area };
}

class Unreadable extends Error {}

/** The formula as a tree, or null when it uses anything beyond references, numbers, functions, `+`, `-`, `( )`. */
export function parseFormula(formula: string): FormulaNode | null {
  const tokens = tokenize(formula);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (text: string) => {
    const token = tokens[i];
    return token !== undefined && token.type === "op" && token.text === text;
  };
  const expectOp = (text: string) => {
    if (!isOp(text)) throw new Unreadable();
    i++;
  };

  // expr := unary (('+'|'-') unary)* ; unary := ('+'|'-') unary | primary
  // primary := number | ref | name '(' [expr (',' expr)*] ')' | '(' expr ')'
  const primary = (): FormulaNode => {
    const token = peek();
    if (!token) throw new Unreadable();
    i++;
    if (token.type === "number") return { type: "number", value: token.value };
    if (token.type === "ref") {
      const ref = parseRef(token.text);
      if (!ref) throw new Unreadable();
      return ref;
    }
    if (token.type === "func") {
      const args: FormulaNode[] = [];
      if (!isOp(")")) {
        args.push(expr());
        while (isOp(",")) {
          i++;
          args.push(expr());
        }
      }
      expectOp(")");
      return { type: "call", name: token.name, args };
    }
    if (token.text === "(") {
      const inner = expr();
      expectOp(")");
      return inner;
    }
    throw new Unreadable();
  };
  const unary = (): FormulaNode => {
    if (isOp("+")) {
      i++;
      return unary();
    }
    if (isOp("-")) {
      i++;
      return { type: "negate", operand: unary() };
    }
    return primary();
  };
  const expr = (): FormulaNode => {
    let left = unary();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i] as { text: "+" | "-" }).text;
      i++;
      left = { type: "binary", op, left, right: unary() };
    }
    return left;
  };

  try {
    const tree = expr();
    return i === tokens.length ? tree : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** Every reference in a formula tree, in reading order. */
export function referencesOf(node: FormulaNode): Extract<FormulaNode, { type: "ref" }>[] {
  switch (node.type) {
    case "ref":
      return [node];
    case "number":
      return [];
    case "call":
      return node.args.flatMap(referencesOf);
    case "negate":
      return referencesOf(node.operand);
    case "binary":
      return [...referencesOf(node.left), ...referencesOf(node.right)];
  }
}

/** Does a formula call SUBTOTAL? Every SUBTOTAL skips such cells, so nested subtotals are not doubled. */
export function isSubtotalFormula(formula: string | null | undefined): boolean {
  return !!formula && /SUBTOTAL\s*\(/i.test(formula);
}

class NotASum extends Error {}

/** What SUBTOTAL leaves out, as Excel computes it. */
export interface SubtotalContext {
  /** Hidden rows: SUBTOTAL(109, …) skips them (SUBTOTAL(9, …) only skips filtered-out rows, not modelled). */
  isHiddenRow?: (row: number) => boolean;
  /** Cells holding a SUBTOTAL formula themselves: every SUBTOTAL skips them, so nested subtotals are not doubled. */
  isSubtotalCell?: (row: number, column: number) => boolean;
}

/**
 * The cells a plain-sum formula covers, each as often as it is counted (a cell in two ranges appears twice).
 * `sheet` is the formula's own sheet: references to it are accepted, references to other sheets are not.
 */
export function coveredCells(
  formula: string,
  sheet?: string,
  context: SubtotalContext = {}
): CoveredCell[] | null {
  const cells: CoveredCell[] = [];
  const isSum = visitCoveredCells(formula, sheet, context, (row, column) => {
    cells.push({ row, column });
  });
  return isSum ? cells : null;
}

/**
 * Whether a plain-sum formula covers exactly these cells, in this order (`coveredCells` equal to them), told
 * without listing the cells: a total over thousands of rows usually names exactly its members.
 */
export function coversExactly(
  formula: string,
  cells: readonly CoveredCell[],
  sheet?: string,
  context: SubtotalContext = {}
): boolean {
  let count = 0;
  let same = true;
  const isSum = visitCoveredCells(formula, sheet, context, (row, column) => {
    const cell = cells[count++];
    if (!cell || cell.row !== row || cell.column !== column) same = false;
  });
  return isSum && same && count === cells.length;
}

/** Visits the cells `coveredCells` lists, in its order; false (and maybe some cells visited) where it gives null. */
function visitCoveredCells(
  formula: string,
  sheet: string | undefined,
  context: SubtotalContext,
  visit: (row: number, column: number) => void
): boolean {
  const tree = parseFormula(formula);
  if (!tree) return false;
  // `=D9` (or `='汇总'!D9`, `=+D9`) links to a cell elsewhere: a link, not a sum.
  if (referencesOf(tree).length === 1 && !hasCall(tree)) return false;
  let visited = 0;

  const addRef = (ref: Extract<FormulaNode, { type: "ref" }>, subtotal: number) => {
    if (ref.sheet !== null && (sheet === undefined || ref.sheet !== sheet)) throw new NotASum();
    const { top, left, bottom, right, wholeColumns, wholeRows } = ref.area;
    if (wholeColumns || wholeRows) throw new NotASum();
    if (visited + (bottom - top + 1) * (right - left + 1) > MAX_CELLS) throw new NotASum();
    for (let r = top; r <= bottom; r++) {
      if (subtotal === 109 && context.isHiddenRow?.(r)) continue;
      for (let c = left; c <= right; c++) {
        if (subtotal && context.isSubtotalCell?.(r, c)) continue;
        visited++;
        visit(r, c);
      }
    }
  };

  // A plain sum: references, SUM(…) and SUBTOTAL(9|109, …) joined by `+` only.
  const walk = (node: FormulaNode, subtotal: number): void => {
    if (node.type === "ref") return addRef(node, subtotal);
    if (node.type === "binary" && node.op === "+") {
      walk(node.left, subtotal);
      walk(node.right, subtotal);
      return;
    }
    if (node.type !== "call") throw new NotASum();
    if (node.name === "SUM") {
      if (node.args.length === 0) throw new NotASum();
      for (const arg of node.args) walk(arg, subtotal);
      return;
    }
    if (node.name !== "SUBTOTAL") throw new NotASum();
    const [code, ...rest] = node.args;
    if (code?.type !== "number" || (code.value !== 9 && code.value !== 109) || rest.length === 0)
      throw new NotASum();
    for (const arg of rest) walk(arg, code.value);
  };

  try {
    walk(tree, 0);
  } catch (error) {
    if (error instanceof NotASum) return false;
    throw error;
  }
  return true;
}

function hasCall(node: FormulaNode): boolean {
  switch (node.type) {
    case "call":
      return true;
    case "negate":
      return hasCall(node.operand);
    case "binary":
      return hasCall(node.left) || hasCall(node.right);
    default:
      return false;
  }
}
