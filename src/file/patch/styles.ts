/**
 * styles.xml for the copy: new fills, fonts and cell formats (xf) appended; no existing entry changes, so every
 * cell we do not touch looks exactly as before. A marked cell's new format is its old one with our fill, so its
 * number format, font, borders and alignment stay.
 */
import type { Parts } from "./zipPackage";
import {
  CONTENT_TYPE,
  ContentTypes,
  partText,
  REL_TYPE,
  Relationships,
  setPartText,
} from "./opcParts";
import { applySplices, attributesText, type Splice } from "./xmlText";
import { child, children, parseXml, type XmlElement } from "./xmlTree";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A change to a cell format: a solid fill (`#RRGGBB`) and/or one of our fonts. */
export interface StyleChange {
  fill?: string;
  font?: "bold" | "link";
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** One list of styles.xml (fills, fonts, cellXfs): its entries and the ones we append. */
class StyleList {
  readonly added: string[] = [];

  constructor(
    readonly element: XmlElement | undefined,
    readonly existing: XmlElement[]
  ) {}

  get size(): number {
    return this.existing.length + this.added.length;
  }

  push(xml: string): number {
    this.added.push(xml);
    return this.size - 1;
  }
}

export class StyleSheet {
  readonly part: string;
  private readonly text: string;
  private readonly root: XmlElement;
  private readonly fills: StyleList;
  private readonly fonts: StyleList;
  private readonly xfs: StyleList;
  private readonly memo = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();

  constructor(
    private readonly parts: Parts,
    workbookPart: string,
    contentTypes: ContentTypes
  ) {
    const rels = new Relationships(parts, workbookPart);
    let part = rels.ofType(REL_TYPE.styles)[0]?.part ?? null;
    let text = part ? partText(parts, part) : null;
    if (!part || text === null) {
      // A package without styles (some generators): add the minimal one Excel itself writes.
      part = part ?? "xl/styles.xml";
      text = MINIMAL_STYLES;
      if (!rels.ofType(REL_TYPE.styles).length) rels.add(REL_TYPE.styles, part);
      rels.save();
      contentTypes.addOverride(part, CONTENT_TYPE.styles);
    }
    this.part = part;
    this.text = text;
    this.root = parseXml(text, part);
    const list = (name: string, item: string) => {
      const element = child(this.root, name);
      return new StyleList(element, element ? children(element, item) : []);
    };
    this.fills = list("fills", "fill");
    this.fonts = list("fonts", "font");
    this.xfs = list("cellXfs", "xf");
  }

  /** The cell format index for a cell whose format was `base`, with `change` applied (one new xf per pair). */
  styleFor(base: number, change: StyleChange): number {
    const index = base >= 0 && base < this.xfs.existing.length ? base : 0;
    const key = `${index}|${change.fill ?? ""}|${change.font ?? ""}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const attributes: Record<string, string> = {
      ...(this.xfs.existing[index]?.attributes ?? {
        numFmtId: "0",
        fontId: "0",
        fillId: "0",
        borderId: "0",
        xfId: "0",
      }),
    };
    if (change.fill) {
      attributes.fillId = String(this.fillId(change.fill));
      attributes.applyFill = "1";
    }
    if (change.font) {
      attributes.fontId = String(this.fontId(change.font, Number(attributes.fontId ?? 0)));
      attributes.applyFont = "1";
    }
    const old = this.xfs.existing[index];
    const inner = old && !old.selfClosing ? this.text.slice(old.openEnd, old.closeStart) : "";
    const name = `${this.prefix()}xf`;
    const xml = inner
      ? `<${name}${attributesText(attributes)}>${inner}</${name}>`
      : `<${name}${attributesText(attributes)}/>`;
    const id = this.xfs.push(xml);
    this.memo.set(key, id);
    return id;
  }

  /** The number of cell formats the file had (an `s` beyond it is read as 0, as Excel does). */
  get existingStyles(): number {
    return this.xfs.existing.length;
  }

  private prefix(): string {
    return this.root.prefix;
  }

  private fillId(color: string): number {
    const known = this.fillIds.get(color);
    if (known !== undefined) return known;
    const p = this.prefix();
    const id = this.fills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    );
    this.fillIds.set(color, id);
    return id;
  }

  /** Our fonts take the size and face of the cell's font (or the workbook's default one). */
  private fontId(kind: "bold" | "link", baseFont: number): number {
    const key = `${kind}|${baseFont}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix();
    const base = this.fonts.existing[baseFont] ?? this.fonts.existing[0];
    const keep = (local: string) => {
      const element = base && child(base, local);
      return element ? this.text.slice(element.start, element.end) : "";
    };
    const face = `${keep("sz")}${kind === "link" ? `<${p}color rgb="FF0563C1"/>` : keep("color")}${keep("name")}${keep("family")}${keep("charset")}${keep("scheme")}`;
    const id = this.fonts.push(
      kind === "bold"
        ? `<${p}font><${p}b/>${face}</${p}font>`
        : `<${p}font><${p}u/>${face}</${p}font>`
    );
    this.fontIds.set(key, id);
    return id;
  }

  /** Writes styles.xml back when something was appended (untouched otherwise). */
  save(): void {
    const splices: Splice[] = [];
    const p = this.prefix();
    const lists: [StyleList, string, string, number][] = [
      // [list, element name, what must come before it (for a list the file lacks)]
      [this.fonts, "fonts", "numFmts", 0],
      [this.fills, "fills", "fonts", 1],
      [this.xfs, "cellXfs", "cellStyleXfs", 2],
    ];
    for (const [list, name] of lists) {
      if (list.added.length === 0) continue;
      if (list.element) {
        const attributes = { ...list.element.attributes, count: String(list.size) };
        splices.push({
          start: list.element.start,
          end: list.element.openEnd,
          text: `<${list.element.name}${attributesText(attributes)}>`,
        });
        if (list.element.selfClosing)
          splices.push({
            start: list.element.openEnd,
            end: list.element.openEnd,
            text: `${list.added.join("")}</${list.element.name}>`,
          });
        else
          splices.push({
            start: list.element.closeStart,
            end: list.element.closeStart,
            text: list.added.join(""),
          });
      } else {
        splices.push({
          start: this.insertionPoint(name),
          end: this.insertionPoint(name),
          text: `<${p}${name} count="${list.size}">${list.added.join("")}</${p}${name}>`,
        });
      }
    }
    if (splices.length === 0) return;
    setPartText(this.parts, this.part, applySplices(this.text, splices));
  }

  /** Where a missing list goes: after the lists that come before it in the schema. */
  private insertionPoint(name: string): number {
    const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
    let at = this.root.openEnd;
    for (const before of order.slice(0, order.indexOf(name))) {
      const element = child(this.root, before);
      if (element) at = element.end;
    }
    return at;
  }
}
