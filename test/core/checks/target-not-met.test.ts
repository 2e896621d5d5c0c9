import { notDoubled } from "../../../src/core/checks/not-doubled";
import { targetNotMet } from "../../../src/core/checks/target-not-met";
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import type { PlanTarget } from "../../../src/core/model";
import type { Locale } from "../../../src/i18n";
import { parsePlanSentence } from "../../../src/core/targets/sentences";
import { readTargetSheet } from "../../../src/core/targets/targetSheet";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { cells, runRule } from "../../support/rules";
import { seedGrid } from "../../support/seeds";

function targetFindings(sheets: SheetGrid[], targets: PlanTarget[], locale: Locale = "zh-CN") {
  return sheets.flatMap((sheet) => runRule([targetNotMet, notDoubled], sheet, locale, { targets }));
}

describe("target-not-met", () => {
  test("永川: the totals only equal the strict targets of the 目标 sheet — four errors at the total cells", async () => {
    const grid = await seedGrid("yongchuan.xlsx");
    const { targets } = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!;
    const findings = targetFindings(grid.sheets, targets);
    expect(findings.map((f) => `${f.sheet}!${f.cell}:${f.expected}/${f.actual}`)).toEqual([
      "附件1!G32:600000/600000",
      "附件2!F10:420/420",
      "附件2!H10:600/600",
      "附件3!H32:3000/3000",
    ]);
    expect(findings.every((f) => f.rule === "target-not-met" && f.severity === "error")).toBe(true);
    expect(findings[1].message).toBe(
      "2025年合计420，未达到计划目标“超过420”（依据：到2025年，全区全社会研发经费投入突破46亿元，高新技术企业总数超过420家，科技型企业总数超过2100家）"
    );
  });

  test("met targets (46亿元 against 468932万元, 2100 against 2300) give nothing", async () => {
    const grid = await seedGrid("yongchuan.xlsx");
    const targets = [
      ...parsePlanSentence("到2025年，全区全社会研发经费投入突破46亿元"),
      { indicator: "科技型企业", period: "2025", op: ">" as const, value: 2100 },
      { indicator: "科技型企业", period: "2027", op: ">=" as const, value: 3000 },
    ];
    expect(targetFindings(grid.sheets, targets)).toEqual([]);
  });

  test("a sentence's 60亿元 is compared as 600000 against the 万元 table, and the message says so", async () => {
    const grid = await seedGrid("yongchuan.xlsx");
    const findings = targetFindings(
      grid.sheets,
      parsePlanSentence("到2027年，全区全社会研发经费投入突破60亿元")
    );
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "G32",
        expected: 600000,
        actual: 600000,
        message:
          "2027年合计600000，未达到计划目标“突破60亿元（即600000万元）”（依据：到2027年，全区全社会研发经费投入突破60亿元）",
      }),
    ]);
  });

  test("units that cannot be reconciled give an info instead of a wrong check", () => {
    const rows: CellValue[][] = [
      ["研发投入任务分解", null, null],
      ["单位", "2025年", "2026年"],
      ["a", 1, 2],
      ["b", 3, 4],
      ["合计", 4, 6],
    ];
    const findings = targetFindings(
      [sheetOf("s", rows)],
      parsePlanSentence("到2025年，研发经费投入突破60亿元")
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "target-not-met",
        severity: "info",
        cell: "B5",
        message:
          "计划目标“研发经费投入2025年突破60亿元”未作比较：目标值的单位是亿元，本表的单位未注明，无法换算",
      }),
    ]);
  });

  test("北碚: 2027年目标数 appears twice; the first column is compared (E24), 国家/市级 prefixes match", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const findings = targetFindings(grid.sheets, [
      { indicator: "国家高新技术企业", period: "2027", op: ">", value: 573 },
      { indicator: "市级科技型企业", period: "2025", op: ">", value: 4500 },
    ]);
    expect(cells(findings)).toEqual(["target-not-met@E24"]);
    expect(findings[0].message).toBe("高新技术企业2027年目标数合计573，未达到计划目标“超过573”");
  });

  test("梁平: a stock target against a table of additions (新增) is not compared, and says why", async () => {
    const grid = await seedGrid("liangping.xlsx");
    const findings = targetFindings(
      grid.sheets,
      parsePlanSentence("2024年底,全区高新技术企业达到120家以上,市级科技型企业达到500家以上。")
    );
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["G40", "info"],
      ["L40", "info"],
    ]);
    expect(findings[0].message).toContain("目标是总量");
    expect(findings[0].message).toContain("新增数（合计82）");
  });

  test("an unrelated indicator, or a year the table lacks", () => {
    const rows = yongchuanLike(
      [
        ["a", 1, 2],
        ["b", 3, 4],
      ],
      [4, 6]
    );
    const sheet = sheetOf("附件1", rows);
    expect(
      targetFindings([sheet], [{ indicator: "科技型企业", period: "2024", op: ">", value: 100 }])
    ).toEqual([]);
    expect(
      targetFindings([sheet], [{ indicator: "研发投入", period: "2030", op: ">", value: 100 }])
    ).toEqual([
      expect.objectContaining({
        severity: "info",
        message: "计划目标“研发投入2030年超过100”未作比较：本表没有2030年的目标列",
      }),
    ]);
  });

  test("English: a JSON target against an English table", () => {
    const rows: CellValue[][] = [
      ["High-tech enterprises", null, null],
      ["Region", "2024", "2025"],
      ["North", 10, 12],
      ["South", 20, 28],
      ["Total", 30, 40],
    ];
    const findings = targetFindings(
      [sheetOf("s", rows)],
      [{ indicator: "High-tech enterprises", period: "2025", op: ">=", value: 45 }],
      "en-US"
    );
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "C5",
        message: '2025 Total is 40, short of the plan target "at least 45"',
      }),
    ]);
  });
});
