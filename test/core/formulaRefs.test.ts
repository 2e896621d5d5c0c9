import { coveredCells, coversExactly } from "../../src/core/formulaRefs";
import { cellAddress } from "../../src/core/a1";

const addresses = (formula: string, sheet?: string) =>
  coveredCells(formula, sheet)?.map((c) => cellAddress(c.row, c.column)) ?? null;

describe("what a total's formula adds up", () => {
  test.each([
    ["=SUM(C3:C5)", ["C3", "C4", "C5"]],
    ["=SUM(C3:C4,C6:C7)", ["C3", "C4", "C6", "C7"]],
    ["=C3+C4+C5", ["C3", "C4", "C5"]],
    ["=SUBTOTAL(9,C3:C5)", ["C3", "C4", "C5"]],
    ["=SUBTOTAL(109,C3:C4)", ["C3", "C4"]],
    ["=SUM($C$3:$C$5)", ["C3", "C4", "C5"]],
    ["=sum(C3:C4)+SUM(C6)", ["C3", "C4", "C6"]],
    ["=SUM(C3:E3)", ["C3", "D3", "E3"]],
    ["= SUM( C3:C4 ) ", ["C3", "C4"]],
    ["=SUM(C3:C4,C4)", ["C3", "C4", "C4"]],
    ["=(C3+C4)", ["C3", "C4"]],
    ["='附件1'!C3+附件1!C4", ["C3", "C4"]],
  ])("%s covers %j", (formula, expected) => {
    expect(addresses(formula, "附件1")).toEqual(expected);
  });

  test.each([
    "=SUM(C3:C5)-C4",
    "=C3*2",
    "=AVERAGE(C3:C5)",
    "=SUM(C:C)",
    "=SUM(Sheet2!C3:C5)",
    "=SUBTOTAL(1,C3:C5)",
    "=SUM(C3:C5)+10",
    '=IF(C3>0,C3,"")',
    "=ROUND(SUM(C3:C5),0)",
    "=",
    "=SUM(A1:XFD1048576)",
    "=C9",
    "='汇总'!C9",
  ])("%s is not a plain sum and is not judged", (formula) => {
    expect(addresses(formula, "附件1")).toBeNull();
  });
});

describe("whether a formula covers exactly given cells (told without listing them)", () => {
  const column = (from: number, to: number, c = 2) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({ row: from + i, column: c }));
  test.each([
    ["=SUM(C3:C5)", column(2, 4), true],
    ["=SUM(C3:C4,C5)", column(2, 4), true],
    ["=SUM(C3:C4)", column(2, 4), false], // one short
    ["=SUM(C3:C6)", column(2, 4), false], // one more
    ["=SUM(C3:C5,C5)", column(2, 4), false], // C5 twice
    ["=SUM(C4:C5)+C3", column(2, 4), false], // another order
    ["=SUM(D3:D5)", column(2, 4), false], // another column
    ["=C3", column(2, 2), false], // a link, not a sum
    ["=SUM(C3:C5)-C4", column(2, 4), false], // not a plain sum
    ["=SUBTOTAL(109,C3:C5)", [column(2, 2)[0], column(4, 4)[0]], true], // C4 hidden
  ] as const)("%s over %j: %s", (formula, cells, expected) => {
    const context = { isHiddenRow: (r: number) => r === 3 };
    expect(coversExactly(formula, cells, "附件1", context)).toBe(expected);
    // The same answer as comparing the cells listed.
    const listed = coveredCells(formula, "附件1", context);
    expect(listed !== null && JSON.stringify(listed) === JSON.stringify(cells)).toBe(expected);
  });
});
