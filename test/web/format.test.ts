import { dateText, numberWithFormat, generalNumber } from "../../src/web/format";

describe("cell text as the sheet shows it", () => {
  it.each([
    [709, "709"],
    [600001, "600001"],
    [0.1 + 0.2, "0.3"],
    [-12.5, "-12.5"],
    [1 / 3, "0.33333333333"],
    [123456789012, "1.23457E+11"],
    [0, "0"],
  ])("General %p → %p", (value, shown) => {
    expect(generalNumber(value)).toBe(shown);
    expect(numberWithFormat(value, "General")).toBe(shown);
    expect(numberWithFormat(value, null)).toBe(shown);
  });

  it.each([
    [1234.5, "0", "1235"],
    [1234.5, "0.00", "1234.50"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0.125, "0%", "13%"],
    [0.125, "0.0%", "12.5%"],
    [-5, "0.0", "-5.0"],
    [-5, "#,##0;(#,##0)", "(5)"],
    [-5, "#,##0;[Red]\\-#,##0", "-5"],
    [0, '#,##0;-#,##0;"—"', "—"],
    [420, '0"家"', "420家"],
    [60, '0.0"亿元"', "60.0亿元"],
    [1234, "[$¥-804]#,##0", "¥1,234"],
    [12, "0_ ", "12 "],
    [12345678, "#,##0,", "12,346"],
    [-0.0001, "0.00", "0.00"],
  ])("%p in %p → %p", (value, format, shown) => {
    expect(numberWithFormat(value, format)).toBe(shown);
  });

  it("dates: ISO, or Chinese when the format is", () => {
    expect(numberWithFormat(45473, "yyyy-mm-dd")).toBe("2024-06-30");
    expect(numberWithFormat(45473, 'yyyy"年"m"月"d"日"')).toBe("2024年6月30日");
    expect(dateText(45473.5, "yyyy-mm-dd hh:mm")).toBe("2024-06-30 12:00");
    expect(numberWithFormat(0.75, "h:mm")).toBe("18:00");
  });
});
