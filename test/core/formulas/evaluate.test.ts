import { evaluateUncached } from "../../../src/core/formulas/evaluate";
import { parseFormula } from "../../../src/core/formulaRefs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { sheetOf } from "../../support/gridBuilder";

/** A sheet from rows of cells: a string starting with `=` is a formula without a cached value. */
function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  const values = rows.map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v))
  );
  const formulas = rows.map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : null))
  );
  return sheetOf(name, values, { formulas, ...extra });
}

function evaluate(...sheets: SheetGrid[]) {
  const workbook: WorkbookGrid = { sheets };
  const result = evaluateUncached(workbook);
  return {
    ...result,
    at: (sheetName: string, address: string) => {
      const s = result.workbook.sheets.find((x) => x.name === sheetName)!;
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const column = m[1].charCodeAt(0) - 65;
      return s.values[Number(m[2]) - 1]?.[column] ?? null;
    },
    reasons: () =>
      result.uncomputed.map(
        (u) => `${u.sheet}!${String.fromCharCode(65 + u.column)}${u.row + 1}:${u.reason.kind}`
      ),
  };
}

describe("parseFormula", () => {
  test.each([
    ["=SUM(C5:C8)", true],
    ["=-C5+(C6-C7)", true],
    ["=SUM(C:C)", true],
    ["=SUM(5:5)", true],
    ["='附件 1'!C5+Sheet2!$A$1:A9", true],
    ["=1.5e3-.5", true],
    ["=C5*2", false],
    ['=IF(C5>0,C5,"")', false],
    ["=[1]Sheet1!A1", false],
    ["=SUM(C5:C8", false],
    ["=C5 C6", false],
  ])("%s is read: %s", (formula, readable) => {
    expect(parseFormula(formula) !== null).toBe(readable);
  });
});

describe("evaluateUncached", () => {
  test("SUM over ranges, lists and mixed arguments; + and - chains; unary minus; numbers", () => {
    const r = evaluate(
      sheet("S", [
        [
          1,
          2,
          3,
          "=SUM(A1:C1)",
          "=SUM(A1,B1:C1,10)",
          "=A1+B1-C1",
          "=-(A1-B1)+-1",
          "=SUM(A1:C1)-SUM(A1)",
        ],
      ])
    );
    expect([
      r.at("S", "D1"),
      r.at("S", "E1"),
      r.at("S", "F1"),
      r.at("S", "G1"),
      r.at("S", "H1"),
    ]).toEqual([6, 16, 0, 0, 5]);
    expect(r.uncomputed).toEqual([]);
    expect(r.computed).toBe(5);
    expect(r.workbook.sheets[0].computed).toHaveLength(5);
  });

  test("the caller's grid is never written; a workbook without uncached formulas comes back as it was", () => {
    const s = sheet("S", [[1, "=A1+1"]]);
    const before = JSON.stringify(s);
    const r = evaluate(s);
    expect(r.at("S", "B1")).toBe(2);
    expect(JSON.stringify(s)).toBe(before);
    const cached: WorkbookGrid = {
      sheets: [sheetOf("S", [[1, 2]], { formulas: [[null, "=A1+1"]] })],
    };
    expect(evaluateUncached(cached).workbook).toBe(cached);
  });

  test("absolute, whole-column and whole-row references; blanks are 0; `=A1` of a blank is 0", () => {
    const r = evaluate(
      sheet("S", [
        [1, null, "=$A$1+B1", "=SUM(A:A)", "=SUM(2:2)"],
        [4, 5, null, null, null],
        [null, null, "=B3", null, null],
      ])
    );
    expect([r.at("S", "C1"), r.at("S", "D1"), r.at("S", "E1"), r.at("S", "C3")]).toEqual([
      1, 5, 9, 0,
    ]);
  });

  test("in dependency order, across sheets (quoted names, any case), whatever the order of the cells", () => {
    const r = evaluate(
      sheet("汇总", [["='附件 1'!B3", "=A1+SUM(附件2!A1:A2)"]]),
      sheet("附件 1", [
        [1, "=B2+1"],
        [2, "=A1+A2"],
        [null, "=B1*1"],
      ]),
      sheet("附件2", [["=汇总!A1", 7]])
    );
    // 附件 1!B3 is `*`: unreadable, so everything downstream is unknown, never 0.
    expect(r.at("附件 1", "B2")).toBe(3);
    expect(r.at("附件 1", "B1")).toBe(4);
    expect(r.at("汇总", "A1")).toEqual({ unknown: true });
    expect(r.at("汇总", "B1")).toEqual({ unknown: true });
    expect(r.reasons()).toEqual([
      "汇总!A1:depends",
      "汇总!B1:depends",
      "附件 1!B3:unreadable",
      "附件2!A1:depends",
    ]);
  });

  test("text in a SUM range is skipped, numbers as text count in + ; other text is #VALUE!; errors propagate", () => {
    const r = evaluate(
      sheet("S", [
        ["709 ", 10, "=SUM(A1:B1)", "=A1+B1", "=SUM(A1,B1)", "=E2+1", "=SUM(A2:B2)", "=A2+1"],
        ["约30", { error: "#REF!" }, null, null, "420家", null, null, null],
      ])
    );
    expect([r.at("S", "C1"), r.at("S", "D1"), r.at("S", "E1")]).toEqual([10, 719, 10]);
    expect(r.at("S", "F1")).toEqual({ error: "#VALUE!" });
    expect(r.at("S", "G1")).toEqual({ error: "#REF!" });
    expect(r.at("S", "H1")).toEqual({ error: "#VALUE!" });
    expect(r.uncomputed).toEqual([]);
  });

  test("SUBTOTAL 9 and 109: 109 skips hidden rows, both skip nested SUBTOTALs", () => {
    const r = evaluate(
      sheet(
        "S",
        [
          [1, "=SUBTOTAL(9,A1:A2)", "=SUBTOTAL(109,A1:A2)"],
          [2, null, null],
          ["=SUBTOTAL(9,A1:A2)", null, null],
          [4, null, null],
          ["=SUBTOTAL(9,A1:A4)", "=SUBTOTAL(109,A1:A4)", "=SUM(A1:A4)"],
        ],
        { hiddenRows: [1] }
      )
    );
    expect([r.at("S", "B1"), r.at("S", "C1")]).toEqual([3, 1]);
    expect([r.at("S", "A5"), r.at("S", "B5"), r.at("S", "C5")]).toEqual([7, 5, 10]);
  });

  test("cycles are found; cells that only use them depend on them; nothing hangs", () => {
    const r = evaluate(
      sheet("S", [
        [1, "=SUM(A1:B2)", "=B1+1"],
        ["=C2", "=A2+1", "=A2"],
        ["=A1+A1", "=C1", null],
      ])
    );
    expect(r.reasons()).toEqual([
      "S!B1:cycle",
      "S!C1:depends",
      "S!A2:cycle",
      "S!B2:cycle",
      "S!C2:cycle",
      "S!B3:depends",
    ]);
    expect(r.at("S", "A3")).toBe(2);
  });

  test("what cannot be computed is unknown, with its reason", () => {
    const r = evaluate(
      sheet("S", [
        [1, "=VLOOKUP(A1,D1:E9,2,FALSE)", "=SUBTOTAL(1,A1:A2)", "=Missing!A1", "=A1:A2+1", "=B1+1"],
      ])
    );
    expect(r.reasons()).toEqual([
      "S!B1:function",
      "S!C1:function",
      "S!D1:sheet",
      "S!E1:range",
      "S!F1:depends",
    ]);
    expect(r.uncomputed[0].reason).toEqual({ kind: "function", name: "VLOOKUP" });
    expect(r.uncomputed[2].reason).toEqual({ kind: "sheet", name: "Missing" });
    expect(r.uncomputed[4].reason).toEqual({ kind: "depends", cell: "S!B1" });
  });

  test('the door that reads values Excel computed evaluates nothing (an empty `=IF(…,"")` is blank)', () => {
    const workbook: WorkbookGrid = {
      sheets: [sheet("S", [['=IF(A2>0,1,"")']])],
      valuesComputed: true,
    };
    expect(evaluateUncached(workbook)).toEqual({ workbook, uncomputed: [], computed: 0 });
  });

  test("a long chain of formulas (running totals) is computed without deep recursion", () => {
    const rows: CellValue[][] = [[1, 1]];
    for (let r = 2; r <= 20_000; r++) rows.push([1, `=B${r - 1}+A${r}`]);
    const r = evaluate(sheet("S", rows));
    expect(r.workbook.sheets[0].values[19_999][1]).toBe(20_000);
  });
});
