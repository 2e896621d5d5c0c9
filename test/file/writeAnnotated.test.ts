/** The --out copy (and the browser page's download): the same 校验结果 summary and working links as in Excel. */
import ExcelJS from "exceljs";
import { parseCell } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { LIGHT_FILL, planMarks, RESULTS_SHEET_NAME, SEVERITY_FILL } from "../../src/core/marks";
import { RESULTS_HEADER_ROW } from "../../src/core/results";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { annotateWorkbook, linkFormula } from "../../src/file/writeAnnotated";
import { reportWords } from "../../src/i18n";
import { bulletinRows, planRows, targetRows } from "../support/bulletin";

async function bulletinFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ["通报", bulletinRows()],
    ["附件1", planRows()],
    ["目标", targetRows()],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function annotated() {
  const original = await bulletinFile();
  const { grid } = readWorkbook(original);
  const report = checkWorkbook(grid);
  const plan = planMarks(report, reportWords());
  const { bytes } = annotateWorkbook(original, plan);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { report, plan, copy };
}

/** Where a HYPERLINK("#'sheet'!A1", …) formula jumps. */
function jump(formula: string): { sheet: string; cell: string } {
  const match = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)","[^"]*"\)$/.exec(formula);
  if (!match) throw new Error(`not an internal link: ${formula}`);
  return { sheet: match[1].replace(/''/g, "'"), cell: match[2] };
}

test("the same summary rows as in Excel, the palette in its colours", async () => {
  const { plan, copy } = await annotated();
  const results = copy.getWorksheet(RESULTS_SHEET_NAME)!;
  for (let r = 0; r < RESULTS_HEADER_ROW + 1; r++)
    for (let c = 0; c < plan.layout.width; c++)
      expect([r, c, results.getCell(r + 1, c + 1).text]).toEqual([r, c, plan.layout.rows[r][c]]);
  expect(results.getCell("B2").value).toBe("2 张");
  expect(results.getCell("B8").value).toBe("1-6月（据表头）");
  expect(results.getCell("B9").value).toBe("50.0%");
  const argb = (hex: string) => `FF${hex.slice(1)}`;
  expect((results.getCell("A3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
    argb(SEVERITY_FILL.error)
  );
  expect((results.getCell("A6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
    argb(LIGHT_FILL.red)
  );
  expect((results.getCell("A7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
    argb(LIGHT_FILL.yellow)
  );
  expect(results.getRow(RESULTS_HEADER_ROW + 1).font?.bold).toBe(true);
});

test("every finding's 单元格 is an internal link to a cell that exists, showing its address", async () => {
  const { report, copy } = await annotated();
  const results = copy.getWorksheet(RESULTS_SHEET_NAME)!;
  report.findings.forEach((finding, i) => {
    const cell = results.getCell(RESULTS_HEADER_ROW + 2 + i, 2);
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.text).toBe(finding.cell);
    const target = jump(cell.formula);
    expect(target).toEqual({ sheet: finding.sheet, cell: finding.cell });
    const sheet = copy.getWorksheet(target.sheet)!;
    expect(sheet).toBeDefined();
    expect(parseCell(target.cell)).not.toBeNull();
  });
});

test("behind-schedule cells carry their light's colour in the copy too", async () => {
  const { copy } = await annotated();
  const fill = (cell: string) =>
    (copy.getWorksheet("通报")!.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor
      ?.argb;
  expect(fill("D6")).toBe(`FF${LIGHT_FILL.red.slice(1)}`); // 南大街街道 10%: red
  expect(fill("D4")).toBe(`FF${LIGHT_FILL.yellow.slice(1)}`); // 中山路街道 40%: yellow
});

test("link formulas quote what a sheet name may hold", () => {
  expect(
    linkFormula({
      row: 0,
      column: 1,
      sheet: 'O\'Brien "表"',
      cell: "C4",
      text: "C4",
      reference: "'O''Brien \"表\"'!C4",
    })
  ).toBe(`HYPERLINK("#'O''Brien ""表""'!C4","C4")`);
});
