/**
 * Text as a workbook package holds it: the shared-string table (`<si>`: one `<t>`, or rich-text runs `<r><t>`;
 * phonetic runs `<rPh>` are not part of the text) and a cell's inline string (`<is>`), which has the same shape.
 */
import { readXml, unescapeOoxml } from "./sax";

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

/** The shared strings in order. */
export function readSharedStrings(text: string, part: string): string[] {
  const strings: string[] = [];
  const rich = new RichText();
  let depth = 0;
  let itemDepth = -1;
  readXml(text, part, {
    open(local) {
      if (itemDepth >= 0) rich.open(local, depth === itemDepth + 1);
      else if (local === "si") {
        itemDepth = depth;
        rich.reset();
      }
      depth++;
    },
    close(local) {
      depth--;
      if (itemDepth < 0) return;
      if (depth === itemDepth) {
        itemDepth = -1;
        strings.push(rich.value());
      } else rich.close(local);
    },
    text(t) {
      if (itemDepth >= 0) rich.text(t);
    },
  });
  return strings;
}
