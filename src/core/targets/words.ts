/**
 * The words of plan targets (spec/vocabulary.md, "Targets in plan sentences"): conditions, doubling, units,
 * and how an indicator's name is reduced to its core for matching (`全区国家高新技术企业总数` → `高新技术企业`).
 * Kept beside the targets code for now; they could join src/core/vocabulary.ts.
 */
import type { TargetOp } from "../model";

/** Strict conditions first where one word contains another (超过 before 超). */
export const STRICT_VERBS = ["超过", "突破", "高于", "多于", "大于", "超", ">", "＞"];
export const AT_LEAST_VERBS = [
  "力争达到",
  "确保达到",
  "不低于",
  "不少于",
  "不小于",
  "至少",
  "达到",
  "确保",
  "力争",
  "以上",
  "≥",
  ">=",
  "＞＝",
  "达",
];
export const DOUBLING_VERBS = ["双倍增", "翻一番", "翻番", "倍增", "double", "doubling"];

const ENGLISH_OPS: Record<string, TargetOp> = {
  "more than": ">",
  "greater than": ">",
  above: ">",
  over: ">",
  exceed: ">",
  exceeds: ">",
  "at least": ">=",
  reach: ">=",
  reaches: ">=",
  "no less than": ">=",
};

/** The op a condition word stands for, or null when it is no condition we know. */
export function opOf(word: string): TargetOp | null {
  const w = word.replace(/[\s\u3000]+/g, "").toLowerCase();
  if (w === "") return null;
  if (DOUBLING_VERBS.some((v) => w === v.toLowerCase() || w === `实现${v}`)) return "double";
  if (STRICT_VERBS.includes(w)) return ">";
  if (AT_LEAST_VERBS.includes(w)) return ">=";
  const english = ENGLISH_OPS[word.trim().toLowerCase().replace(/\s+/g, " ")];
  return english ?? null;
}

// ---------------------------------------------------------------------------
// Units

/** Money units in 元. */
const MONEY: Record<string, number> = {
  元: 1,
  万元: 1e4,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
  万亿元: 1e12,
};
/** Count words: a count has no scale, so these agree with each other only when equal. */
export const COUNT_UNITS = ["家", "个", "项", "件", "人", "户", "名", "所", "座", "台", "套", "条"];
export const UNIT_PATTERN =
  "万亿元|千万元|百万元|亿元|万元|元|家|个|项|件|人|户|名|所|座|台|套|条|%|％";

/** Normalizes a written unit: `（万元）` → `万元`, `亿` → `亿元`. */
export function normalizeUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const u = unit.replace(/[\s（）()：:]/g, "").replace(/^单位/, "");
  if (u === "") return null;
  if (u === "亿") return "亿元";
  if (u === "万") return "万元";
  if (u === "％") return "%";
  return u;
}

/**
 * A value written in `from` expressed in `to`; null when the units cannot be reconciled (亿元 against 家, or a
 * money value against a table whose unit is unknown). A missing `from` means the value is in the table's unit.
 */
export function convertValue(value: number, from: string | null, to: string | null): number | null {
  const f = normalizeUnit(from);
  const t = normalizeUnit(to);
  if (f === null) return value;
  if (t === f) return value;
  if (t !== null && MONEY[f] !== undefined && MONEY[t] !== undefined)
    return Number(((value * MONEY[f]) / MONEY[t]).toPrecision(12));
  // A count against a table without a stated unit: counts carry no scale.
  if (t === null && COUNT_UNITS.includes(f)) return value;
  return null;
}

// ---------------------------------------------------------------------------
// Indicators

/** Names that differ in wording only. */
const SYNONYMS: [RegExp, string][] = [
  [/研究与试验发展(经费)?(投入)?|r&d经费(投入)?|研发经费(投入)?/gi, "研发投入"],
  [/高企/g, "高新技术企业"],
  [/科企/g, "科技型企业"],
];
/** Prefixes that narrow the place, level or validity but not the indicator. */
const PREFIXES =
  /^(到\d{4}年|实现|全区|全市|全县|全镇|全街道|全社会|全域|国家级|国家|市级|省级|区级|县级|重庆市|有效期内|在库|入库|认定|新认定|新增|净增|累计|培育)/;
/** Suffixes that name the measure's form, not the indicator. */
const SUFFIXES = /(总数|数量|总量|家数|个数|规模|目标数|任务数|目标|任务|数)$/;

/** `全区国家高新技术企业总数（家）` → `高新技术企业`. */
export function indicatorCore(name: string): string {
  let s = name
    .replace(/[\s\u3000"“”'‘’「」《》]/g, "")
    .replace(/[（(][^（()）]*[)）]/g, "")
    .toLowerCase();
  for (const [pattern, replacement] of SYNONYMS) s = s.replace(pattern, replacement);
  for (let guard = 0; guard < 8; guard++) {
    const next = s.replace(PREFIXES, "").replace(SUFFIXES, "");
    if (next === s || next === "") break;
    s = next;
  }
  return s;
}

/** A different measure of the same thing: `研发投入强度` is not `研发投入`, `高新技术企业产值` not `高新技术企业`. */
const OTHER_MEASURE =
  /(强度|率|占比|比重|比例|增速|增长|产值|收入|营收|利润|税收|增加值|人数|人员|密度|排名|面积|投资|资金|经费|专利|产品)/;

/** Several indicators named together (`高新技术企业和科技型企业`): no single one of them. */
const SEVERAL = /和|、|及|与|以及|&|\band\b/;

/**
 * Whether a target's indicator names the indicator of a column group or table: equal cores, or one contains the
 * other with nothing left over that would make it another measure. Never across several indicators named at once.
 */
export function indicatorMatches(target: string, tableIndicator: string | null): boolean {
  if (!tableIndicator) return false;
  const t = indicatorCore(target);
  const c = indicatorCore(tableIndicator);
  if (t === "" || c === "") return false;
  if (t === c) return true;
  if (SEVERAL.test(c) || SEVERAL.test(t)) return false;
  const [short, long] = t.length <= c.length ? [t, c] : [c, t];
  if (short.length < 2 || !long.includes(short)) return false;
  return !OTHER_MEASURE.test(long.replace(short, ""));
}

/** Additions in a period (新增), as opposed to counts at a date. */
export function isIncrementText(text: string): boolean {
  return /(新增|净增|增量|新引进|新培育|新认定|additional|new\b|added)/i.test(text);
}
