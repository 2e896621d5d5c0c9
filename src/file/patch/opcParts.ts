/**
 * Open Packaging Conventions: part names, relationships and content types, read with the XML tokenizer and
 * edited by insertion only (existing entries stay byte for byte).
 */
import { NotAPackageError, type Parts } from "./zipPackage";
import { applySplices, attributesText, fromUtf8, utf8, type Splice } from "./xmlText";
import { children, parseXml, type XmlElement } from "./xmlTree";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  calcChain: `${REL_NS}/calcChain`,
};
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

/** The name a part is stored under: part names compare case-insensitively (OPC), zip entries do not. */
export function storedName(parts: Parts, name: string): string {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  for (const key of parts.keys()) if (key.toLowerCase() === lower) return key;
  return name;
}

/** The text of a part (UTF-8), or null when the package has no such part. */
export function partText(parts: Parts, name: string): string | null {
  const bytes = parts.get(storedName(parts, name));
  if (!bytes) return null;
  // UTF-16 parts are allowed by XML but written by no spreadsheet producer we know: refused, never garbled.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new NotAPackageError(`${name} is UTF-16, which this tool does not edit`);
  return fromUtf8(bytes);
}

export function setPartText(parts: Parts, name: string, text: string): void {
  parts.set(storedName(parts, name), utf8(text));
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it (`../comments1.xml` → `xl/comments1.xml`). */
export function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** A target written relative to `fromPart`'s folder. */
export function relativeTarget(fromPart: string, part: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names (internal targets only). */
  part: string | null;
}

/** The relationships of a part, and new ones added to it. */
export class Relationships {
  readonly list: Relationship[] = [];
  private readonly added: Record<string, string>[] = [];
  private readonly removed: XmlElement[] = [];
  private readonly elements: XmlElement[] = [];
  private readonly root: XmlElement | null;
  private readonly text: string | null;

  constructor(
    private readonly parts: Parts,
    readonly ofPart: string
  ) {
    this.text = partText(parts, relsPartOf(ofPart));
    this.root = this.text === null ? null : parseXml(this.text, relsPartOf(ofPart));
    for (const rel of this.root ? children(this.root, "Relationship") : []) {
      this.elements.push(rel);
      const external = rel.attributes.TargetMode === "External";
      const target = rel.attributes.Target ?? "";
      this.list.push({
        id: rel.attributes.Id ?? "",
        type: rel.attributes.Type ?? "",
        target,
        external,
        part: external ? null : resolveTarget(ofPart, target),
      });
    }
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  ofType(type: string): Relationship[] {
    return this.list.filter((r) => r.type === type);
  }

  /** Adds a relationship to `part`; returns its new id (one no relationship of this part uses). */
  add(type: string, part: string): string {
    const used = new Set(this.list.map((r) => r.id));
    let n = this.list.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.list.push({ id, type, target: relativeTarget(this.ofPart, part), external: false, part });
    this.added.push({ Id: id, Type: type, Target: relativeTarget(this.ofPart, part) });
    return id;
  }

  /** Removes the relationships of a type (the element only; what they name is the caller's). */
  remove(type: string): Relationship[] {
    const gone = this.list.filter((r) => r.type === type);
    for (const rel of gone) {
      this.list.splice(this.list.indexOf(rel), 1);
      const element = this.elements.find((e) => e.attributes.Id === rel.id);
      if (element) this.removed.push(element);
    }
    return gone;
  }

  /** Writes the rels part back when relationships were added or removed (untouched otherwise). */
  save(): void {
    if (this.added.length === 0 && this.removed.length === 0) return;
    const lines = this.added
      .map((a) => `<${this.prefix()}Relationship${attributesText(a)}/>`)
      .join("");
    const name = relsPartOf(this.ofPart);
    if (!this.root || this.text === null) {
      setPartText(
        this.parts,
        name,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines}</Relationships>`
      );
      return;
    }
    const splices: Splice[] = this.removed.map((e) => ({ start: e.start, end: e.end, text: "" }));
    if (lines) splices.push(appendInsideSplice(this.root, lines));
    setPartText(this.parts, name, applySplices(this.text, splices));
  }

  private prefix(): string {
    return this.root?.prefix ?? "";
  }
}

/** Inserts `content` as the last children of `element` (a self-closing element is opened). */
export function appendInside(text: string, element: XmlElement, content: string): string {
  return applySplices(text, [appendInsideSplice(element, content)]);
}

export function appendInsideSplice(element: XmlElement, content: string): Splice {
  if (!element.selfClosing)
    return { start: element.closeStart, end: element.closeStart, text: content };
  // `<x a="1"/>` → `<x a="1">content</x>`
  const open = element.start;
  const tag = `<${element.name}`;
  return {
    start: open,
    end: element.end,
    text: `${tag}${attributesText(element.attributes)}>${content}</${element.name}>`,
  };
}

/** [Content_Types].xml: which parts exist as what; new Override and Default entries appended. */
export class ContentTypes {
  private readonly root: XmlElement;
  private readonly text: string;
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();
  private readonly added: string[] = [];
  private readonly removed: XmlElement[] = [];

  constructor(private readonly parts: Parts) {
    const text = partText(parts, "[Content_Types].xml");
    if (text === null) throw new NotAPackageError("no [Content_Types].xml");
    this.text = text;
    this.root = parseXml(text, "[Content_Types].xml");
    for (const o of children(this.root, "Override"))
      this.overrides.set(
        (o.attributes.PartName ?? "").replace(/^\//, "").toLowerCase(),
        o.attributes.ContentType ?? ""
      );
    for (const d of children(this.root, "Default"))
      this.defaults.set(
        (d.attributes.Extension ?? "").toLowerCase(),
        d.attributes.ContentType ?? ""
      );
  }

  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return this.defaults.get(extension);
  }

  addOverride(part: string, contentType: string): void {
    if (this.overrides.get(part.toLowerCase()) === contentType) return;
    this.overrides.set(part.toLowerCase(), contentType);
    this.added.push(
      `<${this.root.prefix}Override PartName="/${part}" ContentType="${contentType}"/>`
    );
  }

  ensureDefault(extension: string, contentType: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.set(extension.toLowerCase(), contentType);
    // Defaults come before Overrides in Excel's files; either order is valid, the end is simplest and safe.
    this.added.push(
      `<${this.root.prefix}Default Extension="${extension}" ContentType="${contentType}"/>`
    );
  }

  /** Drops a part's Override (the part itself is the caller's to remove). */
  removeOverride(part: string): void {
    const element = children(this.root, "Override").find(
      (o) => (o.attributes.PartName ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()
    );
    if (!element) return;
    this.overrides.delete(part.toLowerCase());
    this.removed.push(element);
  }

  save(): void {
    if (this.added.length === 0 && this.removed.length === 0) return;
    const splices: Splice[] = this.removed.map((e) => ({ start: e.start, end: e.end, text: "" }));
    if (this.added.length > 0) splices.push(appendInsideSplice(this.root, this.added.join("")));
    setPartText(this.parts, "[Content_Types].xml", applySplices(this.text, splices));
  }
}

/** Removes the calculation chain (Excel rebuilds it when it opens the file). */
export function dropCalcChain(
  parts: Parts,
  workbookRels: Relationships,
  contentTypes: ContentTypes
): void {
  for (const rel of workbookRels.remove(REL_TYPE.calcChain)) {
    if (!rel.part) continue;
    parts.delete(storedName(parts, rel.part));
    contentTypes.removeOverride(rel.part);
  }
}

/** A part name not in the package yet, following a pattern (`xl/comments{n}.xml`). */
export function freePartName(parts: Parts, pattern: (n: number) => string): string {
  const taken = new Set([...parts.keys()].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(pattern(n).toLowerCase())) return pattern(n);
}
