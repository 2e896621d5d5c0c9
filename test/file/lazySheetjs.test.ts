/**
 * An .xlsx is read without loading SheetJS CE (it costs the CLI a tenth of a second to load): SheetJS is made to
 * fail on loading here, and an .xlsx still reads while a .csv (SheetJS's) does not.
 */
import { strToU8, zipSync } from "fflate";
import { readWorkbook } from "../../src/file/read/readWorkbook";

jest.mock("@e965/xlsx", () => {
  throw new Error("SheetJS was loaded");
});

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function xlsx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="附件1" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c><c r="B1"><f>SUM(B2:B3)</f><v>3</v></c></row></sheetData></worksheet>`
    ),
  });
}

it("an .xlsx is read without SheetJS", () => {
  const { grid, format } = readWorkbook(xlsx());
  expect(format).toBe("xlsx");
  expect(grid.sheets[0].values).toEqual([["合计", 3]]);
  expect(grid.sheets[0].formulas).toEqual([[null, "=SUM(B2:B3)"]]);
});

it("a .csv needs SheetJS (so the guard above is real)", () => {
  expect(() => readWorkbook(strToU8("a,b\n1,2\n"), { name: "x.csv" })).toThrow(
    "SheetJS was loaded"
  );
});
