/**
 * Excel's rules for the values a formula meets. A blank is 0. `+` and `-` take a number typed as text
 * (`"709 "`, `"1,234"`, `"50%"`) as that number and any other text as `#VALUE!`; SUM over a range skips text,
 * booleans and blanks (a number typed as text silently drops out); an error anywhere makes the result that error.
 */
import { isCellError, type CellError } from "../grid";
import { readNumber } from "../numbers";

/** A known value inside the evaluator (unknown ones stop the evaluation before they get here). */
export type Scalar = number | string | boolean | null | CellError;

export const VALUE_ERROR: CellError = { error: "#VALUE!" };

/** Text Excel converts in arithmetic: digits with separators, a sign, decimals, a percent sign. */
function textAsNumber(text: string): number | null {
  const reading = readNumber(text);
  if (reading.kind === "blank") return 0;
  if (reading.kind !== "numeric-text") return null;
  // Units of measure (`420家`) are the checker's reading, not Excel's: `="420家"+1` is #VALUE!.
  return /[0-9０-９%％]\s*$/.test(text) ? reading.value : null;
}

/** A value as `+`/`-` use it: a number, or the error it becomes. */
export function toNumber(value: Scalar): number | CellError {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isCellError(value)) return value;
  return textAsNumber(value) ?? VALUE_ERROR;
}

/** A value given to SUM directly (not through a reference): numbers, booleans and numeric text count. */
export function sumCell(value: Scalar): number | CellError {
  return toNumber(value);
}

/** A cell inside a range SUM adds up: numbers count, errors propagate, everything else adds nothing. */
export function readCell(value: Scalar): number | CellError {
  if (typeof value === "number") return value;
  if (isCellError(value)) return value;
  return 0;
}

export function firstError(...values: (number | CellError)[]): CellError | null {
  for (const value of values) if (isCellError(value)) return value;
  return null;
}
