/**
 * A workbook of another format becomes a new .xlsx before its annotated copy is made (the page's download, the file
 * list's zip, the CLI's --out): a blank row inside a sheet of an .xls, .et or .ods must not stop it.
 */
import * as XLSX from "@e965/xlsx";
import { asXlsxBytes, readWorkbook } from "../../src/file/read/readWorkbook";

function workbookBytes(bookType: XLSX.BookType): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([["单位", "2025年"], [], ["中山路街道", 12], ["合计", 12]]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "附件1");
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

describe("asXlsxBytes", () => {
  it.each([
    ["xls", "biff8", "return.xls"],
    ["et", "biff8", "return.et"],
    ["ods", "ods", "return.ods"],
  ] as const)(
    "a .%s with a blank row becomes an .xlsx with the same values",
    (_, bookType, name) => {
      const xlsx = asXlsxBytes(workbookBytes(bookType), { name });
      const back = readWorkbook(xlsx, { name: "copy.xlsx" });
      const values = back.grid.sheets[0].values;
      expect(values[2]?.[0]).toBe("中山路街道");
      expect(values[3]?.[1]).toBe(12);
      expect(back.sheets[0].name).toBe("附件1");
    }
  );
});
