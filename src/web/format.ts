/**
 * A cell's value as the sheet shows it: the common number formats of statistics tables (`0`, `0.00`, `#,##0`,
 * `0.0%`, literal units such as `0"家"`, dates), Excel's General for the rest. Not a full format engine: an
 * unknown format falls back to General, which still shows the exact number.
 */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's General: integers as they are, other numbers to at most 11 significant digits. */
export function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-9 || abs >= 1e11)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    const sign = exponent.startsWith("-") ? "-" : "+";
    return `${trimmed}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  const text = value.toPrecision(11);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Removes `[Red]`, `[$-804]`, `[>=100]` and keeps quoted or escaped literals as they are shown. */
function tokens(section: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ literal: true, text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      out.push({ literal: true, text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency && currency[1]) out.push({ literal: true, text: currency[1] });
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      out.push({ literal: true, text: " " });
      i++;
    } else if (ch === "*") {
      i++; // repeat-to-fill: nothing to show in a fixed-width cell
    } else {
      out.push({ literal: false, text: ch });
    }
  }
  return out;
}

const DATE_TOKEN = /[ymdhs]/i;

function isDateFormat(section: string): boolean {
  return tokens(section).some((t) => !t.literal && DATE_TOKEN.test(t.text) && t.text !== "E");
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A date serial shown as `2024-06-30` (or `2024年6月30日` when the format is Chinese), with a time if it has one. */
export function dateText(serial: number, format = ""): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const chinese = format.includes("年") || format.includes("月");
  let text = chinese ? `${y}年${m}月${d}日` : `${y}-${pad(m)}-${pad(d)}`;
  if (/[yd]/i.test(format) === false && /h/i.test(format)) text = "";
  if (/h/i.test(format) || (serial % 1 !== 0 && format === "")) {
    const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    text = text ? `${text} ${time}` : time;
  }
  return text;
}

/** A number through a format code; General (or anything this does not understand) as Excel's General. */
export function numberWithFormat(value: number, format: string | null | undefined): string {
  const code = (format ?? "").trim();
  if (!code || /^general$/i.test(code) || code === "@") return generalNumber(value);
  const sections = code.split(";");
  let section = sections[0];
  let shown = value;
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections.length > 1 && sections[1] !== "") {
    section = sections[1];
    shown = -value;
    sign = "";
  } else if (value === 0 && sections.length > 2 && sections[2] !== "") {
    section = sections[2];
  }
  if (/general/i.test(section)) return sign + generalNumber(Math.abs(shown));
  if (isDateFormat(section)) return dateText(value, section);

  const parts = tokens(section);
  const pattern = parts
    .filter((t) => !t.literal)
    .map((t) => t.text)
    .join("");
  const placeholder = /[0#?][0#?,]*(\.[0#?]*)?/.exec(pattern);
  if (!placeholder) {
    // A format of literals only (e.g. `"—"`): show the literals.
    return parts.map((t) => t.text).join("");
  }
  const percents = (pattern.match(/%/g) ?? []).length;
  const decimals = placeholder[1] ? placeholder[1].length - 1 : 0;
  const thousands = placeholder[0].split(".")[0].includes(",");
  let magnitude = Math.abs(shown) * 100 ** percents;
  // Trailing commas after the digits scale by a thousand each (`#,##0,` shows thousands).
  const trailing = /,+$/.exec(placeholder[0].split(".")[0])?.[0].length ?? 0;
  if (trailing && !placeholder[1]) magnitude /= 1000 ** trailing;
  const fixed = magnitude.toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  let number = thousands ? groupThousands(whole) : whole;
  if (/^[#?]+$/.test(placeholder[0].split(".")[0].replace(/,/g, "")) && number === "0") number = "";
  if (fraction !== undefined) number += `.${fraction}`;
  if (Number(fixed) === 0) sign = "";

  // Rebuild the section: literals in place, the number where its placeholder run stood.
  let out = "";
  let emitted = false;
  let inRun = false;
  for (const t of parts) {
    if (t.literal) {
      out += t.text;
      inRun = false;
      continue;
    }
    if (/[0#?.,]/.test(t.text)) {
      if (!emitted) {
        out += number;
        emitted = true;
        inRun = true;
      } else if (!inRun) {
        // a second digit run (fractions, exponents): not supported, keep the number only once
      }
      continue;
    }
    inRun = false;
    out += t.text === "%" ? "%" : t.text;
  }
  return sign + out;
}
