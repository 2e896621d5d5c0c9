import {
  compressCells,
  parseArea,
  cellAddress,
  columnLetters,
  columnIndex,
} from "../../src/core/a1";
import { decimalsOfFormat, readNumber } from "../../src/core/numbers";
import { headerKind, headerPeriod, isTotalLabel, unitOfMeasureIn } from "../../src/core/vocabulary";

describe("reading numeric cells", () => {
  test.each([
    [709, "number", 709],
    ["709 ", "numeric-text", 709],
    [" 1,234", "numeric-text", 1234],
    ["１２３", "numeric-text", 123],
    ["420家", "numeric-text", 420],
    ["12.5%", "numeric-text", 0.125],
    ["/", "not-applicable", undefined],
    ["—", "not-applicable", undefined],
    ["暂无", "not-applicable", undefined],
    [null, "blank", undefined],
    ["  ", "blank", undefined],
    ["约30", "text", undefined],
    [{ error: "#REF!" }, "error", undefined],
  ])("%p reads as %s", (input, kind, value) => {
    const reading = readNumber(input as never);
    expect(reading.kind).toBe(kind);
    if (value !== undefined) expect((reading as { value: number }).value).toBeCloseTo(value);
  });

  test("decimals shown by number formats", () => {
    expect(decimalsOfFormat("0.00")).toBe(2);
    expect(decimalsOfFormat("#,##0.0_ ;[Red]-#,##0.0")).toBe(1);
    expect(decimalsOfFormat("0")).toBe(0);
    expect(decimalsOfFormat("General")).toBeNull();
  });
});

describe("the words of the tables", () => {
  test("total labels", () => {
    for (const yes of ["合计", "合  计", "合　计", "总计", "全区合计", "Total", "合计："])
      expect(isTotalLabel(yes)).toBe(true);
    for (const no of ["小计", "合计完成率", "园区", "其中：合计"])
      expect(isTotalLabel(no)).toBe(false);
  });

  test("periods and kinds from headers", () => {
    expect(headerPeriod("2023年目标数")).toBe("2023");
    expect(headerPeriod("一季度")).toBe("Q1");
    expect(headerPeriod("2024年第三季度")).toBe("2024Q3");
    expect(headerPeriod("Q4")).toBe("Q4");
    expect(headerPeriod("1-6月")).toBe("1-6月");
    expect(headerPeriod("园区")).toBeNull();
    expect(headerKind("2022年实际数")).toBe("actual");
    expect(headerKind("截至6月完成")).toBe("actual");
    expect(headerKind("完成率")).toBe("rate");
    expect(headerKind("2027年目标数")).toBe("target");
    expect(headerKind("合计")).toBe("total");
    expect(unitOfMeasureIn("（单位：万元）")).toBe("万元");
    expect(unitOfMeasureIn("单位: 家")).toBe("家");
  });
});

describe("A1 addresses", () => {
  test("round trips", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(27)).toBe("AB");
    expect(columnIndex("XFD")).toBe(16383);
    expect(cellAddress(31, 6)).toBe("G32");
    expect(parseArea("'附件1'!$C$4:G31")).toEqual({ top: 3, left: 2, bottom: 30, right: 6 });
  });

  test("cells compress into runs", () => {
    const cells = [4, 5, 6, 9].map((row) => ({ row, column: 2 }));
    expect(compressCells(cells)).toEqual(["C5:C7", "C10"]);
    expect(compressCells([0, 1, 2].map((column) => ({ row: 0, column })))).toEqual(["A1:C1"]);
  });
});
