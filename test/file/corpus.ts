/**
 * The reading corpus, built by the tests themselves: one small breakdown table (its 2025 合计 one more than the units'
 * sum) written the ways officers' files arrive — packages written part by part as openpyxl, LibreOffice and WPS
 * write them, .xls/.et/.ods through SheetJS's writer, CSV in UTF-8, UTF-8 with BOM and GBK — and broken on purpose.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { strToU8, zipSync, type Zippable } from "fflate";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import { readWorkbook, type ReadOptions } from "../../src/file/read/readWorkbook";

export type Row = (string | number | null)[];

export const TABLE: Row[] = [
  ["附件1"],
  ["研发投入任务分解"],
  ["（单位：万元）"],
  ["序号", "园区/镇街", "2023年", "2024年", "2025年"],
  [1, "中山路街道", 709, 815, 904],
  [2, "胜利路街道", 3863, 4443, 4933],
  [3, "南大街街道", 479, 551, 612],
  [4, "大安街道", 3345, 3847, 4271],
  [null, "合计", 8396, 9656, 10721],
];

/** What a finding is, apart from its wording: the same table read from any format gives the same list. */
export function findingKeys(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
}

export function findingsOf(bytes: Uint8Array, options: ReadOptions = {}): string[] {
  return findingKeys(checkWorkbook(readWorkbook(bytes, options).grid).findings);
}

/** The clean twin: the table written by ExcelJS as an .xlsx. */
export async function twinXlsx(rows: Row[] = TABLE, sheet = "附件1"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The table through SheetJS's writer in another format (`xls` is BIFF8, as Excel 97–2003 and WPS .et write it). */
export function writtenAs(bookType: "xls" | "ods" | "xlsb", rows: Row[] = TABLE): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "附件1");
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

export function csvText(rows: Row[] = TABLE): string {
  return (
    rows.map((row) => row.map((v) => (v === null ? "" : String(v))).join(",")).join("\r\n") + "\r\n"
  );
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface PackageOptions {
  /** Strings in a shared-strings part (Excel, openpyxl) or inline (some generators). */
  sharedStrings?: boolean;
  /** openpyxl-style extras: a drawing with an image, a comment (notes + VML). */
  drawingAndComments?: boolean;
  /** LibreOffice-style: an Excel table part with no <tableStyleInfo>. */
  tableWithoutStyle?: boolean;
  /** WPS-style: an <x:…> namespace prefix on the workbook's elements and extra WPS parts. */
  wps?: boolean;
  /** Extra cells far away, `[row, column, value]` 0-based, and rows holding only a height. */
  farCells?: [number, number, string | number][];
  heightOnlyRows?: number[];
  /** Parts to leave out (broken packages), and parts to replace. */
  omit?: string[];
  replace?: Record<string, string>;
}

/** An .xlsx package written part by part, as other producers write them. */
export function packageBytes(rows: Row[] = TABLE, options: PackageOptions = {}): Uint8Array {
  const shared = options.sharedStrings ?? true;
  const strings: string[] = [];
  const cells: string[] = [];
  const allRows = new Map<number, string[]>();
  const put = (r: number, c: number, v: string | number) => {
    const ref = `${column(c)}${r + 1}`;
    let xml: string;
    if (typeof v === "number") xml = `<c r="${ref}"><v>${v}</v></c>`;
    else if (shared) xml = `<c r="${ref}" t="s"><v>${strings.push(v) - 1}</v></c>`;
    else xml = `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
    (allRows.get(r) ?? allRows.set(r, []).get(r)!).push(xml);
  };
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && put(r, c, v)));
  for (const [r, c, v] of options.farCells ?? []) put(r, c, v);
  for (const r of options.heightOnlyRows ?? []) if (!allRows.has(r)) allRows.set(r, []);
  for (const r of [...allRows.keys()].sort((a, b) => a - b)) {
    const custom = (options.heightOnlyRows ?? []).includes(r) ? ' ht="30" customHeight="1"' : "";
    cells.push(`<row r="${r + 1}"${custom}>${allRows.get(r)!.join("")}</row>`);
  }
  const x = options.wps ? "x:" : "";
  const ns = options.wps
    ? ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheetRels: string[] = [];
  const sheetTail: string[] = [];
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (shared
        ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
        : "") +
      `</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><${x}workbook${ns} xmlns:r="${R}"><${x}sheets><${x}sheet name="附件1" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` +
      (shared
        ? `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`
        : "") +
      `</Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`,
  };
  if (options.drawingAndComments) {
    sheetRels.push(
      `<Relationship Id="rId1" Type="${R}/drawing" Target="/xl/drawings/drawing1.xml"/>`,
      `<Relationship Id="rId2" Type="${R}/comments" Target="/xl/comments/comment1.xml"/>`,
      `<Relationship Id="anysvml" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>`
    );
    sheetTail.push(`<drawing r:id="rId1"/><legacyDrawing r:id="anysvml"/>`);
    parts["xl/drawings/drawing1.xml"] =
      `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Image 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
    parts["xl/drawings/_rels/drawing1.xml.rels"] =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/image" Target="/xl/media/image1.png"/></Relationships>`;
    parts["xl/media/image1.png"] = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0,
    ]);
    parts["xl/comments/comment1.xml"] =
      `<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors><commentList><comment ref="B5" authorId="0"><text><t>核实过</t></text></comment></commentList></comments>`;
    parts["xl/drawings/commentsDrawing1.vml"] =
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;
  }
  if (options.tableWithoutStyle) {
    sheetRels.push(`<Relationship Id="rId9" Type="${R}/table" Target="../tables/table1.xml"/>`);
    sheetTail.push(`<tableParts count="1"><tablePart r:id="rId9"/></tableParts>`);
    parts["xl/tables/table1.xml"] =
      `<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="数据库1" displayName="数据库1" ref="A4:E9" headerRowCount="1" totalsRowShown="0"><autoFilter ref="A4:E9"/><tableColumns count="5"><tableColumn id="1" name="序号"/><tableColumn id="2" name="园区/镇街"/><tableColumn id="3" name="2023年"/><tableColumn id="4" name="2024年"/><tableColumn id="5" name="2025年"/></tableColumns></table>`;
  }
  if (options.wps) {
    parts["docProps/custom.xml"] =
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">2052-12.1.0.16120</vt:lpwstr></property></Properties>`;
  }
  if (sheetRels.length)
    parts["xl/worksheets/_rels/sheet1.xml.rels"] =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}</Relationships>`;
  parts["xl/worksheets/sheet1.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet${ns} xmlns:r="${R}"><${x}sheetData>${options.wps ? cells.join("").replace(/<(\/?)(row|c|v|is|t)\b/g, "<$1x:$2") : cells.join("")}</${x}sheetData>${sheetTail.join("")}</${x}worksheet>`;
  if (shared)
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`;
  for (const [name, text] of Object.entries(options.replace ?? {})) parts[name] = text;
  for (const name of options.omit ?? []) delete parts[name];
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    zippable[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(zippable);
}
