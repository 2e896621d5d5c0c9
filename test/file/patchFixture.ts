/**
 * A feature-rich .xlsm written part by part (fflate), as Excel writes such a workbook: a plan table with a wrong
 * 合计 (so the check marks it), a user's note on that cell and another note, a threaded comment, a chart and an
 * image in a drawing, a chart sheet, sparklines (x14 extension), a validation list, conditional formats, a print
 * area and a defined name, a table, internal and external links, sheet protection, a macro sheet, a VBA project and
 * custom XML. Every part is our own text, so a test can say which bytes must survive.
 */
import { strToU8, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

/** The plan table: 2027's 合计 (G8) is 369999, one short of its units' sum 370000. */
export const PLAN: (string | number | null)[][] = [
  ["附件1", null, null, null, null, null, null],
  ["研发投入任务分解", null, null, null, null, null, null],
  [null, null, null, null, null, null, "（单位：万元）"],
  ["序号", "园区/镇街", "2023年", "2024年", "2025年", "2026年", "2027年"],
  [1, "中山路街道", 70900, 81500, 90400, 103500, 100000],
  [2, "胜利路街道", 386300, 444300, 493300, 564900, 150000],
  [3, "南大街街道", 47900, 55100, 61200, 70000, 120000],
  [null, "合计", 505100, 580900, 644900, 738400, 369999],
];

/** The user's note on G8 (the wrong total), in two runs, by 张三. */
export const USER_NOTE_RUNS = ["张三:", "\n请街道核对2027年数"];
export const USER_NOTE_AUTHOR = "张三";

// A 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64"
  )
);

function col(c: number): string {
  return String.fromCharCode(65 + c);
}

function sheet1(strings: string[]): string {
  const index = (text: string) => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return i;
  };
  const rows = PLAN.map((row, r) => {
    const cells = row
      .map((value, c) => {
        const ref = `${col(c)}${r + 1}`;
        // Row 8 (合计) has a style of its own, shared by all its cells: a fill must not spread from G8 to F8.
        const s = r === 7 ? ' s="2"' : r >= 4 && c >= 2 ? ' s="1"' : "";
        if (value === null) return "";
        if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
        return `<c r="${ref}"${s} t="s"><v>${index(value)}</v></c>`;
      })
      .join("");
    return `<row r="${r + 1}" spans="1:8" x14ac:dyDescent="0.25">${cells}</row>`;
  }).join("");
  return (
    HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `<sheetPr codeName="Sheet1"/><dimension ref="A1:H8"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="14" customWidth="1"/></cols>` +
    `<sheetData>${rows}</sheetData>` +
    `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0"/>` +
    `<conditionalFormatting sqref="C5:G7"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100000</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B5:B7"><formula1>"中山路街道,胜利路街道,南大街街道"</formula1></dataValidation></dataValidations>` +
    `<hyperlinks><hyperlink ref="A1" location="'说明'!A1" display="说明"/><hyperlink ref="A2" r:id="rId5"/></hyperlinks>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>` +
    `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>` +
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'附件1'!C5:G5</xm:f><xm:sqref>H5</xm:sqref></x14:sparkline><x14:sparkline><xm:f>'附件1'!C6:G6</xm:f><xm:sqref>H6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>` +
    `</worksheet>`
  );
}

const STYLES =
  HEAD +
  `<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>` +
  `<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><alignment horizontal="right" vertical="center"/><protection locked="0"/></xf><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

const COMMENTS =
  HEAD +
  `<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  `<authors><author>${USER_NOTE_AUTHOR}</author><author>tc={6A1D7C5E-0000-4000-8000-000000000001}</author></authors><commentList>` +
  `<comment ref="G8" authorId="0" shapeId="0" xr:uid="{00000000-0006-0000-0000-000001000000}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t>${USER_NOTE_RUNS[0]}</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">${USER_NOTE_RUNS[1]}</t></r></text></comment>` +
  `<comment ref="B5" authorId="0" shapeId="0" xr:uid="{00000000-0006-0000-0000-000002000000}"><text><t>街道名称以区政府文件为准</t></text></comment>` +
  `<comment ref="C5" authorId="1" shapeId="0" xr:uid="{6A1D7C5E-0000-4000-8000-000000000001}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    2023年数据来自统计局</t></text></comment>` +
  `</commentList></comments>`;

function vmlShape(id: number, row: number, column: number): string {
  return (
    `\r\n <v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:400pt;margin-top:100pt;width:108pt;height:59.25pt;z-index:${id - 1024};visibility:hidden' fillcolor="infoBackground [80]" o:insetmode="auto">` +
    `<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>\r\n  ${column + 1}, 15, ${row}, 10, ${column + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

const VML =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>` +
  vmlShape(1025, 7, 6) +
  vmlShape(1026, 4, 1) +
  vmlShape(1027, 4, 2) +
  `</xml>`;

const THREADED =
  HEAD +
  `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="C5" dT="2026-03-01T08:00:00.00" personId="{11111111-2222-4333-8444-555555555555}" id="{6A1D7C5E-0000-4000-8000-000000000001}"><text>2023年数据来自统计局</text></threadedComment></ThreadedComments>`;

const PERSONS =
  HEAD +
  `<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李四" id="{11111111-2222-4333-8444-555555555555}" userId="lisi" providerId="None"/></personList>`;

function chart(ref: string): string {
  return (
    HEAD +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'附件1'!$B$5:$B$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

function chartFrame(id: number, rid: string): string {
  return `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
}

const DRAWING1 =
  HEAD +
  `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${chartFrame(2, "rId1")}</xdr:twoCellAnchor>` +
  `<xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 3"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>` +
  `</xdr:wsDr>`;

const DRAWING2 =
  HEAD +
  `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666049" cy="6293304"/>${chartFrame(2, "rId1")}</xdr:absoluteAnchor></xdr:wsDr>`;

function rels(list: [string, string, string, boolean?][]): string {
  return (
    HEAD +
    `<Relationships xmlns="${PKG_R}">` +
    list
      .map(
        ([id, type, target, external]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`
      )
      .join("") +
    `</Relationships>`
  );
}

const T = {
  doc: `${R}/officeDocument`,
  ws: `${R}/worksheet`,
  cs: `${R}/chartsheet`,
  ms: "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
  styles: `${R}/styles`,
  sst: `${R}/sharedStrings`,
  theme: `${R}/theme`,
  drawing: `${R}/drawing`,
  vml: `${R}/vmlDrawing`,
  comments: `${R}/comments`,
  table: `${R}/table`,
  link: `${R}/hyperlink`,
  chart: `${R}/chart`,
  image: `${R}/image`,
  threaded: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  vba: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
  customXml: `${R}/customXml`,
  customXmlProps: `${R}/customXmlProps`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${R}/extended-properties`,
};

const SPREADSHEET = "application/vnd.openxmlformats-officedocument";

/** The fixture's parts, in the order Excel stores them. */
export function featureRichParts(): Record<string, Uint8Array> {
  const strings: string[] = [];
  const sheet = sheet1(strings);
  const sst =
    HEAD +
    `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${s}</t></si>`).join("") +
    `<si><t>说明</t></si><si><r><t>本表</t></r><r><rPr><b/></rPr><t>由区科技局汇总</t></r><rPh sb="0" eb="1"><t>ベン</t></rPh></si></sst>`;
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      HEAD +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="${SPREADSHEET}.vmlDrawing"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SPREADSHEET}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SPREADSHEET}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${SPREADSHEET}.spreadsheetml.chartsheet+xml"/>` +
      `<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>` +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${SPREADSHEET}.theme+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${SPREADSHEET}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${SPREADSHEET}.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${SPREADSHEET}.drawing+xml"/>` +
      `<Override PartName="/xl/drawings/drawing2.xml" ContentType="${SPREADSHEET}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${SPREADSHEET}.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/charts/chart2.xml" ContentType="${SPREADSHEET}.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/tables/table1.xml" ContentType="${SPREADSHEET}.spreadsheetml.table+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="${SPREADSHEET}.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>` +
      `<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>` +
      `<Override PartName="/customXml/itemProps1.xml" ContentType="${SPREADSHEET}.customXmlProperties+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${SPREADSHEET}.extended-properties+xml"/>` +
      `</Types>`,
    "_rels/.rels": rels([
      ["rId3", T.app, "docProps/app.xml"],
      ["rId2", T.core, "docProps/core.xml"],
      ["rId1", T.doc, "xl/workbook.xml"],
    ]),
    "xl/workbook.xml":
      HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>` +
      `<workbookProtection lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>` +
      `<sheets><sheet name="附件1" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/><sheet name="图表" sheetId="4" r:id="rId3"/><sheet name="宏表" sheetId="5" r:id="rId4"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'附件1'!$A$1:$G$8</definedName><definedName name="单位列">'附件1'!$B$5:$B$7</definedName><definedName name="宏入口" function="1" xlm="1">'宏表'!$A$1</definedName></definedNames>` +
      `<calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId8", T.sst, "sharedStrings.xml"],
      ["rId3", T.cs, "chartsheets/sheet1.xml"],
      ["rId7", T.styles, "styles.xml"],
      ["rId2", T.ws, "worksheets/sheet2.xml"],
      ["rId1", T.ws, "worksheets/sheet1.xml"],
      ["rId6", T.theme, "theme/theme1.xml"],
      ["rId5", T.vba, "vbaProject.bin"],
      ["rId4", T.ms, "macrosheets/sheet1.xml"],
      ["rId9", T.person, "persons/person.xml"],
      ["rId10", T.customXml, "../customXml/item1.xml"],
    ]),
    "xl/worksheets/sheet1.xml": sheet,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([
      ["rId1", T.drawing, "../drawings/drawing1.xml"],
      ["rId2", T.vml, "../drawings/vmlDrawing1.vml"],
      ["rId3", T.table, "../tables/table1.xml"],
      ["rId4", T.comments, "../comments1.xml"],
      ["rId5", T.link, "https://kjj.example.gov.cn/plan?id=1&amp;y=2027", true],
      ["rId6", T.threaded, "../threadedComments/threadedComment1.xml"],
    ]),
    "xl/worksheets/sheet2.xml":
      HEAD +
      `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" t="s"><v>${strings.length}</v></c></row><row r="2"><c r="A2" t="s"><v>${strings.length + 1}</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    "xl/chartsheets/sheet1.xml":
      HEAD +
      `<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    "xl/chartsheets/_rels/sheet1.xml.rels": rels([["rId1", T.drawing, "../drawings/drawing2.xml"]]),
    "xl/macrosheets/sheet1.xml":
      HEAD +
      `<xm:macrosheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" t="str"><f>ALERT("分解表")</f><v>TRUE</v></c></row><row r="2"><c r="A2" t="str"><f>RETURN()</f><v>TRUE</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></xm:macrosheet>`,
    "xl/vbaProject.bin": Uint8Array.from({ length: 1536 }, (_, i) => (i * 37 + 11) % 256),
    "xl/theme/theme1.xml":
      HEAD +
      `<a:theme xmlns:a="${A}" name="Office 主题"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    "xl/styles.xml": STYLES,
    "xl/sharedStrings.xml": sst,
    "xl/drawings/drawing1.xml": DRAWING1,
    "xl/drawings/_rels/drawing1.xml.rels": rels([
      ["rId1", T.chart, "../charts/chart1.xml"],
      ["rId2", T.image, "../media/image1.png"],
    ]),
    "xl/drawings/drawing2.xml": DRAWING2,
    "xl/drawings/_rels/drawing2.xml.rels": rels([["rId1", T.chart, "../charts/chart2.xml"]]),
    "xl/drawings/vmlDrawing1.vml": VML,
    "xl/charts/chart1.xml": chart("'附件1'!$G$5:$G$7"),
    "xl/charts/chart2.xml": chart("'附件1'!$C$5:$C$7"),
    "xl/media/image1.png": PNG,
    "xl/tables/table1.xml":
      HEAD +
      `<table xmlns="${MAIN}" id="1" name="分解表" displayName="分解表" ref="A4:G7" totalsRowShown="0"><autoFilter ref="A4:G7"/><tableColumns count="7">` +
      PLAN[3].map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`).join("") +
      `</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    "xl/comments1.xml": COMMENTS,
    "xl/threadedComments/threadedComment1.xml": THREADED,
    "xl/persons/person.xml": PERSONS,
    "customXml/item1.xml": HEAD + `<plan xmlns="urn:example:plan"><office>区科技局</office></plan>`,
    "customXml/itemProps1.xml":
      HEAD +
      `<ds:datastoreItem ds:itemID="{3F2504E0-4F89-41D3-9A0C-0305E82C3301}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    "customXml/_rels/item1.xml.rels": rels([["rId1", T.customXmlProps, "itemProps1.xml"]]),
    "docProps/core.xml":
      HEAD +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>张三</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml":
      HEAD +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
  };
  const parts: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files))
    parts[name] = typeof data === "string" ? strToU8(data) : data;
  return parts;
}

export function featureRichWorkbook(): Uint8Array {
  return zipSync(featureRichParts(), { mtime: new Date(2026, 2, 1) });
}
