/**
 * XML parts read with a real tokenizer (saxes) into a light element tree that remembers where each element
 * starts and ends in the text. Edits are then made by splicing at those offsets, so every byte we do not touch
 * stays as the producer wrote it (attribute quoting, whitespace, namespaces, extensions we do not know).
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Qualified name as written (`x:row`). */
  name: string;
  /** Name without prefix (`row`). */
  local: string;
  /** Prefix with its colon (`x:`), or "" — new elements written beside this one use the same prefix. */
  prefix: string;
  attributes: Record<string, string>;
  /** Offset of `<` of the open tag. */
  start: number;
  /** Offset just after the open tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (openEnd for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
  /** Character data inside this element (entities decoded), for leaf elements such as `<t>` and `<v>`. */
  text: string;
  parent: XmlElement | null;
}

export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    detail: string
  ) {
    super(`${part}: ${detail}`);
    this.name = "XmlPartError";
  }
}

export interface ParseOptions {
  /** Elements deeper than this (root = 0) are not kept (a sheet's cell values when only its cells' tags matter). */
  maxDepth?: number;
  /** Elements whose descendants are not kept (a sheet's rows without a marked cell): saves time and memory. */
  skipInside?: (element: XmlElement, depth: number) => boolean;
}

/** Parses a whole part. Throws XmlPartError when the part is not well-formed XML. */
export function parseXml(text: string, part: string, options: ParseOptions = {}): XmlElement {
  const maxDepth = options.maxDepth ?? Infinity;
  const skipInside = options.skipInside;
  /** Depth below which nothing is kept (Infinity: no such limit now). */
  let keepTo = maxDepth;
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let depth = -1;
  let root: XmlElement | null = null;
  let pendingStart = -1;
  parser.on("opentagstart", (tag) => {
    // The parser has read `<name` and one more character, so the `<` is just before; searched back if not.
    const guess = parser.position - tag.name.length - 2;
    pendingStart = text[guess] === "<" ? guess : text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > keepTo) return;
    if (text[pendingStart] !== "<") throw new XmlPartError(part, "tokenizer offset lost");
    const colon = tag.name.indexOf(":");
    const element: XmlElement = {
      name: tag.name,
      local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      prefix: colon < 0 ? "" : tag.name.slice(0, colon + 1),
      attributes: { ...(tag.attributes as Record<string, string>) },
      start: pendingStart,
      openEnd: parser.position,
      closeStart: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      children: [],
      text: "",
      parent: stack[stack.length - 1] ?? null,
    };
    if (element.parent) element.parent.children.push(element);
    else root = element;
    stack.push(element);
    if (skipInside && !tag.isSelfClosing && skipInside(element, depth)) keepTo = depth;
  });
  parser.on("text", (data) => {
    if (depth > keepTo) return;
    const top = stack[stack.length - 1];
    if (top) top.text += data;
  });
  parser.on("cdata", (data) => {
    if (depth > keepTo) return;
    const top = stack[stack.length - 1];
    if (top) top.text += data;
  });
  parser.on("closetag", () => {
    const kept = depth <= keepTo;
    depth--;
    if (!kept) return;
    if (keepTo !== maxDepth && depth < keepTo) keepTo = maxDepth;
    const element = stack.pop()!;
    element.end = parser.position;
    element.closeStart = element.selfClosing
      ? element.end
      : text.lastIndexOf("</", element.end - 1);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw new XmlPartError(part, error instanceof Error ? error.message : String(error));
  }
  if (!root) throw new XmlPartError(part, "no root element");
  return root;
}

export function child(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

export function children(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** All text inside an element and its descendants that were kept, in document order. */
export function deepText(element: XmlElement): string {
  return element.text + element.children.map(deepText).join("");
}

/** The prefix bound to a namespace URI on this element or its ancestors (`r:`), "" for the default one, null if none. */
export function prefixFor(element: XmlElement, uri: string): string | null {
  for (let e: XmlElement | null = element; e; e = e.parent) {
    for (const [name, value] of Object.entries(e.attributes)) {
      if (value !== uri) continue;
      if (name === "xmlns") return "";
      if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
    }
  }
  return null;
}
