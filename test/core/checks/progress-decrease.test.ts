import { checkWorkbook } from "../../../src/core/check";
import { monthOfSheetName, progressDecrease } from "../../../src/core/checks/progress-decrease";
import type { SheetGrid } from "../../../src/core/grid";
import type { CheckOptions } from "../../../src/core/model";
import { DISPATCH_UNITS, dispatchSheet } from "../../support/rateDispatch";
import { render } from "../../support/rules";

/** July's cumulative actuals: 胜利路街道 had 50 then (48 in August: down 2). */
const JULY: [string, number, number][] = [
  ["中山路街道", 100, 70],
  ["胜利路街道", 80, 50],
  ["南大街街道", 50, 18],
  ["茶山竹海街道", 20, 14],
  ["大安街道", 60, 28],
];

/** August with the units in another order and a unit added (新城街道). */
const AUGUST: [string, number, number][] = [...DISPATCH_UNITS]
  .reverse()
  .concat([["新城街道", 10, 5]]);

function decreases(
  sheets: SheetGrid[],
  options: CheckOptions = {},
  locale: "zh-CN" | "en-US" = "zh-CN"
) {
  const report = checkWorkbook({ sheets }, options);
  return render(
    report.findings.filter((f) => f.rule === progressDecrease.id),
    locale
  ).map((f) => [f.sheet, f.cell, f.severity, f.expected, f.actual, f.difference, f.message]);
}

describe("progress-decrease", () => {
  test("one sheet a month: the unit whose cumulative actual went down, matched by name after a reorder", () => {
    const sheets = [
      dispatchSheet("7月", { month: 7, units: JULY }),
      dispatchSheet("8月", { month: 8, units: AUGUST }),
    ];
    expect(decreases(sheets)).toEqual([
      [
        "8月",
        "D7",
        "warning",
        50,
        48,
        -2,
        "胜利路街道科技型企业1-8月累计完成为48，低于“7月”表D5的50（减少2）：累计数不应比上月少",
      ],
    ]);
    // The sheets in the other order in the workbook: the same finding (months, not sheet order).
    expect(decreases([...sheets].reverse())).toEqual(decreases(sheets));
  });

  test("a clean pair of months, and a unit added in the later month, give nothing", () => {
    const julyClean = JULY.map(([u, t, a]): [string, number, number] => [
      u,
      t,
      u === "胜利路街道" ? 40 : a,
    ]);
    expect(
      decreases([
        dispatchSheet("7月", { month: 7, units: julyClean }),
        dispatchSheet("8月", { month: 8, units: AUGUST }),
      ])
    ).toEqual([]);
  });

  test.each([
    ["1-7月", "1-8月"],
    ["7月份", "8月份"],
    ["2024.07", "2024.08"],
    ["2024年7月", "2024年8月"],
    ["2024-7", "2024-8"],
  ])("sheets named %p and %p, the column headed 累计完成 without a month", (july, august) => {
    const undated = (name: string, units: [string, number, number][]) =>
      dispatchSheet(name, {
        units,
        title: "2024年科技型企业培育工作调度表",
        edits: { D3: "累计完成" },
      });
    expect(
      decreases([undated(july, JULY), undated(august, AUGUST)]).map((f) => [f[0], f[1]])
    ).toEqual([[august, "D7"]]);
  });

  test("names match with spaces, full-width letters and case ignored", () => {
    const july = JULY.map(([u, t, a]): [string, number, number] => [
      u === "胜利路街道" ? "胜利路 街道" : u === "大安街道" ? "ＡＢＣ大安街道" : u,
      t,
      u === "大安街道" ? 40 : a,
    ]);
    const august = AUGUST.map(([u, t, a]): [string, number, number] => [
      u === "大安街道" ? "abc大安街道" : u,
      t,
      a,
    ]);
    expect(
      decreases([
        dispatchSheet("7月", { month: 7, units: july }),
        dispatchSheet("8月", { month: 8, units: august }),
      ]).map((f) => [f[1], f[6]])
    ).toEqual([
      [
        "D4",
        "abc大安街道科技型企业1-8月累计完成为30，低于“7月”表D8的40（减少10）：累计数不应比上月少",
      ],
      [
        "D7",
        "胜利路街道科技型企业1-8月累计完成为48，低于“7月”表D5的50（减少2）：累计数不应比上月少",
      ],
    ]);
  });

  test("last month's workbook (--previous): compared with the earliest month of this one", () => {
    const previous = {
      name: "7月调度.xlsx",
      workbook: { sheets: [dispatchSheet("调度", { month: 7, units: JULY })] },
    };
    const august = dispatchSheet("调度", { month: 8, units: AUGUST });
    expect(decreases([august], { previous })).toEqual([
      [
        "调度",
        "D7",
        "warning",
        50,
        48,
        -2,
        "胜利路街道科技型企业1-8月累计完成为48，低于上月文件“7月调度.xlsx”中“调度”表D5的50（减少2）：累计数不应比上月少",
      ],
    ]);
    expect(decreases([august], { previous }, "en-US").map((f) => f[6])).toEqual([
      '胜利路街道 科技型企业1-8月累计完成: 48, lower than 50 at "7月调度.xlsx" 调度!D5 a month earlier (down 2); a cumulative figure should not go down',
    ]);
    // Without it, one month alone has nothing to compare with.
    expect(decreases([august])).toEqual([]);
  });

  test("the totals are compared too; another year or a later 'previous' month is not compared", () => {
    const july = JULY.map(([u, t, a]): [string, number, number] => [u, t, a + 10]);
    const sheets = (year: number) => [
      dispatchSheet("7月", {
        month: 7,
        units: july,
        title: `${year}年1-7月科技型企业培育工作调度表`,
      }),
      dispatchSheet("8月", { month: 8, units: AUGUST }),
    ];
    // 7月 total 229, 8月 total 199: every old unit but 中山路街道 (80 in both, D8) and the total went down.
    expect(decreases(sheets(2024)).map((f) => f[1])).toEqual(["D4", "D5", "D6", "D7", "D10"]);
    expect(decreases(sheets(2023))).toEqual([]);
    const september = {
      name: "9月.xlsx",
      workbook: { sheets: [dispatchSheet("9月", { month: 9, units: JULY })] },
    };
    expect(
      decreases([dispatchSheet("8月", { month: 8, units: AUGUST })], { previous: september })
    ).toEqual([]);
  });

  test("sheet names that name a month, and those that do not", () => {
    expect(monthOfSheetName("1-8月")).toEqual({ year: null, month: 8 });
    expect(monthOfSheetName("2024年1-8月")).toEqual({ year: 2024, month: 8 });
    expect(monthOfSheetName("8月")).toEqual({ year: null, month: 8 });
    expect(monthOfSheetName("2024.08")).toEqual({ year: 2024, month: 8 });
    expect(monthOfSheetName("2024年8月")).toEqual({ year: 2024, month: 8 });
    expect(monthOfSheetName("截至8月底")).toEqual({ year: null, month: 8 });
    for (const name of ["附件1", "附件", "目标", "8", "2024", "一季度", "2024.13", "Sheet1"])
      expect(monthOfSheetName(name)).toBeNull();
  });
});
