import type { PlanTarget } from "../../../src/core/model";
import { readPlanDocument, type PlanReading } from "../../../src/core/targets/planDocument";
import { planTargetsToUse } from "../../../src/core/targets/planPrecedence";
import { parsePlanSentence } from "../../../src/core/targets/sentences";
import {
  EXPECTED_PLAN_TARGETS,
  PLAN_SEEDS_ABSENT,
  planSeedsPresent,
  planSeedText,
  targetLine,
  type District,
} from "../../support/planSeeds";

function excludedLines(reading: PlanReading): string[] {
  return reading.excluded.map(
    (e) =>
      `${e.reason.kind === "park" ? `park(${e.reason.scope})` : "rate"}: ${e.text}` +
      (e.targets.length ? ` → ${e.targets.map(targetLine).join("; ")}` : "")
  );
}

const EXPECTED_EXCLUDED: Record<District, string[]> = {
  万盛: [
    "rate: 规模以上工业战略性新兴产业增加值占规模以上工业增加值的比重超38%",
    "rate: 高技术制造业增加值占规模以上工业增加值的比重超25%",
  ],
  永川: [],
  江津: [
    "rate: 且各园区平台有效期内高新技术企业、科技型企业数量占全区总量的95%以上",
    "rate: 规模以上工业战略性新兴产业增加值占规模以上工业增加值的比重超过36%",
    "rate: 高技术制造业增加值占规模以上工业增加值的比重提高到22%",
  ],
  梁平: [],
  北碚: [
    "rate: 万人有效发明专利拥有量达到45件",
    "park(培育发展智能传感器产业): 到2027年，聚集企业200家，实现产值300亿元以上 → 产值 2027 >= 300亿元",
    "park(发展工业互联网软件和信息服务业): 到2027年，聚集企业300家，实现产值100亿元以上 → 产值 2027 >= 100亿元",
    "park(壮大功能新材料产业): 到2027年，聚集企业50家，实现产值50亿元以上 → 产值 2027 >= 50亿元",
    "park(做强新一代信息技术产业): 到2027年，聚集企业50家，实现产值750亿元以上 → 产值 2027 >= 750亿元",
    "park(培育现代农业和食品大健康产业): 到2027年，聚集企业30家，实现产值5亿元以上 → 产值 2027 >= 5亿元",
  ],
};

const EXPECTED_SECTION: Record<District, string> = {
  万盛: "工作目标",
  永川: "主要目标",
  江津: "主要目标",
  梁平: "总体目标",
  北碚: "目标要求",
};

const describeSeeds = planSeedsPresent ? describe : describe.skip;
if (!planSeedsPresent) console.warn(PLAN_SEEDS_ABSENT);

describeSeeds("the five plan documents: headline targets only", () => {
  test.each(Object.keys(EXPECTED_PLAN_TARGETS) as District[])("%s", (district) => {
    const text = planSeedText(district);
    const reading = readPlanDocument(text);
    expect(reading.mode).toBe("section");
    expect(reading.sectionHeading).toBe(EXPECTED_SECTION[district]);
    expect(reading.targets.map(targetLine)).toEqual(EXPECTED_PLAN_TARGETS[district]);
    expect(excludedLines(reading)).toEqual(EXPECTED_EXCLUDED[district]);
    // Every target with its sentence, verbatim from the document, none a title's or a document name's.
    for (const target of reading.targets) {
      expect(text).toContain(target.source);
      expect(target.source).not.toMatch(/印发|通知|《|行动计划|方案/);
      expect(target.source).toMatch(/^(到\d{4}年|\d{4}年底|专精特新)/);
    }
  });

  test("today's sentence reader would take the notice's title for a doubling goal; the document reader does not", () => {
    const text = planSeedText("万盛");
    const title = text.split("\n").slice(4, 7).join("");
    expect(title).toBe(
      "关于印发万盛经开区高新技术企业和科技型企业“双倍增”行动计划工作方案（2023—2027年）的通知"
    );
    expect(parsePlanSentence(title).map((t) => t.op)).toContain("double");
    expect(readPlanDocument(title).targets).toEqual([]);
  });
});

describe("titles and document names never give targets", () => {
  test.each([
    "关于印发《重庆市北碚区高新技术企业和科技型企业“双倍增”行动计划实施方案（2023—2027年）》的通知",
    "经管委会同意，现将《万盛经开区高新技术企业和科技型企业“双倍增”行动计划工作方案（2023—2027年）》印发给你们，请认真贯彻执行。",
    "万盛经开区高新技术企业和科技型企业“双倍增”行动计划工作方案（2023—2027年）",
    "根据《重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）》要求，结合我区实际制订本工作方案。",
  ])("%s", (text) => {
    expect(readPlanDocument(text).targets).toEqual([]);
    expect(readPlanDocument(text).excluded).toEqual([]);
  });
});

describe("a park's or an industry's targets are listed apart from the district's", () => {
  test("a park paragraph of a document, under its industry's heading", () => {
    const reading = readPlanDocument(
      [
        "一、工作目标",
        "到2027年，全区高新技术企业超过570家。",
        "二、重点任务",
        "7. 培育发展智能传感器产业。以传感器特色产业基地为核心载体。到2027年，聚集企业200家，实现产值300亿元以上。",
      ].join("\n")
    );
    expect(reading.targets.map(targetLine)).toEqual(["高新技术企业 2027 > 570家"]);
    expect(excludedLines(reading)).toEqual([
      "park(培育发展智能传感器产业): 到2027年，聚集企业200家，实现产值300亿元以上 → 产值 2027 >= 300亿元",
    ]);
  });

  test("pasted alone, the sentence names its cluster of firms", () => {
    const reading = readPlanDocument("到2027年，聚集企业200家，实现产值300亿元以上。");
    expect(reading.mode).toBe("sentences");
    expect(reading.targets).toEqual([]);
    expect(excludedLines(reading)).toEqual([
      "park(聚集企业): 到2027年，聚集企业200家，实现产值300亿元以上 → 产值 2027 >= 300亿元",
    ]);
  });

  test("a park's clause inside a district sentence is cut out; the district's targets stay", () => {
    const reading = readPlanDocument(
      "（二）主要目标。到2027年，全区高新技术企业超过700家，其中高新区高新技术企业超过500家，科技型企业超过3330家。"
    );
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2027 > 700家",
      "科技型企业 2027 > 3330家",
    ]);
    expect(excludedLines(reading)).toEqual([
      "park(高新区): 其中高新区高新技术企业超过500家 → 高新区高新技术企业 2027 > 500家",
    ]);
    expect(reading.targets[0].source).toBe(
      "到2027年，全区高新技术企业超过700家，其中高新区高新技术企业超过500家，科技型企业超过3330家"
    );
  });
});

describe("a park's name that is the district's own", () => {
  test("万盛经开区 as the subject of a goal sentence is the district; a park named after it is not", () => {
    const reading = readPlanDocument(
      "一、工作目标\n到2025年，万盛经开区高新技术企业突破75家、科技型企业超过690家，其中平山园区高新技术企业超过40家。"
    );
    expect(reading.targets.map(targetLine)).toEqual([
      "万盛经开区高新技术企业 2025 > 75家",
      "科技型企业 2025 > 690家",
    ]);
    expect(excludedLines(reading)).toEqual([
      "park(园区): 其中平山园区高新技术企业超过40家 → 平山园区高新技术企业 2025 > 40家",
    ]);
  });
});

describe("which sentences are the headline's", () => {
  test("without a goal heading, a document's sentences of that form (a year, then the district)", () => {
    const reading = readPlanDocument(
      [
        "一、总体要求",
        "（一）指导思想。坚持创新驱动。到2025年，全区高新技术企业突破75家、科技型企业超过690家。",
        "二、重点任务",
        "1．支持打造科技创新平台。到2027年，建设各类科技创新平台100个以上。每年新引进高新技术企业不低于10家。",
      ].join("\n")
    );
    expect(reading.mode).toBe("form");
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2025 > 75家",
      "科技型企业 2025 > 690家",
    ]);
  });

  test("a goal section's sentence without a year takes the year of the one before it", () => {
    const reading = readPlanDocument(
      "（二）主要目标。到2027年，全区高新技术企业超过700家。专精特新“小巨人”企业突破25家。"
    );
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2027 > 700家",
      "专精特新小巨人企业 2027 > 25家",
    ]);
  });

  test("two years in one sentence: each year's targets keep their year", () => {
    const reading = readPlanDocument(
      "主要目标：到2025年，全区高新技术企业超过420家；到2027年，全区高新技术企业超过600家，科技型企业超过3000家。"
    );
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2025 > 420家",
      "高新技术企业 2027 > 600家",
      "科技型企业 2027 > 3000家",
    ]);
    expect(reading.targets[1].source).toBe(
      "到2027年，全区高新技术企业超过600家，科技型企业超过3000家"
    );
  });

  test("a sentence or two pasted (no document) is read sentence by sentence, as before", () => {
    const reading = readPlanDocument(
      "到2025年，全区高新技术企业突破75家、科技型企业超过690家。\n到2027年，全社会研发投入力争达到60亿元。\n高新技术企业超过420家"
    );
    expect(reading.mode).toBe("sentences");
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2025 > 75家",
      "科技型企业 2025 > 690家",
      "研发投入 2027 >= 60亿元",
      "高新技术企业 ? > 420家",
    ]);
    expect(readPlanDocument("加快建设科技创新中心").targets).toEqual([]);
  });

  test("the same target stated twice comes once, with the sentence that stated it first", () => {
    const reading = readPlanDocument(
      "到2027年，全区高新技术企业超过700家。\n到2027年，全区高新技术企业超过700家，科技型企业超过3330家。"
    );
    expect(reading.targets.map(targetLine)).toEqual([
      "高新技术企业 2027 > 700家",
      "科技型企业 2027 > 3330家",
    ]);
    expect(reading.targets[0].source).toBe("到2027年，全区高新技术企业超过700家");
  });
});

describe("precedence: a stated target wins over the plan's of the same indicator, year and kind", () => {
  test("the 目标 sheet's 高新技术企业 2025 (another value) supersedes the plan's; the rest are used", () => {
    const plan = readPlanDocument(
      "（二）主要目标。到2025年，全区国家高新技术企业超过470家、市级科技型企业超过4500家。到2027年，全区国家高新技术企业在2022年的基础上实现翻番。"
    ).targets;
    const stated: PlanTarget[] = [
      { indicator: "高新技术企业", period: "2025", op: ">=", value: 480 },
    ];
    const { used, superseded } = planTargetsToUse(stated, plan);
    expect(superseded.map(targetLine)).toEqual(["国家高新技术企业 2025 > 470家"]);
    expect(used.map(targetLine)).toEqual([
      "市级科技型企业 2025 > 4500家",
      "国家高新技术企业 2027 double 2022",
    ]);
  });
});
