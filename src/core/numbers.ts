/** How a cell in the numeric area of a table was written — the checks report each kind differently. */
import { isCellError, isUnknownValue, type CellValue } from "./grid";
import { isNotApplicable, LONGEST_NOT_APPLICABLE } from "./vocabulary";

export type NumberReading =
  | { kind: "number"; value: number }
  /** A number typed as text (`"709 "`, `"1,234"`, `"１２３"`, `"420家"`): Excel's SUM skips it. */
  | { kind: "numeric-text"; value: number; text: string }
  | { kind: "not-applicable"; text: string }
  | { kind: "blank" }
  | { kind: "text"; text: string }
  | { kind: "error"; error: string }
  /** A formula without a cached value that could not be evaluated: neither blank nor a number. */
  | { kind: "unknown" };

const FULL_WIDTH_DIGITS = /[０-９．，－＋％]/g;
const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(%|家|个|项|件|人|万元|亿元|元|万|亿)?$/;

/** The first character of a text `NUMERIC_TEXT` can match once made half-width. */
const MAY_BE_NUMERIC_TEXT = /^[+\-0-9＋－０-９]/;

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function readNumber(value: CellValue): NumberReading {
  if (value === null || value === "") return { kind: "blank" };
  if (typeof value === "number")
    return Number.isFinite(value)
      ? { kind: "number", value }
      : { kind: "error", error: String(value) };
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (isUnknownValue(value)) return { kind: "unknown" };
  return readText(value);
}

/**
 * Readings of texts, remembered per text (a sheet holds few distinct texts, and the recognizer reads the same
 * labels several times). Readings are never changed by their readers, so one object may serve every cell.
 * Bounded: forgotten wholesale past 65,536 texts.
 */
const textReadings = new Map<string, NumberReading>();

function readText(value: string): NumberReading {
  if (isPlainWord(value)) return { kind: "text", text: value };
  let reading = textReadings.get(value);
  if (reading === undefined) {
    if (textReadings.size >= 65_536) textReadings.clear();
    reading = readTextOnce(value);
    textReadings.set(value, reading);
  }
  return reading;
}

/**
 * A name or a word, told without reading it: longer than any not-applicable mark (even with a colon after it),
 * without spaces, not beginning like a number. Most texts of a sheet are such names, each met once or twice: not
 * worth remembering.
 */
function isPlainWord(text: string): boolean {
  return (
    text.length > LONGEST_NOT_APPLICABLE + 1 &&
    !MAY_BE_NUMERIC_TEXT.test(text) &&
    !HAS_SPACE.test(text)
  );
}

const HAS_SPACE = /\s/;

function readTextOnce(value: string): NumberReading {
  const trimmed = value.trim();
  if (trimmed === "") return { kind: "blank" };
  if (isNotApplicable(trimmed)) return { kind: "not-applicable", text: value };
  // A number typed as text begins with a sign or a digit (half- or full-width): most texts (names) do not.
  if (!MAY_BE_NUMERIC_TEXT.test(trimmed)) return { kind: "text", text: value };
  const compact = toHalfWidth(trimmed).replace(/\s+/g, "");
  if (NUMERIC_TEXT.test(compact)) {
    const unit = /(%|家|个|项|件|人|万元|亿元|元|万|亿)$/.exec(compact)?.[1];
    let number = Number(
      compact.replace(/,/g, "").replace(/(%|家|个|项|件|人|万元|亿元|元|万|亿)$/, "")
    );
    if (unit === "%") number /= 100;
    return { kind: "numeric-text", value: number, text: value };
  }
  return { kind: "text", text: value };
}

/**
 * `readNumber(value).kind` without a reading built for a typed number or a blank: the recognizer asks for the kind
 * of most cells of a sheet, several times.
 */
export function kindOf(value: CellValue): NumberReading["kind"] {
  if (typeof value === "number") return Number.isFinite(value) ? "number" : "error";
  if (value === null) return "blank";
  if (typeof value === "string" && isPlainWord(value)) return "text";
  return readNumber(value).kind;
}

/** `numericValue(readNumber(value))` without a reading built for a typed number: the number a cell stands for. */
export function numberIn(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return numericValue(readNumber(value));
}

/**
 * What a member of a sum adds, in one call: its number (`numberIn`), null for none (blank, text), or undefined
 * for a formula nobody could compute (`kindOf` unknown). Sums read thousands of members.
 */
export function memberFigure(value: CellValue): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null) return null;
  const reading = readNumber(value);
  return reading.kind === "unknown" ? undefined : numericValue(reading);
}

/** The number a reading stands for, or null when it stands for none. */
export function numericValue(reading: NumberReading): number | null {
  return reading.kind === "number" || reading.kind === "numeric-text" ? reading.value : null;
}

/** Decimals shown by a number format such as `0.00` or `#,##0.0_ `; null for General/unknown. */
export function decimalsOfFormat(format: string | null | undefined): number | null {
  if (!format) return null;
  // Remembered per format: every member of every sum asks, and a workbook uses few formats.
  let decimals = formatDecimals.get(format);
  if (decimals === undefined) {
    if (formatDecimals.size >= 4096) formatDecimals.clear();
    decimals = readFormatDecimals(format);
    formatDecimals.set(format, decimals);
  }
  return decimals;
}

const formatDecimals = new Map<string, number | null>();

function readFormatDecimals(format: string): number | null {
  if (/general/i.test(format) || format === "@") return null;
  const section = format.split(";")[0];
  const match = /\.([0#?]+)/.exec(section);
  return match ? match[1].length : 0;
}

/** Decimals a typed number carries (`12.50` typed is 12.5 → 1), capped at 6. */
export function decimalsOfValue(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(Number(value.toFixed(6)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}
