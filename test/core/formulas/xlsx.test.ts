/**
 * Through the real file reader: an .xlsx whose formulas carry no cached value (`<f>` without `<v>`, as scripts
 * write them) reads as formulas over null values, and gives the findings of its twin saved with values.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbook as readWorkbookBytes } from "../../../src/file/read/readWorkbook";
import { brief } from "../../support/formulaTwins";

const UNITS: [string, number, number][] = [
  ["中山路街道", 709, 815],
  ["胜利路街道", 3863, 4443],
  ["南大街街道", 479, 551],
  ["茶山竹海街道", 120, 138],
];

/** A 永川-style sheet; `cached` decides whether each formula is written with its result. */
async function workbookBytes(cached: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("附件1");
  sheet.addRow(["附件1"]);
  sheet.addRow(["研发投入任务分解"]);
  sheet.addRow([null, null, null, "（单位：万元）"]);
  sheet.addRow(["序号", "园区/镇街", "2023年", "2024年"]);
  UNITS.forEach(([name, a, b], i) => sheet.addRow([i + 1, name, a, b]));
  // A member written as a formula, and every total one row short (the last unit left out).
  const formula = (text: string, result: number) =>
    cached ? { formula: text, result } : { formula: text };
  sheet.getCell("D6").value = formula("D5+3628", 4443) as ExcelJS.CellFormulaValue;
  sheet.addRow([null, "合计"]);
  sheet.getCell("C9").value = formula("SUM(C5:C7)", 5051) as ExcelJS.CellFormulaValue;
  sheet.getCell("D9").value = formula("SUM(D5:D7)", 5809) as ExcelJS.CellFormulaValue;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test("the reader gives formulas without values as null; the twins give the same findings", async () => {
  const withValues = await readWorkbookBytes(await workbookBytes(true));
  const withoutValues = await readWorkbookBytes(await workbookBytes(false));
  const sheet = withoutValues.grid.sheets[0];
  expect(sheet.formulas?.[8]?.[2]).toBe("=SUM(C5:C7)");
  expect(sheet.values[8][2]).toBeNull();
  expect(sheet.values[5][3]).toBeNull();
  expect(withValues.grid.sheets[0].values[8][2]).toBe(5051);

  const cached = checkWorkbook(withValues.grid);
  const uncached = checkWorkbook(withoutValues.grid);
  expect(uncached.tables).toEqual(cached.tables);
  expect(uncached.findings).toEqual(cached.findings);
  expect(brief(uncached.findings)).toEqual([
    "sum-mismatch@附件1!C9",
    "sum-mismatch@附件1!D9",
    "formula-omits@附件1!C9",
    "formula-omits@附件1!D9",
  ]);
});

test("an empty-text result (`<v></v>`) is read as empty text where the file was saved by a spreadsheet", async () => {
  const write = async (cached: boolean) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("B1").value = 0;
    sheet.getCell("A1").value = (
      cached ? { formula: 'IF(B1>0,B1,"")', result: "" } : { formula: 'IF(B1>0,B1,"")' }
    ) as ExcelJS.CellFormulaValue;
    sheet.getCell("A2").value = (
      cached ? { formula: "B1+1", result: 1 } : { formula: "B1+1" }
    ) as ExcelJS.CellFormulaValue;
    return (await readWorkbookBytes(new Uint8Array(await workbook.xlsx.writeBuffer()))).grid;
  };
  const saved = await write(true);
  // ExcelJS writes `<v></v>` for the empty text; the reader gives it as the empty text it is, never as unknown.
  expect(saved.sheets[0].values[0][0]).toBe("");
  expect(checkWorkbook(saved).findings).toEqual([]);
  // Written by a script, nothing is cached: the IF is not computed, and that is said.
  expect(brief(checkWorkbook(await write(false)).findings)).toEqual(["formula-uncomputed@S!A1"]);
});
