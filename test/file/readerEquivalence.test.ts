/**
 * The streaming .xlsx reader (src/file/read/xlsx/) against SheetJS CE, the reader it replaced for .xlsx/.xlsm: on
 * every .xlsx of the reading corpus, the seeds, the feature-rich workbook, the benchmark's generated workbook and a
 * package of quirks written here, both give the same grid (values, cached results, formulas with shared formulas
 * expanded, number formats, merges, hidden rows and columns) and the page the same display model.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { strToU8, zipSync } from "fflate";
import type { WorkbookGrid } from "../../src/core/grid";
import { checkPackage } from "../../src/file/read/ooxmlPackage";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { unzipParts } from "../../src/file/read/unzip";
import { readXlsxPackage } from "../../src/file/read/xlsx/workbook";
import { displaySheet } from "../../src/web/display";
import { writeGeneratedWorkbook } from "../../src/bench/cliTimings";
import { packageBytes, TABLE, twinXlsx } from "./corpus";
import { featureRichWorkbook } from "./patchFixture";
import { AGGRECOL_DIR, aggrecolPresent } from "../support/aggrecol";

const SEEDS = path.resolve(__dirname, "../../seeds");

/** The streaming reader itself (readWorkbook would fall back to SheetJS, silently, on a part it cannot parse). */
function streamedRead(bytes: Uint8Array, display = false) {
  const parts = unzipParts(bytes);
  const format = checkPackage(parts);
  if (format !== "xlsx" && format !== "xlsm") throw new Error(`not an .xlsx: ${format}`);
  return readXlsxPackage(parts, format, display);
}

/**
 * The grid without the style indents only the streaming reader reads (SheetJS CE keeps no alignment): the rest
 * must be the same.
 */
function withoutIndents(grid: WorkbookGrid): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const copy = { ...sheet };
      delete copy.indents;
      return copy;
    }),
  };
}

function sameRead(bytes: Uint8Array): void {
  const streamed = streamedRead(bytes);
  const sheetjs = readWorkbook(bytes, { reader: "sheetjs" });
  expect(streamed.format).toBe(sheetjs.format);
  expect(withoutIndents(streamed.grid)).toEqual(withoutIndents(sheetjs.grid));
  expect(streamed.sheets.map((s) => [s.name, s.hidden])).toEqual(
    sheetjs.sheets.map((s) => [s.name, s.hidden])
  );
}

function sameDisplay(bytes: Uint8Array): void {
  const streamed = streamedRead(bytes, true);
  const sheetjs = readWorkbook(bytes, { styles: true, reader: "sheetjs" });
  expect(withoutIndents(streamed.grid)).toEqual(withoutIndents(sheetjs.grid));
  expect(streamed.sheets.map(displaySheet)).toEqual(sheetjs.sheets.map(displaySheet));
}

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A package of one sheet with the given sheetData (and what follows it), styles and shared strings. */
function quirkPackage(sheetData: string, after = "", strings: string[] = []): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="表&amp;一" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId4"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0_ "/><numFmt numFmtId="165" formatCode="#,##0.000;[Red]\\-#,##0.000"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="3"><alignment indent="5"/></xf></cellStyleXfs><cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164" fillId="2"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="27"/><xf numFmtId="10" fillId="2"/><xf numFmtId="0" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf></cellXfs></styleSheet>`
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${strings.map((s) => `<si>${s}</si>`).join("")}</sst>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="3" width="12.5" hidden="1" customWidth="1"/><col min="5" max="5" width="20" customWidth="1"/></cols><sheetData>${sheetData}</sheetData>${after}</worksheet>`
    ),
    "xl/worksheets/sheet2.xml": strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>`
    ),
  });
}

describe("the streaming reader gives SheetJS's grid", () => {
  it.each([
    ["openpyxl: drawing, image, comment", () => packageBytes(TABLE, { drawingAndComments: true })],
    ["inline strings", () => packageBytes(TABLE, { sharedStrings: false })],
    ["LibreOffice table part", () => packageBytes(TABLE, { tableWithoutStyle: true })],
    ["WPS x: prefixes", () => packageBytes(TABLE, { wps: true })],
    [
      "stray far cells and height-only rows",
      () =>
        packageBytes(TABLE, {
          farCells: [
            [1048575, 16383, "x"],
            [3, 200, 5],
          ],
          heightOnlyRows: [1048575, 500000],
        }),
    ],
  ])("corpus: %s", (_, bytes) => {
    sameRead(bytes());
  });

  it.each([
    ["openpyxl: drawing, image, comment", () => packageBytes(TABLE, { drawingAndComments: true })],
    ["WPS x: prefixes", () => packageBytes(TABLE, { wps: true })],
  ])("corpus, the page's display model: %s", (_, bytes) => {
    sameDisplay(bytes());
  });

  it("corpus: ExcelJS's package (the clean twin)", async () => {
    sameRead(await twinXlsx());
    sameDisplay(await twinXlsx());
  });

  it("the feature-rich workbook (chart sheet, macro sheet, notes, tables, validations…)", () => {
    sameRead(featureRichWorkbook());
    sameDisplay(featureRichWorkbook());
  });

  it.each(["yongchuan.xlsx", "liangping.xlsx", "beibei.xlsx"])("seed %s", async (file) => {
    const bytes = new Uint8Array(await fs.readFile(path.join(SEEDS, file)));
    sameRead(bytes);
    sameDisplay(bytes);
  });

  it("the benchmark's generated workbook (shared strings, formula totals with cached values)", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "reader-equivalence-"));
    try {
      const file = path.join(dir, "bench.xlsx");
      await writeGeneratedWorkbook(file, 2, 60);
      const bytes = new Uint8Array(await fs.readFile(file));
      sameRead(bytes);
      sameDisplay(bytes);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("quirks: shared and array formulas, rich text, escapes, errors, booleans, formats, merges, hidden rows", () => {
    const strings = [
      "<t>合计</t>",
      '<t xml:space="preserve"> 中山路 街道 </t>',
      '<r><t>南大</t></r><r><rPr><b/></rPr><t>街街道</t></r><rPh sb="0" eb="1"><t>ナン</t></rPh>',
      "<t>line_x000D_break &amp; &lt;tag&gt;</t>",
      "<t/>",
    ];
    const sheetData = [
      '<row r="1" ht="30" customHeight="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="s"><v>4</v></c><c r="E1" t="inlineStr"><is><t>内联</t></is></c></row>',
      // Cells without references, and a row without its number.
      '<row><c><v>1</v></c><c><v>2.5</v></c><c s="1"><v>3.25</v></c><c s="2"><v>-1234.5678</v></c></row>',
      '<row r="4" hidden="1"><c r="A4" s="3"><v>45000</v></c><c r="B4" s="4"><v>45001</v></c><c r="C4" s="5"><v>0.125</v></c><c r="D4" s="9"><v>8</v></c></row>',
      // Shared formulas: the first cell holds the text, the others follow it.
      '<row r="5"><c r="A5"><f t="shared" ref="A5:D5" si="0">SUM(A2:A4)+$B$2+B$3</f><v>1</v></c><c r="B5"><f t="shared" si="0"/><v>2</v></c><c r="C5"><f t="shared" si="0"></f><v>3</v></c><c r="D5"><f t="shared" si="0"/></c></row>',
      '<row r="6"><c r="A6"><f t="shared" ref="A6:A8" si="1">A5*2</f><v>2</v></c><c r="B6"><f t="array" ref="B6:B7">SUM(A1:A3*2)</f><v>9</v></c><c r="C6"><f>_xlfn.STDEV.S(A1:A4)</f><v>1.5</v></c><c r="D6" t="str"><f>A1&amp;"x"</f><v>ax</v></c><c r="E6" t="str"><f>""</f></c></row>',
      '<row r="7"><c r="A7"><f t="shared" si="1"/><v>4</v></c><c r="B7"><v>9</v></c><c r="C7" t="e"><v>#DIV/0!</v></c><c r="D7" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E7" t="b"><v>1</v></c><c r="F7" t="b"><v>0</v></c></row>',
      '<row r="8"><c r="A8"><f t="shared" si="1"/></c><c r="B8"><f>SUM(B6:B7)</f></c><c r="C8"><f>C7</f><v></v></c><c r="D8" t="e"><v>#SPILL!</v></c><c r="E8" t="s"/><c r="F8" s="1"/></row>',
      // Values under a merge (only its top-left is shown), and a cell written out of order.
      '<row r="10"><c r="A10" t="s"><v>0</v></c><c r="B10"><v>99</v></c><c r="D10"><v>1</v></c><c r="C10"><v>2</v></c></row>',
      '<row r="11"><c r="A11"><v>5</v></c><c r="B11"><v>6</v></c></row>',
      '<row r="9"><c r="A9"><v>-0</v></c><c r="B9"><v>1E-3</v></c><c r="C9"><v>12345678901234567890</v></c></row>',
    ].join("");
    const after =
      '<mergeCells count="2"><mergeCell ref="A10:B11"/><mergeCell ref="E1:F1"/></mergeCells>';
    const bytes = quirkPackage(sheetData, after, strings);
    sameRead(bytes);
    const read = streamedRead(bytes);
    const [sheet] = read.grid.sheets;
    // What the shared formulas read as, spelled out (both readers agree above; this says what they agree on).
    expect(sheet.formulas?.[4]).toEqual([
      "=SUM(A2:A4)+$B$2+B$3",
      "=SUM(B2:B4)+$B$2+C$3",
      "=SUM(C2:C4)+$B$2+D$3",
      "=SUM(D2:D4)+$B$2+E$3",
    ]);
    expect(sheet.formulas?.[6][0]).toBe("=A6*2");
    expect(sheet.values[0].slice(0, 5)).toEqual([
      " 中山路 街道 ",
      "南大街街道",
      "line\rbreak & <tag>",
      "",
      "内联",
    ]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenColumns).toEqual([1, 2]);
    expect(read.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["表&一", false],
      ["隐藏", true],
    ]);
  });

  it("the page's display model: fills, formats, sizes, frozen panes and merges alike", () => {
    const bytes = quirkPackage(
      '<row r="1" ht="30" customHeight="1"><c r="A1" s="1"><v>3.25</v></c><c r="B1" s="5"/><c r="C1" s="2"><v>-1234.5678</v></c></row><row r="3" hidden="1"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="b"><v>1</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>'
    );
    sameDisplay(bytes);
    const sheet = displaySheet(streamedRead(bytes, true).sheets[0]);
    expect(sheet.styles[sheet.cellStyles[0]].fill).toBe("#FFC7CE");
    expect(sheet.frozenRows).toBe(2);
  });

  it("reads the indent a cell's style gives its text (SheetJS has none; everything else is alike)", () => {
    const bytes = quirkPackage(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>30</v></c></row>' +
        '<row r="2"><c r="A2" t="s" s="6"><v>1</v></c><c r="B2" s="6"><v>10</v></c></row>' +
        '<row r="3"><c r="A3" s="6"/><c r="B3" s="2"><v>20</v></c></row>',
      "",
      ["<t>合计</t>", "<t>其中：农村</t>"]
    );
    sameRead(bytes);
    const [sheet] = streamedRead(bytes).grid.sheets;
    // Style 6 indents by two levels; style 0 none, though its cell style (`cellStyleXfs`) names an indent.
    expect(sheet.indents).toEqual([
      { row: 1, column: 0, level: 2 },
      { row: 1, column: 1, level: 2 },
    ]);
    expect(readWorkbook(bytes, { reader: "sheetjs" }).grid.sheets[0].indents).toBeUndefined();
  });

  it("a sheet part that is not well-formed XML is read by SheetJS, as before", () => {
    const bytes = quirkPackage(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>A & B</t></is></c></row>'
    );
    expect(() => streamedRead(bytes)).toThrow();
    const read = readWorkbook(bytes);
    expect(read.grid.sheets[0].values[0][0]).toBe("A & B");
    expect(read.grid.sheets[0].values[0][0]).toBe(
      readWorkbook(bytes, { reader: "sheetjs" }).grid.sheets[0].values[0][0]
    );
  });
});

/** Every file under `dir` ending in .xlsx. */
async function xlsxFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".xlsx"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

const describeIfAggrecol = aggrecolPresent ? describe : describe.skip;
if (!aggrecolPresent)
  console.warn(
    `AggreCol tables not found at ${AGGRECOL_DIR}: the readers are not compared on its 466 real workbooks.`
  );

describeIfAggrecol(
  "the streaming reader on real workbooks (AggreCol: statistical abstracts, FBI, companies)",
  () => {
    it("gives SheetJS's grid for every one of them", async () => {
      const files = await xlsxFiles(path.join(AGGRECOL_DIR, "xlsx"));
      expect(files.length).toBeGreaterThan(400);
      const differing: string[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await fs.readFile(file));
        const streamed = withoutIndents(streamedRead(bytes).grid);
        const sheetjs = readWorkbook(bytes, { reader: "sheetjs" }).grid;
        if (
          !isDeepStrictEqual(
            JSON.parse(JSON.stringify(streamed)),
            JSON.parse(JSON.stringify(sheetjs))
          )
        )
          differing.push(path.relative(AGGRECOL_DIR, file));
      }
      expect(differing).toEqual([]);
    }, 300_000);
  }
);
