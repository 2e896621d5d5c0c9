/**
 * A part read with saxes (a real XML tokenizer, as the annotated copy uses), element names given without their
 * namespace prefix (`x:row` from WPS is `row`). saxes throws on XML that is not well-formed: the caller then falls
 * back to the lenient reader (../readWorkbook.ts).
 */
import { SaxesParser } from "saxes";

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

export function readXml(text: string, part: string, handlers: SaxHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) =>
    handlers.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing)
  );
  const close = handlers.close;
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  const onText = handlers.text;
  if (onText) {
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Error && error.name !== "Error") throw error;
    throw new XmlSyntaxError(part, error instanceof Error ? error.message : String(error));
  }
}

/** Excel's `_xHHHH_` escapes in text (a character XML cannot hold), as Excel and SheetJS read them. */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([\da-fA-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}
