/**
 * What the zip holds before any sheet is parsed: an OpenDocument spreadsheet, an Office Open XML workbook (its
 * workbook part, shared strings and every sheet part present), or neither. A broken package is refused with its
 * reason here, so it can never pass as a clean workbook with a sheet or its text silently missing.
 */
import { strFromU8 } from "fflate";
import { unreadable } from "./errors";
import type { ZipParts } from "./unzip";

export type PackageKind = "xlsx" | "xlsm" | "xlsb" | "ods";

/** UTF-8 → text with fflate (some test environments, such as jsdom, have no TextDecoder). */
const utf8 = { decode: (bytes: Uint8Array) => strFromU8(bytes) };

export function partText(parts: ZipParts, name: string | undefined): string | null {
  if (!name) return null;
  const bytes = parts.get(name);
  return bytes ? utf8.decode(bytes) : null;
}

/** Part names are matched without case, as Excel does. */
export function findPart(parts: ZipParts, name: string): string | undefined {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  for (const key of parts.keys()) if (key.toLowerCase() === lower) return key;
  return undefined;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

function elements(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, "g")) ?? [];
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((tag) => ({
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
    target: attribute(tag, "Target") ?? "",
    external: attribute(tag, "TargetMode") === "External",
  }));
}

/** A relationship target resolved against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = base.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== "." && step !== "") path.push(step);
  }
  return path.join("/");
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** The package's kind, or an UnreadableWorkbookError saying what is wrong with it. */
export function checkPackage(parts: ZipParts): PackageKind {
  const mimetype = partText(parts, findPart(parts, "mimetype"))?.trim();
  if (mimetype !== undefined && mimetype.startsWith("application/vnd.oasis.opendocument")) {
    if (!mimetype.startsWith(ODS_MIME)) throw unreadable.notWorkbook();
    if (!findPart(parts, "content.xml"))
      throw unreadable.corrupt("缺少 content.xml", "content.xml is missing");
    return "ods";
  }
  const rootRels = relationships(partText(parts, findPart(parts, "_rels/.rels")));
  const officeDocument = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbookName = officeDocument
    ? resolve("", officeDocument.target)
    : (["xl/workbook.xml", "xl/workbook.bin"].find((n) => findPart(parts, n)) ?? "xl/workbook.xml");
  const workbookPart = findPart(parts, workbookName);
  if (!workbookPart) {
    const looksOffice =
      findPart(parts, "[Content_Types].xml") || [...parts.keys()].some((k) => /^xl\//i.test(k));
    if (!looksOffice) throw unreadable.plainZip();
    throw unreadable.corrupt(
      `缺少工作簿部件 ${workbookName}`,
      `the part ${workbookName} is missing`
    );
  }
  const binary = workbookPart.toLowerCase().endsWith(".bin");
  if (!binary) checkWorkbookParts(parts, workbookPart);
  const types = partText(parts, findPart(parts, "[Content_Types].xml")) ?? "";
  return binary ? "xlsb" : /macroEnabled/i.test(types) ? "xlsm" : "xlsx";
}

function checkWorkbookParts(parts: ZipParts, workbookPart: string): void {
  const xml = partText(parts, workbookPart)!;
  const rels = relationships(partText(parts, findPart(parts, relsOf(workbookPart))));
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const tag of elements(xml, "sheet")) {
    const name = attribute(tag, "name") ?? "?";
    const rel = byId.get(attribute(tag, "id") ?? "");
    const target = rel && !rel.external ? resolve(workbookPart, rel.target) : null;
    if (!target || !findPart(parts, target))
      throw unreadable.corrupt(
        `工作表“${name}”的内容${target ? `（${target}）` : ""}缺失`,
        `the content of sheet "${name}"${target ? ` (${target})` : ""} is missing`
      );
  }
  const shared = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const sharedPart = shared ? findPart(parts, resolve(workbookPart, shared.target)) : undefined;
  if (shared && !sharedPart)
    throw unreadable.corrupt(
      "文字表（sharedStrings.xml）缺失",
      "its shared strings (sharedStrings.xml) are missing"
    );
  if (!sharedPart && !findPart(parts, "xl/sharedStrings.xml") && usesSharedStrings(parts))
    throw unreadable.corrupt(
      "单元格引用的文字表（sharedStrings.xml）缺失",
      "cells refer to shared strings (sharedStrings.xml) that are missing"
    );
}

const SHARED_STRING_CELL = Uint8Array.from('t="s"', (c) => c.charCodeAt(0));

/** True when some worksheet part has a shared-string cell (`t="s"`); only asked when no string table exists. */
function usesSharedStrings(parts: ZipParts): boolean {
  for (const [name, bytes] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    outer: for (let i = 0; i + SHARED_STRING_CELL.length <= bytes.length; i++) {
      for (let k = 0; k < SHARED_STRING_CELL.length; k++)
        if (bytes[i + k] !== SHARED_STRING_CELL[k]) continue outer;
      return true;
    }
  }
  return false;
}

export interface SheetHead {
  frozen: { rows: number; columns: number };
  /** `<sheetFormatPr>`: points and characters. */
  defaultRowHeight?: number;
  defaultColumnWidth?: number;
}

/** What the page draws and SheetJS does not give: frozen panes and default sizes, read before the cells. */
export function sheetHead(xml: Uint8Array | undefined): SheetHead {
  const none: SheetHead = { frozen: { rows: 0, columns: 0 } };
  if (!xml) return none;
  const head = utf8.decode(xml.subarray(0, Math.min(xml.length, 16_384)));
  const end = head.search(/<(?:\w+:)?sheetData\b/);
  const before = end >= 0 ? head.slice(0, end) : head;
  const out = none;
  const format = elements(before, "sheetFormatPr")[0];
  const number = (tag: string | undefined, name: string) => {
    const value = tag ? Number(attribute(tag, name)) : NaN;
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const height = number(format, "defaultRowHeight");
  const width = number(format, "defaultColWidth") ?? number(format, "baseColWidth");
  if (height) out.defaultRowHeight = height;
  if (width) out.defaultColumnWidth = width;
  const pane = elements(before, "pane")[0];
  if (pane && /frozen/.test(attribute(pane, "state") ?? ""))
    out.frozen = {
      rows: Math.floor(number(pane, "ySplit") ?? 0),
      columns: Math.floor(number(pane, "xSplit") ?? 0),
    };
  return out;
}

/** Each sheet's worksheet part, by sheet name (for what SheetJS does not give, such as frozen panes). */
export function sheetParts(parts: ZipParts): Map<string, string> {
  const out = new Map<string, string>();
  const rootRels = relationships(partText(parts, findPart(parts, "_rels/.rels")));
  const officeDocument = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbookPart = findPart(
    parts,
    officeDocument ? resolve("", officeDocument.target) : "xl/workbook.xml"
  );
  if (!workbookPart) return out;
  const rels = relationships(partText(parts, findPart(parts, relsOf(workbookPart))));
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const tag of elements(partText(parts, workbookPart) ?? "", "sheet")) {
    const rel = byId.get(attribute(tag, "id") ?? "");
    const part = rel ? findPart(parts, resolve(workbookPart, rel.target)) : undefined;
    const name = attribute(tag, "name");
    if (part && name) out.set(name, part);
  }
  return out;
}

/** A sheet as the workbook part lists it, in workbook order. */
export interface WorkbookSheet {
  name: string;
  /** `hidden` or `veryHidden`; undefined when visible. */
  state?: string;
  /** Its part, when present. */
  part?: string;
  /** The relationship's type: `…/worksheet`, `…/chartsheet`, `…/xlMacrosheet`, `…/dialogsheet`. */
  type: string;
}

export interface WorkbookParts {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The shared strings, styles and theme parts, where the package has them. */
  sharedStrings?: string;
  styles?: string;
  theme?: string;
}

/** What the workbook part says (an .xlsx/.xlsm package that checkPackage accepted). */
export function workbookParts(parts: ZipParts): WorkbookParts {
  const rootRels = relationships(partText(parts, findPart(parts, "_rels/.rels")));
  const officeDocument = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbookPart =
    findPart(parts, officeDocument ? resolve("", officeDocument.target) : "xl/workbook.xml") ??
    "xl/workbook.xml";
  const xml = partText(parts, workbookPart) ?? "";
  const rels = relationships(partText(parts, findPart(parts, relsOf(workbookPart))));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = elements(xml, "sheet").map((tag): WorkbookSheet => {
    const rel = byId.get(attribute(tag, "id") ?? "");
    const part =
      rel && !rel.external ? findPart(parts, resolve(workbookPart, rel.target)) : undefined;
    const state = attribute(tag, "state");
    return {
      name: attribute(tag, "name") ?? "",
      ...(state && state !== "visible" ? { state } : {}),
      ...(part ? { part } : {}),
      type: rel?.type ?? "",
    };
  });
  const related = (kind: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${kind}`) && !r.external);
    return (rel && findPart(parts, resolve(workbookPart, rel.target))) ?? findPart(parts, fallback);
  };
  const pr = elements(xml, "workbookPr")[0];
  const date1904 = pr ? /^(1|true)$/.test(attribute(pr, "date1904") ?? "") : false;
  const out: WorkbookParts = { sheets, date1904 };
  const sharedStrings = related("sharedStrings", "xl/sharedStrings.xml");
  const styles = related("styles", "xl/styles.xml");
  const theme = related("theme", "xl/theme/theme1.xml");
  if (sharedStrings) out.sharedStrings = sharedStrings;
  if (styles) out.styles = styles;
  if (theme) out.theme = theme;
  return out;
}
