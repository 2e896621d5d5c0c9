/** Writing XML text: escaped character data, attribute values and tags. */

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Tabs and line breaks as character references, so a parser's attribute normalisation keeps them. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F):
 * Excel writes them as `_xHHHH_`, and so do we, so a hostile cell text never makes a part unreadable.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
  return text.replace(
    NOT_XML,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

export function attributesText(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

export function openTag(
  name: string,
  attributes: Record<string, string>,
  selfClosing = false
): string {
  return `<${name}${attributesText(attributes)}${selfClosing ? "/>" : ">"}`;
}

/** A string as UTF-8 bytes, and back (a byte-order mark is kept as a character, so it survives the round trip). */
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Text edits at offsets of one string, applied together (offsets refer to the original text). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error("overlapping XML edits");
    out.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  out.push(text.slice(at));
  return out.join("");
}
