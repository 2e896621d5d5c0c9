/**
 * Text as a workbook package holds it: the shared-string table (`<si>`: one `<t>`, or rich-text runs `<r><t>`;
 * phonetic runs `<rPh>` are not part of the text) and a cell's inline string (`<is>`), which has the same shape.
 */
import { localStart, scanXml, unescapeOoxml } from "./sax";

/**
 * Collects the text of one `<si>`/`<is>` from its events: a plain string is its first `<t>`, a rich one the `<t>`
 * of its runs (as SheetJS reads them, so both readers give the same text).
 */
export class RichText {
  private depthInPhonetic = 0;
  private inText = false;
  private plain = false;
  private done = false;
  private parts: string[] = [];

  reset(): void {
    this.depthInPhonetic = 0;
    this.inText = false;
    this.plain = false;
    this.done = false;
    this.parts = [];
  }

  /** An element opened inside the string's element. */
  open(local: string, direct: boolean): void {
    if (local === "rPh") this.depthInPhonetic++;
    else if (local === "t" && this.depthInPhonetic === 0 && !this.done) {
      if (direct && this.parts.length === 0) this.plain = true;
      this.inText = true;
    }
  }

  close(local: string): void {
    if (local === "rPh") this.depthInPhonetic--;
    else if (local === "t" && this.inText) {
      this.inText = false;
      if (this.plain) this.done = true;
    }
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  value(): string {
    return unescapeOoxml(this.parts.length === 1 ? this.parts[0] : this.parts.join(""));
  }
}

// The elements of the shared-string table, by local name; every other is OTHER.
const OTHER = 0;
const SI = 1;
const T = 2;
const RPH = 3;
/** What RichText is told an element is: only `t` and `rPh` matter to it. */
const RICH_NAMES = ["", "si", "t", "rPh"];

function elementCode(xml: string, start: number, end: number): number {
  const from = localStart(xml, start, end);
  switch (end - from) {
    case 1:
      return xml.charCodeAt(from) === 116 ? T : OTHER;
    case 2:
      return xml.startsWith("si", from) ? SI : OTHER;
    case 3:
      return xml.startsWith("rPh", from) ? RPH : OTHER;
    default:
      return OTHER;
  }
}

/** The shared strings in order (read from token positions: the table may hold hundreds of thousands). */
export function readSharedStrings(text: string, part: string): string[] {
  const strings: string[] = [];
  const rich = new RichText();
  let depth = 0;
  let itemDepth = -1;
  scanXml(text, part, {
    start: (nameStart, nameEnd) => elementCode(text, nameStart, nameEnd),
    attribute() {},
    opened(element) {
      if (itemDepth >= 0) rich.open(RICH_NAMES[element], depth === itemDepth + 1);
      else if (element === SI) {
        itemDepth = depth;
        rich.reset();
      }
      depth++;
    },
    closed(element) {
      depth--;
      if (itemDepth < 0) return;
      if (depth === itemDepth) {
        itemDepth = -1;
        strings.push(rich.value());
      } else rich.close(RICH_NAMES[element]);
    },
    text(start, end, decoded) {
      if (itemDepth >= 0) rich.text(decoded ?? text.slice(start, end));
    },
  });
  return strings;
}
