/**
 * A part read as a stream of XML events, element names given without their namespace prefix (`x:row` from WPS is
 * `row`). The tokenizer is htmlparser2's, in its XML mode: about twice as fast as saxes on worksheet XML (see the
 * README), which matters because the sheets' XML is most of a check's time. It is forgiving, so the little this
 * reader needs of XML's rules is checked here: tags close in order, every element is closed, no attribute is given
 * twice. A part that breaks them throws XmlSyntaxError and the caller falls back to the lenient reader
 * (../readWorkbook.ts). Text and attribute values come as an XML parser gives them: entities decoded, line ends
 * normalized (CR LF and CR → LF; in attribute values, line ends and tabs → spaces).
 */
import { QuoteType, Tokenizer } from "htmlparser2";

export interface SaxHandlers {
  open(local: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(local: string): void;
  text?(text: string): void;
}

export class XmlSyntaxError extends Error {
  constructor(part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = "XmlSyntaxError";
  }
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The tokenizer passes on what XML forbids in text and attribute values: a `&` that starts no entity it knows, a
 * `<` that starts no tag. (Every entity it decodes comes apart from the raw text, so any `&` left in it is bare.)
 */
function isForbiddenIn(raw: string): boolean {
  return raw.indexOf("&") >= 0 || raw.indexOf("<") >= 0;
}

function textLineEnds(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

const ATTRIBUTE_WHITESPACE = /\r\n?|[\n\t]/g;

function attributeWhitespace(raw: string): string {
  return raw.indexOf("\r") < 0 && raw.indexOf("\n") < 0 && raw.indexOf("\t") < 0
    ? raw
    : raw.replace(ATTRIBUTE_WHITESPACE, " ");
}

export function readXml(xml: string, part: string, handlers: SaxHandlers): void {
  const { open, close, text: onText } = handlers;
  /** The qualified names of the open elements, innermost last. */
  const openNames: string[] = [];
  const openLocals: string[] = [];
  let name = "";
  let localName = "";
  let attributes: Record<string, string> = {};
  let attributeName = "";
  let attributeValue = "";
  /** Text since the last tag: a text node may come in pieces (around entities and CDATA sections). */
  let text = "";
  let sawRoot = false;

  const flushText = () => {
    if (text === "") return;
    const t = text;
    text = "";
    if (onText) onText(t);
  };
  // Thrown from inside the tokenizer's callback: it stops reading there.
  const fail = (detail: string): never => {
    throw new XmlSyntaxError(part, detail);
  };
  const opened = (selfClosing: boolean) => {
    sawRoot = true;
    open(localName, attributes, selfClosing);
    if (selfClosing) {
      if (close) close(localName);
    } else {
      openNames.push(name);
      openLocals.push(localName);
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        flushText();
        name = xml.slice(start, end);
        localName = local(name);
        attributes = {};
      },
      onattribname(start, end) {
        attributeName = xml.slice(start, end);
        attributeValue = "";
      },
      onattribdata(start, end) {
        const raw = xml.slice(start, end);
        if (isForbiddenIn(raw)) fail(`a bare & or < in attribute ${attributeName} of <${name}>`);
        attributeValue += attributeWhitespace(raw);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend(quote) {
        if (quote === QuoteType.NoValue || quote === QuoteType.Unquoted)
          fail(`attribute ${attributeName} of <${name}> has no quoted value`);
        if (Object.prototype.hasOwnProperty.call(attributes, attributeName))
          fail(`attribute ${attributeName} given twice on <${name}>`);
        attributes[attributeName] = attributeValue;
      },
      onopentagend() {
        opened(false);
      },
      onselfclosingtag() {
        opened(true);
      },
      onclosetag(start, end) {
        flushText();
        const expected = openNames.pop();
        const expectedLocal = openLocals.pop();
        if (
          expected === undefined ||
          expected.length !== end - start ||
          !xml.startsWith(expected, start)
        )
          fail(`</${xml.slice(start, end)}> closes <${expected ?? ""}>`);
        if (close) close(expectedLocal ?? "");
      },
      ontext(start, end) {
        const raw = xml.slice(start, end);
        if (isForbiddenIn(raw)) fail("a bare & or < in text");
        text += textLineEnds(raw);
      },
      ontextentity(codepoint) {
        text += String.fromCodePoint(codepoint);
      },
      oncdata(start, end, endOffset) {
        text += xml.slice(start, end - endOffset);
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
  if (openNames.length > 0) fail(`<${openNames.pop()}> is not closed`);
  if (!sawRoot) fail("no root element");
}

/** Excel's `_xHHHH_` escapes in text (a character XML cannot hold), as Excel and SheetJS read them. */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([\da-fA-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}
