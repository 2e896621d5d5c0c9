import { coveredCells } from "../../src/core/formulaRefs";
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
