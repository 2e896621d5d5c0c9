/**
 * Targets from the plan's own sentences:
 * `到2025年，全区高新技术企业突破75家、科技型企业超过690家` → two targets;
 * `到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家` → two doubling goals
 * (base 2022) and two strict targets. Shares, rates and growth rates (`占比超过38%`, `增长10%`) are not read: a
 * breakdown table's totals cannot be compared with them. A clause that cannot be read exactly yields nothing.
 */
import type { PlanTarget, TargetOp } from "../model";
import { AT_LEAST_VERBS, DOUBLING_VERBS, STRICT_VERBS, opOf } from "./words";

const VERBS = [...STRICT_VERBS, ...AT_LEAST_VERBS.filter((v) => v !== "以上")]
  .filter((v) => !/[>≥＞=]/.test(v))
  .sort((a, b) => b.length - a.length);
const VERB = `(${VERBS.join("|")})`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const UNIT = "(万亿元|千万元|百万元|亿元|万元|元|万?(?:家|个|项|件|人|户|名|所))?";
const PART = new RegExp(`^(.*?)${VERB}?${NUMBER}${UNIT}(以上)?$`);
const RESPECTIVELY = new RegExp(`^(.*?)分别${VERB}?((?:${NUMBER}${UNIT}(?:和|、|及|,)?)+)(以上)?$`);
const VALUE = new RegExp(`${NUMBER}${UNIT}`, "g");
/** Shares, rates, growth and per-head measures (`每万人…拥有量`): no breakdown table's total compares with them. */
const SHARE_OR_RATE =
  /(占|比重|比例|强度|增长|增速|率|%|％|百分点|倍(?!增)|(?<![\d.])万人|人均|每[万千百]?人|密度)/;
const DOUBLING = new RegExp(`(实现)?(${DOUBLING_VERBS.join("|")})`, "i");
const BASE = /(?:在|以|比)\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:的)?(?:基础上|为基[期数]|基数上)?/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const LEADING_YEAR =
  /^(?:到|至|截至|截止|力争到|确保到)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?\s*[,，:：]?\s*/;

/** Whether a clause states a share, a rate, growth or a per-head measure rather than a count or an amount. */
export function isRateClause(clause: string): boolean {
  return SHARE_OR_RATE.test(toHalfWidth(clause)) && !DOUBLING.test(clause);
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－＋％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** `全区高新技术企业总数` → `高新技术企业`; keeps the plan's own level words (国家, 市级). */
function cleanIndicator(subject: string): string {
  return subject
    .replace(/^[且并和及、,，;；\s]+/, "")
    .replace(/^(实现|其中|全区|全市|全县|全镇|全社会)+/, "")
    .replace(/^(实现|全区|全市|全县|全镇|全社会)+/, "")
    .replace(/(总数|数量|总量|家数|个数)$/, "")
    .replace(/[,，\s]+$/, "")
    .trim();
}

function isIndicator(text: string): boolean {
  return /[\u4e00-\u9fffA-Za-z]{2,}/.test(text) && !/[。；;]/.test(text);
}

function splitIndicators(subject: string): string[] {
  return subject
    .split(/和|、|及|与/)
    .map(cleanIndicator)
    .filter(isIndicator);
}

/** A number with its unit: `1.2万家` → 12000 家, `60亿元` → 60 亿元. */
function valueWithUnit(number: string, unit: string | undefined): { value: number; unit?: string } {
  let value = Number(number);
  if (!unit) return { value };
  if (unit.startsWith("万") && unit !== "万元" && unit !== "万亿元") {
    value *= 1e4;
    unit = unit.slice(1);
  }
  return { value, unit };
}

export interface SentenceOptions {
  /** The year to use when the sentence names none. */
  period?: string;
}

/** What one sentence says: its targets, and the clauses of rates or shares that were read but not taken. */
export interface SentenceReading {
  targets: PlanTarget[];
  /** Clauses with a number that are rates, shares or growth (`比重超38%`): not comparable with a table's totals. */
  rates: string[];
}

export function parsePlanSentence(sentence: string, options: SentenceOptions = {}): PlanTarget[] {
  return readPlanSentence(sentence, options).targets;
}

export function readPlanSentence(sentence: string, options: SentenceOptions = {}): SentenceReading {
  const source = sentence.trim();
  let s = toHalfWidth(source)
    .replace(/["“”「」『』'‘’]/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  const baseMatch = BASE.exec(s);
  const base = baseMatch && /基础|基[期数]|比/.test(baseMatch[0]) ? baseMatch[1] : undefined;
  if (base && baseMatch) s = s.replace(baseMatch[0], "");
  const period = YEAR.exec(s)?.[1] ?? options.period;
  s = s.replace(LEADING_YEAR, "");

  const targets: PlanTarget[] = [];
  const rates: string[] = [];
  let lastSubjects: string[] = [];
  const add = (indicator: string, op: TargetOp, verb: string, extra: Partial<PlanTarget>) =>
    targets.push({
      indicator,
      ...(period ? { period } : {}),
      op,
      verb,
      ...extra,
      source,
    });

  for (const rawClause of s.split(/[，,；;。!！]/)) {
    const clause = rawClause.replace(LEADING_YEAR, "").trim();
    if (clause === "") continue;
    const doubling = DOUBLING.exec(clause);
    if (doubling) {
      const subjects = splitIndicators(clause.slice(0, doubling.index));
      const indicators = subjects.length ? subjects : lastSubjects;
      for (const indicator of indicators)
        add(indicator, "double", doubling[2], base ? { base } : {});
      if (subjects.length) lastSubjects = subjects;
      continue;
    }
    if (SHARE_OR_RATE.test(clause)) {
      if (/\d/.test(clause)) rates.push(clause);
      continue;
    }
    const respectively = RESPECTIVELY.exec(clause);
    if (respectively) {
      const subjects = splitIndicators(respectively[1]);
      const indicators = subjects.length ? subjects : lastSubjects;
      const values = [...respectively[3].matchAll(VALUE)].map((m) => valueWithUnit(m[1], m[2]));
      const verb = respectively[2] ?? (respectively[respectively.length - 1] ? "以上" : undefined);
      const op = verb ? opOf(verb) : null;
      if (op && indicators.length === values.length)
        indicators.forEach((indicator, i) => add(indicator, op, verb!, { ...values[i] }));
      continue;
    }
    for (const part of clause.split("、")) {
      const match = PART.exec(part.trim());
      if (!match) continue;
      const [, subject, verbWord, number, unit, above] = match;
      const verb = verbWord ?? (above ? "以上" : undefined);
      const op = verb ? opOf(verb) : null;
      if (!op) continue;
      const indicator = cleanIndicator(subject);
      const name = isIndicator(indicator)
        ? indicator
        : lastSubjects.length === 1
          ? lastSubjects[0]
          : "";
      if (!name) continue;
      add(name, op, above && verb !== "以上" ? `${verb}…以上` : verb, valueWithUnit(number, unit));
      lastSubjects = [name];
    }
  }
  return { targets, rates };
}
