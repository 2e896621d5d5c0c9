/** The workbook's shared strings, read (never written: our texts are inline strings). */
import { partText, REL_TYPE, type Relationships } from "./opcParts";
import { children, parseXml } from "./xmlTree";
import type { Parts } from "./zipPackage";

export function sharedStrings(parts: Parts, workbookRels: Relationships): string[] {
  const part = workbookRels.ofType(REL_TYPE.sharedStrings)[0]?.part;
  const text = part ? partText(parts, part) : null;
  if (!part || text === null) return [];
  const root = parseXml(text, part);
  // An item's words: its plain text or its runs' texts; phonetic runs (rPh) are not part of the value.
  return children(root, "si").map((si) =>
    [
      ...children(si, "t").map((t) => t.text),
      ...children(si, "r").flatMap((r) => children(r, "t").map((t) => t.text)),
    ].join("")
  );
}
