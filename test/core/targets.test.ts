import { notDoubled } from "../../src/core/checks/not-doubled";
import { targetNotMet } from "../../src/core/checks/target-not-met";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import type { Finding, PlanTarget } from "../../src/core/model";
import type { Locale } from "../../src/i18n";
import { parsePlanSentence } from "../../src/core/targets/sentences";
import { readTargetSheet } from "../../src/core/targets/targetSheet";
import { parseTargetsJson, TargetsFormatError } from "../../src/core/targets/targetsJson";
import { convertValue, indicatorCore, indicatorMatches, opOf } from "../../src/core/targets/words";
import { sheetOf, yongchuanLike } from "../support/gridBuilder";
import { cells, runRule } from "../support/rules";
import { seedGrid } from "../support/seeds";

const strip = (targets: PlanTarget[]) => targets.map(({ source: _s, ...t }) => t);

function targetFindings(sheets: SheetGrid[], targets: PlanTarget[], locale: Locale = "zh-CN") {
  return sheets.flatMap((sheet) => runRule([targetNotMet, notDoubled], sheet, locale, { targets }));
}

describe("plan sentences", () => {
  test("one sentence, two indicators, one year", () => {
    expect(
      strip(parsePlanSentence("到2025年，全区高新技术企业突破75家、科技型企业超过690家"))
    ).toEqual([
      { indicator: "高新技术企业", period: "2025", op: ">", verb: "突破", value: 75, unit: "家" },
      { indicator: "科技型企业", period: "2025", op: ">", verb: "超过", value: 690, unit: "家" },
    ]);
  });

  test("money keeps its unit, to be converted against the table's", () => {
    expect(strip(parsePlanSentence("研发经费投入突破60亿元"))).toEqual([
      { indicator: "研发经费投入", op: ">", verb: "突破", value: 60, unit: "亿元" },
    ]);
    expect(parsePlanSentence("研发经费投入突破60亿元", { period: "2027" })[0].period).toBe("2027");
  });

  test("永川: three targets, the source kept verbatim", () => {
    const sentence =
      "到2025年，全区全社会研发经费投入突破46亿元，高新技术企业总数超过420家，科技型企业总数超过2100家";
    const targets = parsePlanSentence(sentence);
    expect(targets.map((t) => [t.indicator, t.op, t.value, t.unit])).toEqual([
      ["研发经费投入", ">", 46, "亿元"],
      ["高新技术企业", ">", 420, "家"],
      ["科技型企业", ">", 2100, "家"],
    ]);
    expect(targets.every((t) => t.source === sentence && t.period === "2025")).toBe(true);
  });

  test("双倍增 on a base year, then 分别 with the values of each indicator", () => {
    expect(
      strip(
        parsePlanSentence(
          "到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家"
        )
      )
    ).toEqual([
      { indicator: "高新技术企业", period: "2027", op: "double", verb: "双倍增", base: "2022" },
      { indicator: "科技型企业", period: "2027", op: "double", verb: "双倍增", base: "2022" },
      { indicator: "高新技术企业", period: "2027", op: ">", verb: "超过", value: 90, unit: "家" },
      { indicator: "科技型企业", period: "2027", op: ">", verb: "超过", value: 870, unit: "家" },
    ]);
  });

  test("达到…以上 is not strict; shares, rates and unknown units give nothing", () => {
    expect(
      parsePlanSentence("2024年底,全区高新技术企业达到120家以上,市级科技型企业达到500家以上。").map(
        (t) => [t.indicator, t.period, t.op, t.value]
      )
    ).toEqual([
      ["高新技术企业", "2024", ">=", 120],
      ["市级科技型企业", "2024", ">=", 500],
    ]);
    expect(
      parsePlanSentence(
        "全区专精特新“小巨人”企业突破8家，规模以上工业战略性新兴产业增加值占规模以上工业增加值的比重超38%"
      ).map((t) => t.indicator)
    ).toEqual(["专精特新小巨人企业"]);
    expect(parsePlanSentence("2027年，整合建成全区创新创业场地不低于50万平方")).toEqual([]);
    expect(parsePlanSentence("力争到2026年科技型企业突破1.2万家")[0]).toMatchObject({
      value: 12000,
      unit: "家",
      period: "2026",
    });
  });
});

describe("condition words, indicators and units", () => {
  test.each([
    ["超过", ">"],
    ["突破", ">"],
    ["高于", ">"],
    ["多于", ">"],
    [">", ">"],
    ["达到", ">="],
    ["不低于", ">="],
    ["不少于", ">="],
    ["以上", ">="],
    ["≥", ">="],
    [">=", ">="],
    ["力争达到", ">="],
    ["确保", ">="],
    ["翻番", "double"],
    ["翻一番", "double"],
    ["倍增", "double"],
    ["双倍增", "double"],
    ["double", "double"],
    ["at least", ">="],
    ["约", null],
    ["", null],
  ])("%p is %p", (word, op) => expect(opOf(word)).toBe(op));

  test.each([
    ["高新技术企业", "国家高新技术企业", true],
    ["市级科技型企业", "科技型企业", true],
    ["全社会研发经费投入", "研发投入", true],
    ["高新技术企业", "新增有效期内高新技术企业总数", true],
    ["高新技术企业", "科技型企业", false],
    ["研发投入", "研发投入强度", false],
    ["高新技术企业", "高新技术企业和科技型企业", false],
    ["高新技术企业", "高新技术企业产值", false],
    ["High-tech enterprises", "high-tech enterprises", true],
    ["高新技术企业", null, false],
  ])("%p matches %p: %p", (target, table, expected) =>
    expect(indicatorMatches(target, table)).toBe(expected)
  );

  test("indicator cores drop place, level, validity and form words", () => {
    expect(indicatorCore("全区国家高新技术企业总数（家）")).toBe("高新技术企业");
    expect(indicatorCore("R&D经费投入")).toBe("研发投入");
  });

  test("units: 亿元 to 万元, counts without a stated unit, and what cannot be reconciled", () => {
    expect(convertValue(60, "亿元", "万元")).toBe(600000);
    expect(convertValue(46, "亿元", "万元")).toBe(460000);
    expect(convertValue(600000, "万元", "亿元")).toBe(60);
    expect(convertValue(420, "家", "家")).toBe(420);
    expect(convertValue(420, null, "家")).toBe(420);
    expect(convertValue(420, "家", null)).toBe(420);
    expect(convertValue(60, "亿元", null)).toBeNull();
    expect(convertValue(60, "亿元", "家")).toBeNull();
    expect(convertValue(420, "家", "个")).toBeNull();
  });
});

describe("the 目标 sheet and the --targets file", () => {
  test("永川's 目标 sheet: six targets with their sentences", async () => {
    const grid = await seedGrid("yongchuan.xlsx");
    const reading = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!;
    expect(reading.problems).toEqual([]);
    expect(reading.targets.map((t) => `${t.indicator}${t.period}${t.verb}${t.value}`)).toEqual([
      "研发投入2025突破460000",
      "高新技术企业2025超过420",
      "科技型企业2025超过2100",
      "研发投入2027突破600000",
      "高新技术企业2027超过600",
      "科技型企业2027超过3000",
    ]);
    expect(reading.targets[1]).toMatchObject({
      op: ">",
      source: expect.stringContaining("高新技术企业总数超过420家"),
      from: { sheet: "目标", cell: "A3" },
    });
  });

  test("北碚's 目标 sheet: 翻番 rows take their base from the 基期 column", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const { targets } = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!;
    expect(targets.filter((t) => t.op === "double")).toEqual([
      expect.objectContaining({ indicator: "高新技术企业", period: "2027", base: "2022" }),
      expect.objectContaining({ indicator: "科技型企业", period: "2027", base: "2022" }),
    ]);
  });

  test("rows that cannot be read are reported at their cell, not guessed", () => {
    const sheet = sheetOf("目标", [
      ["指标", "期间", "条件", "目标值", "依据", "基期", "单位"],
      ["高新技术企业", "2025年", "约", 420, null, null, null],
      ["科技型企业", 2025, "超过", "很多", null, null, null],
      ["科技型企业", "明年", "超过", 3000, null, null, null],
      ["科技型企业", 2027, "翻番", null, null, null, null],
      ["研发投入", 2027, "突破", "60亿元", null, null, null],
      ["研发投入", 2025, "突破", 46, null, null, "亿元"],
      [null, null, null, null, "到2025年，全区高新技术企业突破75家", null, null],
    ]);
    const reading = readTargetSheet(sheet)!;
    expect(reading.problems.map((p) => [p.cell, p.kind])).toEqual([
      ["C2", "condition"],
      ["D3", "value"],
      ["B4", "period"],
      ["F5", "base"],
    ]);
    expect(reading.targets.map((t) => [t.indicator, t.period, t.value, t.unit])).toEqual([
      ["研发投入", "2027", 60, "亿元"],
      ["研发投入", "2025", 46, "亿元"],
      ["高新技术企业", "2025", 75, "家"],
    ]);
  });

  test("a sheet without the header is no target sheet", () => {
    expect(readTargetSheet(sheetOf("s", [["单位", "2024年"]]))).toBeNull();
  });

  test("the JSON file: symbols, the plan's own words, doubling, sentences", () => {
    const targets = parseTargetsJson(
      JSON.stringify({
        targets: [
          { indicator: "高新技术企业", period: "2025", op: ">", value: 420, source: "…" },
          { indicator: "科技型企业", period: 2027, op: "不低于", value: 3000 },
          { indicator: "科技型企业", op: "double", base: "2022", period: "2027" },
          { indicator: "研发投入", period: "2027", op: "突破", value: 60, unit: "亿元" },
        ],
        sentences: ["到2025年，全区高新技术企业突破75家"],
      })
    );
    expect(targets.map((t) => [t.indicator, t.period, t.op, t.value ?? t.base])).toEqual([
      ["高新技术企业", "2025", ">", 420],
      ["科技型企业", "2027", ">=", 3000],
      ["科技型企业", "2027", "double", "2022"],
      ["研发投入", "2027", ">", 60],
      ["高新技术企业", "2025", ">", 75],
    ]);
  });

  test.each([
    ["{", /not valid JSON/],
    ["[]", /expected an object/],
    ["{}", /no "targets"/],
    ['{"targets":{}}', /must be an array/],
    ['{"targets":[{"indicator":"a","period":"2025","op":"约","value":1}]}', /unknown "op"/],
    ['{"targets":[{"indicator":"a","period":"明年","op":">","value":1}]}', /"period"/],
    ['{"targets":[{"indicator":"a","period":"2025","op":">"}]}', /"value" must be a number/],
    ['{"targets":[{"indicator":"a","period":"2027","op":"double"}]}', /needs "base"/],
  ])("a bad file %s is refused with a one-line reason", (content, reason) => {
    expect(() => parseTargetsJson(content)).toThrow(TargetsFormatError);
    expect(() => parseTargetsJson(content)).toThrow(reason);
  });
});

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

describe("not-doubled", () => {
  test("北碚: the units below twice their 2022 value, and the total (341 → 573 against 682)", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const { targets } = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!;
    const findings = targetFindings(grid.sheets, targets).filter((f) => f.rule === "not-doubled");
    const sheet = grid.sheets.find((s) => s.name === "附件")!;
    const unit = (f: Pick<Finding, "cell">) =>
      String(sheet.values[Number(f.cell.slice(1)) - 1][2] ?? "合计");
    const hightech = findings.filter((f) => f.cell.startsWith("E"));
    const techFirms = findings.filter((f) => f.cell.startsWith("L"));
    expect(hightech.map(unit)).toEqual([
      "天生街道",
      "北温泉街道",
      "龙凤桥街道",
      "蔡家岗街道",
      "水土街道",
      "复兴街道",
      "施家梁镇",
      "童家溪镇",
      "澄江镇",
      "合计",
    ]);
    expect(techFirms.map(unit)).toEqual([
      "北温泉街道",
      "蔡家岗街道",
      "水土街道",
      "复兴街道",
      "施家梁镇",
      "澄江镇",
      "天府镇",
      "金刀峡镇",
      "合计",
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(hightech[hightech.length - 1]).toMatchObject({
      cell: "E24",
      expected: 682,
      actual: 573,
      difference: -109,
      related: ["D24"],
      message: "合计高新技术企业2027年目标数573，低于2022年实际数341的两倍682（差109），未实现翻番",
    });
  });

  test("without a declared doubling goal there is no not-doubled finding", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const targets = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!.targets.filter(
      (t) => t.op !== "double"
    );
    expect(targetFindings(grid.sheets, targets)).toEqual([]);
  });

  test("a doubling goal whose base year the table lacks is an info", () => {
    const rows = yongchuanLike(
      [
        ["a", 1, 2],
        ["b", 3, 4],
      ],
      [4, 6]
    );
    const findings = targetFindings(
      [sheetOf("附件1", rows)],
      [{ indicator: "研发投入", period: "2024", op: "double", base: "2020" }]
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "not-doubled",
        severity: "info",
        message: "计划目标“研发投入到2024年在2020年基础上翻番”未作比较：本表没有基期2020年的列",
      }),
    ]);
  });
});
