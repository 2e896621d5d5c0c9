/**
 * What a total's formula adds up: the cells covered by `=SUM(C3:C29)`, `=SUM(C3:C10,C12:C29)`, `=C3+C4+…`,
 * `=SUBTOTAL(9,C3:C29)` (also 109), with absolute references and the sheet's own name allowed.
 * Anything else (other functions, minus, products, constants, other sheets, whole columns, a link `=D9` to a
 * single cell) is not a plain sum: the parser returns null and the formula is not judged.
 */
import { columnIndex } from "./a1";

export interface CoveredCell {
  row: number;
  column: number;
}

/** Ranges larger than this are not expanded (a formula over a whole sheet is not a table total). */
const MAX_CELLS = 200_000;

type Token =
  | { type: "ref"; text: string }
  | { type: "func"; name: string }
  | { type: "number"; value: number }
  | { type: "op"; text: "+" | "," | "(" | ")" };

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[^\s'!(),+\-*/^&=<>:;"]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REF = new RegExp(`^(?:${SHEET_PREFIX})?${CELL}(?::${CELL})?`);
const FUNC = /^(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/;
const NUMBER = /^\d+(?:\.\d+)?/;

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
    if (ch === "+" || ch === "," || ch === "(" || ch === ")") {
      tokens.push({ type: "op", text: ch });
      s = s.slice(1);
      continue;
    }
    return null; // minus, products, text, comparison …: not a plain sum
  }
  return tokens;
}

class NotASum extends Error {}

function normalizeSheetName(name: string): string {
  return name.replace(/^'|'$/g, "").replace(/''/g, "'");
}

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
  const tokens = tokenize(formula);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  /** Inside SUBTOTAL(9, …) or SUBTOTAL(109, …): the function code, else 0. */
  let subtotal = 0;
  const cells: CoveredCell[] = [];

  const peek = () => tokens[i];
  const expectOp = (text: string) => {
    const token = tokens[i];
    if (!token || token.type !== "op" || token.text !== text) throw new NotASum();
    i++;
  };

  const addRef = (text: string) => {
    const bang = text.lastIndexOf("!");
    if (bang >= 0) {
      const name = normalizeSheetName(text.slice(0, bang));
      if (sheet === undefined || name !== sheet) throw new NotASum();
    }
    const local = bang >= 0 ? text.slice(bang + 1) : text;
    const [from, to = from] = local.split(":");
    const a = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(from);
    const b = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(to);
    if (!a || !b) throw new NotASum();
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]);
    const c2 = columnIndex(b[1]);
    const top = Math.min(r1, r2);
    const bottom = Math.max(r1, r2);
    const left = Math.min(c1, c2);
    const right = Math.max(c1, c2);
    if (top < 0 || left < 0) throw new NotASum();
    if (cells.length + (bottom - top + 1) * (right - left + 1) > MAX_CELLS) throw new NotASum();
    for (let r = top; r <= bottom; r++) {
      if (subtotal === 109 && context.isHiddenRow?.(r)) continue;
      for (let c = left; c <= right; c++) {
        if (subtotal && context.isSubtotalCell?.(r, c)) continue;
        cells.push({ row: r, column: c });
      }
    }
  };

  // expr := term ('+' term)* ; term := ref | SUM(args) | SUBTOTAL(9|109, args) | '(' expr ')' | '+' term
  const term = (): void => {
    const token = peek();
    if (!token) throw new NotASum();
    if (token.type === "ref") {
      i++;
      addRef(token.text);
      return;
    }
    if (token.type === "func") {
      i++;
      if (token.name === "SUBTOTAL") {
        const code = peek();
        if (!code || code.type !== "number" || (code.value !== 9 && code.value !== 109))
          throw new NotASum();
        i++;
        expectOp(",");
        const outer = subtotal;
        subtotal = code.value;
        args();
        subtotal = outer;
        expectOp(")");
        return;
      } else if (token.name !== "SUM") throw new NotASum();
      args();
      expectOp(")");
      return;
    }
    if (token.type === "op" && token.text === "(") {
      i++;
      expr();
      expectOp(")");
      return;
    }
    if (token.type === "op" && token.text === "+") {
      i++;
      term();
      return;
    }
    throw new NotASum();
  };
  const expr = (): void => {
    term();
    while (peek()?.type === "op" && (peek() as { text: string }).text === "+") {
      i++;
      term();
    }
  };
  const args = (): void => {
    expr();
    while (peek()?.type === "op" && (peek() as { text: string }).text === ",") {
      i++;
      expr();
    }
  };

  // `=D9` (or `='汇总'!D9`) links to a cell elsewhere: a link, not a sum.
  const refs = tokens.filter((tok) => tok.type === "ref").length;
  if (refs === 1 && !tokens.some((tok) => tok.type === "func")) return null;
  try {
    expr();
    if (i !== tokens.length) return null;
  } catch (error) {
    if (error instanceof NotASum) return null;
    throw error;
  }
  return cells;
}
