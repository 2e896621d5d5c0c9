/**
 * A sheet's notes in the copy (legacy comments, `xl/commentsN.xml`, shown through the sheet's VML drawing).
 * A user's note on a marked cell keeps its text, runs and author; our words go in a run of their own after it,
 * as the block `composeNote` makes (an earlier block of ours is replaced, never stacked). A cell without a note gets
 * a new one under our own author name, and a note shape in the VML drawing. Every other note stays byte for byte.
 */
import { cellAddress } from "../../core/a1";
import { composeNote, hasNoteBlock } from "../../core/noteBlock";
import {
  appendInsideSplice,
  CONTENT_TYPE,
  type ContentTypes,
  freePartName,
  partText,
  REL_TYPE,
  type Relationships,
  setPartText,
} from "./opcParts";
import { EXCEL_TEXT_LIMIT, type SheetPart } from "./sheetPart";
import {
  applySplices,
  escapeAttribute,
  escapeText,
  fromUtf8,
  xmlSafe,
  type Splice,
} from "./xmlText";
import { child, children, parseXml, prefixFor, XmlPartError, type XmlElement } from "./xmlTree";
import type { Parts } from "./zipPackage";

/** The author of the notes we add (the user's notes keep theirs). */
export const NOTE_AUTHOR = "分解表校验";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const VML_NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};
const RUN_PROPERTIES = (p: string) =>
  `<${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr>`;

export interface NoteMark {
  row: number;
  column: number;
  messages: readonly string[];
}

export interface NotesResult {
  /** Notes the user had on marked cells, now with our block after their words. */
  joined: number;
  added: number;
  /** Users' notes so long that not even a shortened block of ours fits within Excel's limit: left as they were. */
  full: number;
}

/** Our messages, shortened (whole lines dropped) so the note stays within Excel's limit beside the user's words. */
export function fitted(user: string, messages: readonly string[]): string[] {
  const fits = (lines: readonly string[]) => composeNote(user, lines).length <= EXCEL_TEXT_LIMIT;
  if (fits(messages)) return [...messages];
  const more = (n: number) => `……（另有 ${n} 条，见校验结果表）`;
  const kept = [...messages];
  while (kept.length > 0 && !fits([...kept, more(messages.length - kept.length + 1)])) kept.pop();
  if (kept.length > 0) return [...kept, more(messages.length - kept.length)];
  // Not even one line fits beside the user's words: the first line, cut, and where the rest is.
  const tail = more(messages.length - 1);
  const room = EXCEL_TEXT_LIMIT - composeNote(user, ["", tail]).length - 1;
  return room > 0 ? [`${messages[0].slice(0, room)}…`, tail] : [];
}

/** The words of a legacy comment: its plain text or its runs' texts (phonetic runs left out). */
function commentWords(text: XmlElement): string {
  const direct = children(text, "t").map((t) => t.text);
  const runs = children(text, "r").map((r) =>
    children(r, "t")
      .map((t) => t.text)
      .join("")
  );
  return [...direct, ...runs].join("");
}

export function writeNotes(
  parts: Parts,
  sheet: SheetPart,
  rels: Relationships,
  contentTypes: ContentTypes,
  marks: readonly NoteMark[]
): NotesResult {
  const result: NotesResult = { joined: 0, added: 0, full: 0 };
  if (marks.length === 0) return result;

  let commentsPart = rels.ofType(REL_TYPE.comments)[0]?.part ?? null;
  let commentsText = commentsPart ? partText(parts, commentsPart) : null;
  if (!commentsPart || commentsText === null) {
    commentsPart ??= freePartName(parts, (n) => `xl/comments${n}.xml`);
    commentsText = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`;
    if (!rels.ofType(REL_TYPE.comments).length) rels.add(REL_TYPE.comments, commentsPart);
    contentTypes.addOverride(commentsPart, CONTENT_TYPE.comments);
  }
  const root = parseXml(commentsText, commentsPart);
  const p = root.prefix;
  const authors = child(root, "authors");
  const list = child(root, "commentList");
  if (!authors || !list) throw new XmlPartError(commentsPart, "no authors or commentList");
  const byCell = new Map<string, XmlElement>();
  for (const comment of children(list, "comment"))
    byCell.set((comment.attributes.ref ?? "").replace(/\$/g, "").toUpperCase(), comment);

  const splices: Splice[] = [];
  const newComments: string[] = [];
  const newShapes: NoteMark[] = [];
  let authorId = children(authors, "author").findIndex((a) => a.text === NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = children(authors, "author").length;
    splices.push(
      appendInsideSplice(authors, `<${p}author>${escapeText(NOTE_AUTHOR)}</${p}author>`)
    );
  }
  for (const mark of marks) {
    const ref = cellAddress(mark.row, mark.column);
    const comment = byCell.get(ref);
    const text = comment && child(comment, "text");
    if (comment && text) {
      const lines = fitted(commentWords(text), mark.messages);
      if (lines.length === 0) {
        result.full++;
        continue;
      }
      result.joined++;
      splices.push(...joinedNote(text, lines, p));
      continue;
    }
    result.added++;
    const note = composeNote(null, fitted("", mark.messages));
    newComments.push(
      `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text><${p}r>${RUN_PROPERTIES(p)}<${p}t xml:space="preserve">${escapeText(xmlSafe(note))}</${p}t></${p}r></${p}text></${p}comment>`
    );
    newShapes.push(mark);
  }
  if (newComments.length > 0) splices.push(appendInsideSplice(list, newComments.join("")));
  setPartText(parts, commentsPart, applySplices(commentsText, splices));
  if (newShapes.length > 0) addNoteShapes(parts, sheet, rels, contentTypes, newShapes);
  return result;
}

/** The user's note with our block after it: their runs untouched, ours a run of its own. */
function joinedNote(text: XmlElement, messages: string[], p: string): Splice[] {
  const words = commentWords(text);
  const note = composeNote(words, messages);
  if (hasNoteBlock(words)) {
    // A copy of a copy: our old block sits inside the user's runs; the note is written again as one run.
    return [
      {
        start: text.openEnd,
        end: text.closeStart,
        text: `<${p}r>${RUN_PROPERTIES(p)}<${p}t xml:space="preserve">${escapeText(xmlSafe(note))}</${p}t></${p}r>`,
      },
    ];
  }
  const ours = `<${p}r>${RUN_PROPERTIES(p)}<${p}t xml:space="preserve">${escapeText(xmlSafe(note.slice(words.length)))}</${p}t></${p}r>`;
  const splices: Splice[] = [];
  // A plain-text note becomes its text in a run (the same words), so that a run can follow it.
  for (const t of children(text, "t")) {
    splices.push(
      { start: t.start, end: t.start, text: `<${p}r>` },
      { start: t.end, end: t.end, text: `</${p}r>` }
    );
  }
  const last = [...text.children].reverse().find((c) => c.local === "r" || c.local === "t");
  const at = last ? last.end : text.openEnd;
  if (text.selfClosing)
    return [{ start: text.start, end: text.end, text: `<${text.name}>${ours}</${text.name}>` }];
  splices.push({ start: at, end: at, text: ours });
  return splices;
}

function noteShape(mark: NoteMark, id: number, v: string, o: string, x: string): string {
  const anchor = [
    mark.column + 1,
    15,
    Math.max(0, mark.row - 1),
    10,
    mark.column + 3,
    15,
    mark.row + 4,
    4,
  ].join(", ");
  return (
    `<${v}shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${id};visibility:hidden' fillcolor="#ffffe1" ${o}insetmode="auto">` +
    `<${v}fill color2="#ffffe1"/><${v}shadow on="t" color="black" obscured="t"/><${v}path ${o}connecttype="none"/>` +
    `<${v}textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></${v}textbox>` +
    `<${x}ClientData ObjectType="Note"><${x}MoveWithCells/><${x}SizeWithCells/><${x}Anchor>${anchor}</${x}Anchor><${x}AutoFill>False</${x}AutoFill>` +
    `<${x}Row>${mark.row}</${x}Row><${x}Column>${mark.column}</${x}Column></${x}ClientData></${v}shape>`
  );
}

function shapeType(v: string, o: string): string {
  return (
    `<${v}shapetype id="_x0000_t202" coordsize="21600,21600" ${o}spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<${v}stroke joinstyle="miter"/><${v}path gradientshapeok="t" ${o}connecttype="rect"/></${v}shapetype>`
  );
}

/** Note shapes for new notes, in the sheet's VML drawing (made, with its `<legacyDrawing>`, when there is none). */
function addNoteShapes(
  parts: Parts,
  sheet: SheetPart,
  rels: Relationships,
  contentTypes: ContentTypes,
  marks: readonly NoteMark[]
): void {
  const drawingId = sheet.legacyDrawingId();
  const existingPart = drawingId ? (rels.byId(drawingId)?.part ?? null) : null;
  const existingText = existingPart ? partText(parts, existingPart) : null;
  if (!existingPart || existingText === null) {
    if (drawingId) throw new XmlPartError(sheet.part, `legacy drawing ${drawingId} has no part`);
    const part = freePartName(parts, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    // Shape ids come in blocks of 1024 per drawing (o:idmap): ours start after every id the other drawings use.
    let highest = 0;
    for (const [name, bytes] of parts)
      if (/\.vml$/i.test(name))
        for (const match of fromUtf8(bytes).matchAll(/_x0000_s(\d+)/g))
          highest = Math.max(highest, Number(match[1]));
    const first = Math.floor(highest / 1024) + 1;
    const blocks = Array.from(
      { length: Math.ceil((marks.length + 1) / 1024) },
      (_, i) => first + i
    );
    const shapes = marks
      .map((m, i) => noteShape(m, first * 1024 + 1 + i, "v:", "o:", "x:"))
      .join("");
    setPartText(
      parts,
      part,
      `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>${shapeType("v:", "o:")}${shapes}</xml>`
    );
    contentTypes.ensureDefault("vml", CONTENT_TYPE.vml);
    sheet.addLegacyDrawing(rels.add(REL_TYPE.vmlDrawing, part));
    return;
  }
  setPartText(parts, existingPart, withShapes(existingText, existingPart, marks));
}

/** An existing VML drawing with our shapes added before its end; its own shapes untouched. */
function withShapes(text: string, part: string, marks: readonly NoteMark[]): string {
  let root: XmlElement | null = null;
  try {
    root = parseXml(text, part);
  } catch {
    // Old VML is not always well-formed XML (HTML-style `<br>`): then only its end tag is needed, found below.
  }
  const ids: number[] = [];
  let hasType = false;
  let v = "v:";
  let o = "o:";
  let x = "x:";
  let declarations = "";
  let end: number;
  if (root) {
    const walk = (element: XmlElement) => {
      const id = /^_x0000_s(\d+)$/.exec(element.attributes.id ?? "");
      if (id) ids.push(Number(id[1]));
      if (element.local === "shapetype" && element.attributes.id === "_x0000_t202") hasType = true;
      element.children.forEach(walk);
    };
    walk(root);
    const bound = (uri: string, fallback: string) => {
      const prefix = prefixFor(root!, uri);
      if (prefix) return prefix;
      declarations += ` xmlns:${fallback}="${escapeAttribute(uri)}"`;
      return `${fallback}:`;
    };
    v = bound(VML_NS.v, "v");
    o = bound(VML_NS.o, "o");
    x = bound(VML_NS.x, "x");
    end = root.closeStart;
  } else {
    end = text.lastIndexOf("</xml>");
    if (end < 0) throw new XmlPartError(part, "no end of the VML drawing");
    for (const match of text.matchAll(/_x0000_s(\d+)/g)) ids.push(Number(match[1]));
    hasType = text.includes('"_x0000_t202"');
  }
  let next = Math.max(1024, ...ids) + 1;
  const withDeclarations = (shape: string) =>
    declarations ? shape.replace(/^<([^ ]+)/, `<$1${declarations}`) : shape;
  const added =
    (hasType ? "" : withDeclarations(shapeType(v, o))) +
    marks.map((m) => withDeclarations(noteShape(m, next++, v, o, x))).join("");
  return text.slice(0, end) + added + text.slice(end);
}
