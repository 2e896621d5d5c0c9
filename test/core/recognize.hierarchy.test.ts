/**
 * Totals of real statistical and financial tables (issue 9, the AggreCol misses): total columns under a header
 * written over several rows, totals named `Total assets` / `Texas Total`, and hierarchies whose subtotals are
 * only known by their figures. A structure without a total word is claimed only where its numbers agree.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import { sheetOf } from "../support/gridBuilder";

const read = (rows: CellValue[][]) => {
  const report = checkWorkbook({ sheets: [sheetOf("Sheet1", rows)] });
  return {
    sums: report.tables.flatMap((t) => t.sums.map((s) => `${s.cell}=${s.members.join("+")}`)),
    findings: report.findings.map((f) => `${f.rule} ${f.cell}`),
  };
};

describe("totals in statistical and financial tables", () => {
  test("a Total column whose header goes on over rows of one word each (`Total` / `Free &` / `Reduced`)", () => {
    const { sums, findings } = read([
      ["District", "Grades 1-6", "Grades 1-6", "Grades 1-6", "Grades 1-6"],
      [null, "Enrollment", "Free", "Reduced", "Total"],
      [null, null, null, null, "Free &"],
      [null, null, null, null, "Reduced"],
      [],
      ["ADAIR", 156, 33, 26, 59],
      ["ADEL", 637, 69, 42, 111],
      ["AGWSR", 345, 93, 33, 126],
    ]);
    expect(sums).toEqual(["E6=C6:D6", "E7=C7:D7", "E8=C8:D8"]);
    expect(findings).toEqual([]);
  });

  test("named totals and totals over totals in accounts (`Total current assets` … `TOTAL ASSETS`)", () => {
    const { sums, findings } = read([
      ["Balance sheet", "2003", "2004"],
      ["Current assets", null, null],
      ["Cash", 10, 12],
      ["Receivables", 5, 7],
      ["Total current assets", 15, 19],
      ["Non-current assets", null, null],
      ["Buildings", 100, 105],
      ["Equipment", 20, 30],
      ["Total non-current assets", 120, 135],
      ["TOTAL ASSETS", 135, 154],
    ]);
    expect(sums).toEqual([
      "B5=B3:B4",
      "C5=C3:C4",
      "B9=B7:B8",
      "C9=C7:C8",
      "B10=B5+B9",
      "C10=C5+C9",
    ]);
    expect(findings).toEqual([]);
  });

  test("a named total is claimed only where its figures add up; a copy of one row is no sum", () => {
    const { sums, findings } = read([
      ["Item", "2003", "2004"],
      ["Salaries", 10, 12],
      ["Rent", 5, 7],
      ["Total hours", 40, 41],
      ["Travel", 0, 0],
      ["Subtotal, funding", 5, 7],
    ]);
    expect(sums).toEqual([]);
    expect(findings).toEqual([]);
  });
});
