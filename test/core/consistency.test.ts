import { columnMismatch as checkColumnMismatch } from "../../src/core/checks/column-mismatch";
import { duplicateSerial as checkSerials } from "../../src/core/checks/duplicate-serial";
import { duplicateUnit as checkDuplicateUnits } from "../../src/core/checks/duplicate-unit";
import { targetDecrease as checkTargetDecrease } from "../../src/core/checks/target-decrease";

const checkConsistency = [
  checkTargetDecrease,
  checkColumnMismatch,
  checkDuplicateUnits,
  checkSerials,
];
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { sheetOf, yongchuanLike } from "../support/gridBuilder";
import { runRule } from "../support/rules";
import { seedGrid } from "../support/seeds";

const sheetNamed = async (file: string, name: string): Promise<SheetGrid> =>
  (await seedGrid(file)).sheets.find((s) => s.name === name)!;

/** A deep copy whose values can be changed: `set("J7", 19)`. */
function edited(sheet: SheetGrid, changes: Record<string, CellValue>): SheetGrid {
  const values = sheet.values.map((row) => [...row]);
  for (const [address, value] of Object.entries(changes)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    values[Number(digits) - 1][column] = value;
  }
  return { ...sheet, values };
}

describe("the published seed tables", () => {
  test("永川 附件1: the repeated serial number 25 (and no 26) is one warning at the second 25", async () => {
    const findings = runRule(checkConsistency, await sheetNamed("yongchuan.xlsx", "附件1"));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "duplicate-serial",
        severity: "warning",
        cell: "A30",
        expected: 26,
        actual: 25,
        message: "序号25与上一行重复，应为26",
      }),
    ]);
  });

  test.each([
    ["yongchuan.xlsx", "附件2"],
    ["yongchuan.xlsx", "附件3"],
    ["beibei.xlsx", "附件"],
    ["liangping.xlsx", "附件"],
  ])(
    "%s %s: nothing (北碚's serials restart per category, its two 2027 columns agree)",
    async (file, name) => {
      expect(runRule(checkConsistency, await sheetNamed(file, name))).toEqual([]);
    }
  );
});

describe("target-decrease", () => {
  test("a unit's later target below the year before: a warning at the later cell", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", 709, 815, 904, 1035, 1000],
        ["胜利路街道", 3863, 3800, "/", 3900, 4000],
      ],
      [4572, 4615, 904, 4935, 5000]
    );
    const findings = runRule(checkTargetDecrease, sheetOf("附件1", rows));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "G5",
        message: "中山路街道2027年1000，低于2026年的1035（减少35）",
      }),
      expect.objectContaining({
        cell: "D6",
        expected: 3863,
        actual: 3800,
        difference: -63,
        related: ["C6"],
        message: "胜利路街道2024年3800，低于2023年的3863（减少63）",
      }),
    ]);
  });

  test("flat headers of two measures under one title are not compared with each other", () => {
    const rows: CellValue[][] = [
      ["企业培育目标任务分解", null, null],
      ["单位", "研发投入2024年目标", "企业数2025年目标"],
      ["a", 300, 10],
      ["b", 200, 12],
      ["合计", 500, 22],
    ];
    expect(runRule(checkTargetDecrease, sheetOf("s", rows))).toEqual([]);
  });

  test("baselines and actuals are not targets; additions (新增) may go down", () => {
    const rows: CellValue[][] = [
      ["单位", "2022年实际数", "2023年目标", "2024年目标", "2024年完成"],
      ["a", 50, 10, 12, 3],
      ["b", 40, 10, 11, 2],
      ["合计", 90, 20, 23, 5],
    ];
    expect(runRule(checkTargetDecrease, sheetOf("s", rows))).toEqual([]);
    const additions: CellValue[][] = [
      ["单位", "新增高新技术企业", null, null],
      [null, "2023年", "2024年", "2025年"],
      ["a", 10, 8, 6],
      ["b", 5, 5, 5],
      ["合计", 15, 13, 11],
    ];
    expect(
      runRule(checkTargetDecrease, sheetOf("s", additions, { mergeRanges: ["B1:D1"] }))
    ).toEqual([]);
  });
});

describe("column-mismatch", () => {
  test("北碚 variant: the standalone 2027年目标数 and 年度 / 2027年目标数 disagree for one unit", async () => {
    const published = await sheetNamed("beibei.xlsx", "附件");
    // 天生街道's 年度 / 2027 becomes 19 (and the total follows, so only this rule speaks).
    const sheet = edited(published, { J7: 19, J24: 574 });
    const findings = runRule(checkColumnMismatch, sheet);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "column-mismatch",
        severity: "error",
        cell: "J7",
        expected: 18,
        actual: 19,
        related: ["E7"],
        message: "天生街道高新技术企业2027年目标数在J列为19，与E列的18不一致（相差+1）",
      }),
      expect.objectContaining({
        cell: "J24",
        message: "合计高新技术企业2027年目标数在J列为574，与E列的573不一致（相差+1）",
      }),
    ]);
  });

  test("the same period under different indicators, or of different kinds, is no duplicate", async () => {
    expect(runRule(checkColumnMismatch, await sheetNamed("liangping.xlsx", "附件"))).toEqual([]);
    const rows: CellValue[][] = [
      ["单位", "2024年目标", "2024年完成"],
      ["a", 10, 3],
      ["b", 10, 2],
      ["合计", 20, 5],
    ];
    expect(runRule(checkColumnMismatch, sheetOf("s", rows))).toEqual([]);
    // Flat headers that name different measures under one title are not the same column.
    const flat: CellValue[][] = [
      ["企业培育目标任务分解", null, null],
      ["单位", "企业数2024年目标", "研发投入2024年目标"],
      ["a", 10, 300],
      ["b", 10, 200],
      ["合计", 20, 500],
    ];
    expect(runRule(checkColumnMismatch, sheetOf("s", flat))).toEqual([]);
  });

  test("`2027年` under 年度 and a standalone `2027年目标数` are the same column", () => {
    const rows: CellValue[][] = [
      ["研发投入任务分解", null, null, null],
      ["单位", "2027年目标数", "年度", null],
      [null, null, "2026年", "2027年"],
      ["a", 18, 16, 18],
      ["b", 4, 3, 5],
      ["合计", 22, 19, 23],
    ];
    const sheet = sheetOf("s", rows, { mergeRanges: ["A2:A3", "B2:B3", "C2:D2"] });
    expect(runRule(checkColumnMismatch, sheet).map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["D5", 4, 5],
      ["D6", 22, 23],
    ]);
  });
});

describe("duplicate-unit", () => {
  test("the same unit twice (spaces ignored): a warning at the second label", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", 1, 2],
        ["胜利路街道", 3, 4],
        ["中山路 街道", 5, 6],
      ],
      [9, 12]
    );
    expect(runRule(checkDuplicateUnits, sheetOf("附件1", rows))).toEqual([
      expect.objectContaining({
        rule: "duplicate-unit",
        severity: "warning",
        cell: "B7",
        related: ["B5"],
        message: "“中山路街道”在本表中重复出现（第一次在B5）",
      }),
    ]);
  });

  test("English, case-insensitive", () => {
    const rows: CellValue[][] = [
      ["Region", "2023", "2024"],
      ["North", 1, 2],
      ["north", 3, 4],
      ["Total", 4, 6],
    ];
    expect(runRule(checkDuplicateUnits, sheetOf("s", rows), "en-US")[0].message).toBe(
      '"north" appears twice in this table (first at A2)'
    );
  });
});

describe("duplicate-serial", () => {
  const withSerials = (serials: CellValue[]) => {
    const rows = yongchuanLike(
      serials.map((_, i): [string, ...CellValue[]] => [`单位${i + 1}`, i + 1, i + 2]),
      [0, 0]
    );
    serials.forEach((s, i) => (rows[4 + i][0] = s));
    rows[rows.length - 1] = [
      null,
      "合计",
      ...[0, 1].map((c) => rows.slice(4, -1).reduce((n, r) => n + (r[2 + c] as number), 0)),
    ];
    return sheetOf("附件1", rows);
  };

  test.each([
    [[1, 2, 3, 4, 5], []],
    [[1, 2, 3, 1, 2, 3], []],
    [["1", "2.", "（3）", 4], []],
    [[1, 2, 4, 5], ["A7:序号从2跳到4，缺少3"]],
    [[1, 2, 6, 7], ["A7:序号从2跳到6，缺少3-5"]],
    [[1, 2, 2, 3], ["A7:序号2与上一行重复，应为3"]],
    [[1, 2, 2, 4], ["A7:序号2与上一行重复，应为3"]],
    [[1, 2, 3, 2, 5], ["A8:序号2不连续（上一行为3），应为4"]],
    [[1, null, 3, 4], []],
    [[1, null, 2, 3], []],
    [[1, null, 5], ["A7:序号从1跳到5，缺少2-4"]],
  ])("serials %j → %j", (serials, expected) => {
    expect(
      runRule(checkSerials, withSerials(serials)).map((f) => `${f.cell}:${f.message}`)
    ).toEqual(expected);
  });

  test("English", () => {
    const [finding] = runRule(checkSerials, withSerials([1, 2, 2, 4]), "en-US");
    expect(finding.message).toBe("serial number 2 repeats the row above; expected 3");
  });
});
