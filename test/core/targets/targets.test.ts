import type { PlanTarget } from "../../../src/core/model";
import { parsePlanSentence } from "../../../src/core/targets/sentences";
import { readTargetSheet } from "../../../src/core/targets/targetSheet";
import { parseTargetsJson, TargetsFormatError } from "../../../src/core/targets/targetsJson";
import {
  convertValue,
  indicatorCore,
  indicatorMatches,
  opOf,
} from "../../../src/core/targets/words";
import { sheetOf } from "../../support/gridBuilder";
import { seedGrid } from "../../support/seeds";

const strip = (targets: PlanTarget[]) => targets.map(({ source: _s, ...t }) => t);

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
