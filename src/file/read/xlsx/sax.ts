/**
 * A part read as a stream of XML events. The tokenizer is htmlparser2's, in its XML mode: faster than saxes on
 * worksheet XML (see the README), which matters because the sheets' XML is most of a check's time. It is forgiving,
 * so the little this reader needs of XML's rules is checked here: tags close in order, every element is closed, no
 * attribute is given twice, no bare `&` or `<`. A part that breaks them throws XmlSyntaxError and the caller falls
 * back to the lenient reader (../readWorkbook.ts). Text and attribute values come as an XML parser gives them:
 * entities decoded, line ends normalized (CR LF and CR → LF; in attribute values, line ends and tabs → spaces).
 *
 * Two ways in: `readXml` gives local element names and attribute objects (the small parts: strings, styles,
 * theme); `scanXml` gives names and attribute values as positions in the text, for a reader that decides what to
 * take from them without a string or an object per cell (the worksheets, ./worksheet.ts).
 */
import { QuoteType, Tokenizer } from "htmlparser2";

export class XmlSyntaxError extends Error {
  constructor(part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = "XmlSyntaxError";
  }
}

/** Receives a part's events from scanXml. Names are positions in the text: xml.slice(nameStart, nameEnd). */
export interface XmlReceiver {
  /** An element starts; returns the receiver's own code for it, given back with its attributes and its end. */
  start(nameStart: number, nameEnd: number): number;
  /**
   * One attribute of the element starting. Its value is xml.slice(valueStart, valueEnd) as written, or `decoded`
   * where it held entities or line ends.
   */
  attribute(
    element: number,
    nameStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number,
    decoded: string | null
  ): void;
  /** The start tag is complete (`selfClosing`: `<c/>`, closed at once). */
  opened(element: number, selfClosing: boolean): void;
  closed(element: number): void;
  /**
   * The text between two tags: xml.slice(start, end) as written, or `decoded` where it held entities, CDATA
   * sections or line ends to normalize.
   */
  text(start: number, end: number, decoded: string | null): void;
}

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const COLON = 58;

/** The two names at these positions are the same. */
function sameName(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++)
    if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}

/** Where the local part of the name at these positions starts (after a namespace prefix such as `x:`). */
export function localStart(xml: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (xml.charCodeAt(i) === COLON) return i + 1;
  return start;
}

function textLineEnds(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

/**
 * A `&` that starts no entity XML defines: XML forbids it, and the tokenizer passes it on as text. Looked for in
 * the whole part at once, where the part holds a `&` at all (a CDATA section holding one is then read by the
 * lenient reader instead, which reads it right). A part without one is tokenized without entity decoding: faster.
 */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

/** Line ends or tabs somewhere after the XML declaration: attribute values may then need them made spaces. */
function mayHoldLineEnds(xml: string): boolean {
  const afterDeclaration = xml.startsWith("<?") ? xml.indexOf("?>") + 2 : 0;
  return /[\t\n\r]/.test(afterDeclaration > 1 ? xml.slice(afterDeclaration) : xml);
}

function needsSpaces(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN) return true;
  }
  return false;
}

function withSpaces(raw: string): string {
  return raw.replace(/\r\n?|[\n\t]/g, " ");
}

export function scanXml(xml: string, part: string, receiver: XmlReceiver): void {
  const entities = xml.indexOf("&") >= 0;
  const bare = entities ? BARE_AMPERSAND.exec(xml) : null;
  if (bare) throw new XmlSyntaxError(part, `a bare & at character ${bare.index}`);
  const checkSpaces = mayHoldLineEnds(xml);
  /** The open elements, innermost last: their codes and where their names are. */
  const openCodes: number[] = [];
  const openNameStarts: number[] = [];
  const openNameEnds: number[] = [];
  let element = 0;
  let nameStart = 0;
  let nameEnd = 0;
  /** The current element's attribute names so far (for the check that none is given twice). */
  const attributeStarts: number[] = [];
  const attributeEnds: number[] = [];
  let attributeCount = 0;
  let attributeStart = 0;
  let attributeEnd = 0;
  let valueStart = 0;
  let valueEnd = 0;
  /** Null while the value is one stretch as written (valueStart..valueEnd). */
  let decoded: string | null = null;
  let pieces = 0;
  // Text since the last tag. Usually one stretch as written (textStart..textEnd); a text node in pieces (around
  // entities and CDATA sections), or with line ends to normalize, is joined in `text`.
  const carriageReturns = xml.indexOf("\r") >= 0;
  let textPieces = 0;
  let textStart = 0;
  let textEnd = 0;
  let text: string | null = null;
  let sawRoot = false;

  // Thrown from inside the tokenizer's callbacks: it stops reading there.
  const fail = (detail: string): never => {
    throw new XmlSyntaxError(part, detail);
  };
  const flushText = () => {
    if (textPieces === 0) return;
    const joined = text;
    textPieces = 0;
    text = null;
    if (joined !== "") receiver.text(textStart, textEnd, joined);
  };
  const addText = (piece: string) => {
    text = (textPieces > 0 ? (text ?? xml.slice(textStart, textEnd)) : "") + piece;
    textPieces++;
  };
  const nameHere = () => xml.slice(nameStart, nameEnd);
  const attributeHere = () => xml.slice(attributeStart, attributeEnd);
  const opened = (selfClosing: boolean) => {
    sawRoot = true;
    attributeCount = 0;
    receiver.opened(element, selfClosing);
    if (selfClosing) receiver.closed(element);
    else {
      openCodes.push(element);
      openNameStarts.push(nameStart);
      openNameEnds.push(nameEnd);
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: entities },
    {
      onopentagname(start, end) {
        flushText();
        nameStart = start;
        nameEnd = end;
        element = receiver.start(start, end);
      },
      onattribname(start, end) {
        attributeStart = start;
        attributeEnd = end;
        valueStart = valueEnd = end;
        decoded = null;
        pieces = 0;
      },
      onattribdata(start, end) {
        const spaces = checkSpaces && needsSpaces(xml, start, end);
        if (pieces === 0 && !spaces) {
          valueStart = start;
          valueEnd = end;
        } else {
          const raw = xml.slice(start, end);
          decoded =
            (decoded ?? (pieces > 0 ? xml.slice(valueStart, valueEnd) : "")) +
            (spaces ? withSpaces(raw) : raw);
        }
        pieces++;
      },
      onattribentity(codepoint) {
        decoded =
          (decoded ?? (pieces > 0 ? xml.slice(valueStart, valueEnd) : "")) +
          String.fromCodePoint(codepoint);
        pieces++;
      },
      onattribend(quote) {
        if (quote === QuoteType.NoValue || quote === QuoteType.Unquoted)
          fail(`attribute ${attributeHere()} of <${nameHere()}> has no quoted value`);
        for (let i = 0; i < attributeCount; i++)
          if (sameName(xml, attributeStarts[i], attributeEnds[i], attributeStart, attributeEnd))
            fail(`attribute ${attributeHere()} given twice on <${nameHere()}>`);
        attributeStarts[attributeCount] = attributeStart;
        attributeEnds[attributeCount] = attributeEnd;
        attributeCount++;
        receiver.attribute(element, attributeStart, attributeEnd, valueStart, valueEnd, decoded);
      },
      onopentagend() {
        opened(false);
      },
      onselfclosingtag() {
        opened(true);
      },
      onclosetag(start, end) {
        flushText();
        const code = openCodes.pop();
        const expectedStart = openNameStarts.pop() ?? 0;
        const expectedEnd = openNameEnds.pop() ?? 0;
        if (code === undefined || !sameName(xml, expectedStart, expectedEnd, start, end))
          fail(
            `</${xml.slice(start, end)}> closes <${code === undefined ? "" : xml.slice(expectedStart, expectedEnd)}>`
          );
        receiver.closed(code ?? 0);
      },
      ontext(start, end) {
        // A `<` that starts no tag is passed on as text (one inside an attribute value is taken as written).
        const lessThan = xml.indexOf("<", start);
        if (lessThan >= 0 && lessThan < end) fail("a bare < in text");
        if (textPieces === 0 && !carriageReturns) {
          textStart = start;
          textEnd = end;
          textPieces = 1;
        } else addText(textLineEnds(xml.slice(start, end)));
      },
      ontextentity(codepoint) {
        addText(String.fromCodePoint(codepoint));
      },
      oncdata(start, end, endOffset) {
        addText(xml.slice(start, end - endOffset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        flushText();
      },
    }
  );
  tokenizer.write(xml);
  tokenizer.end();
  if (openCodes.length > 0)
    fail(`<${xml.slice(openNameStarts.pop() ?? 0, openNameEnds.pop() ?? 0)}> is not closed`);
  if (!sawRoot) fail("no root element");
}

export interface SaxHandlers {
  open(local: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(local: string): void;
  text?(text: string): void;
}

/** A part's events with local element names (`x:row` from WPS is `row`) and each element's attributes as an object. */
export function readXml(xml: string, part: string, handlers: SaxHandlers): void {
  const { open, close, text } = handlers;
  /** Local names by code: each qualified name read once. */
  const locals: string[] = [];
  const codes = new Map<string, number>();
  let attributes: Record<string, string> = {};
  scanXml(xml, part, {
    start(nameStart, nameEnd) {
      attributes = {};
      const name = xml.slice(nameStart, nameEnd);
      let code = codes.get(name);
      if (code === undefined) {
        code = locals.length;
        codes.set(name, code);
        locals.push(xml.slice(localStart(xml, nameStart, nameEnd), nameEnd));
      }
      return code;
    },
    attribute(_, nameStart, nameEnd, valueStart, valueEnd, decoded) {
      attributes[xml.slice(nameStart, nameEnd)] = decoded ?? xml.slice(valueStart, valueEnd);
    },
    opened(element, selfClosing) {
      open(locals[element], attributes, selfClosing);
    },
    closed(element) {
      if (close) close(locals[element]);
    },
    text(start, end, decoded) {
      if (text) text(decoded ?? xml.slice(start, end));
    },
  });
}

/** Excel's `_xHHHH_` escapes in text (a character XML cannot hold), as Excel and SheetJS read them. */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([\da-fA-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}
