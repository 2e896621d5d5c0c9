/**
 * The headline targets of a whole plan document (方案、行动计划): the sentences of its goal section (`一、工作目标`,
 * `（二）主要目标。…`, `二、目标要求`), or, where it has none, its sentences of that form (`到2025年，全区…`). Each target
 * keeps its sentence for confirmation. Titles and the names of documents give none. A park's or an industry's
 * targets and rates or shares are not targets a breakdown table can be checked against: they are listed apart with
 * the reason. Text that is no document (a sentence or two pasted) is read sentence by sentence.
 */
import type { PlanTarget } from "../model";
import {
  isGoalHeading,
  opensWithYear,
  planParagraphs,
  planSentences,
  type PlanParagraph,
} from "./planText";
import {
  clausePark,
  isTitleOrNotice,
  namesDistrict,
  sentenceParkOrIndustry,
  withoutDocumentNames,
} from "./planScope";
import { isRateClause, readPlanSentence } from "./sentences";

export type PlanExclusionReason =
  /** The target of one park or industry (`scope`: its heading or the words that name it), not the district's. */
  | { kind: "park"; scope: string }
  /** A rate, share, growth or per-head measure: no breakdown table's total compares with it. */
  | { kind: "rate" };

export interface PlanExclusion {
  /** The plan's sentence. */
  sentence: string;
  /** The part of it left out (the sentence itself, or one clause). */
  text: string;
  reason: PlanExclusionReason;
  /** What it states, read as targets (may be none: `聚集企业200家` names no condition). */
  targets: PlanTarget[];
}

export interface PlanReading {
  /** The district's headline targets, each with its sentence as `source`, in the order of the document. */
  targets: PlanTarget[];
  excluded: PlanExclusion[];
  /**
   * How they were found: `section` — the goal section (`sectionHeading`); `form` — no goal section, the document's
   * sentences of that form; `sentences` — no document, every sentence pasted.
   */
  mode: "section" | "form" | "sentences";
  /** The goal section's heading, `工作目标`, when there is one. */
  sectionHeading: string | null;
}

interface Candidate {
  sentence: string;
  heading: string | null;
  /** The year of an earlier sentence of the goal section, for one that names none. */
  period?: string;
}

/** A number with a unit of count or money: a sentence of a park that states something measurable. */
const MEASURE = /\d+(?:\.\d+)?\s*(?:万|亿)?(?:元|家|个|项|件|人|户|名|所)/;
const LEAD_YEAR = /((?:19|20)\d{2})\s*年/;

/** The paragraphs of the goal sections: from a goal heading to the next heading of its level or above. */
function goalParagraphs(paragraphs: PlanParagraph[]): Set<number> {
  const inside = new Set<number>();
  let level: number | null = null;
  paragraphs.forEach((p, i) => {
    if (level !== null && p.level !== null && p.level <= level) level = null;
    if (level === null && isGoalHeading(p.heading)) level = p.level ?? 1;
    if (level !== null) inside.add(i);
  });
  return inside;
}

function isDocument(paragraphs: PlanParagraph[]): boolean {
  return paragraphs.some(
    (p) => p.level === 1 || p.level === 2 || isGoalHeading(p.heading) || isTitleOrNotice(p.line)
  );
}

function key(t: PlanTarget): string {
  return [t.indicator, t.period, t.op, t.value, t.unit, t.base].join("\u0000");
}

/** The candidates of every paragraph, each with the heading it stands under. */
function sentencesOf(
  paragraphs: PlanParagraph[],
  keep: (p: PlanParagraph, index: number) => boolean,
  carryYear: boolean
): Candidate[] {
  const candidates: Candidate[] = [];
  let heading: string | null = null;
  let period: string | undefined;
  paragraphs.forEach((p, index) => {
    if (p.heading) heading = p.heading;
    if (!keep(p, index)) {
      period = undefined;
      return;
    }
    for (const sentence of planSentences(p.body)) {
      if (opensWithYear(sentence)) period = LEAD_YEAR.exec(sentence)?.[1];
      candidates.push({ sentence, heading, ...(carryYear && period ? { period } : {}) });
    }
  });
  return candidates;
}

/** Reads one candidate: its district targets, and what of it is a park's or a rate. */
function readCandidate(candidate: Candidate, reading: PlanReading, seen: Set<string>): void {
  const { sentence, heading, period } = candidate;
  if (isTitleOrNotice(sentence)) return;
  const text = withoutDocumentNames(sentence);
  const options = period ? { period } : {};
  const park = sentenceParkOrIndustry(text, heading);
  if (park) {
    const targets = readPlanSentence(text, options).targets.map((t) => ({
      ...t,
      source: sentence,
    }));
    if (targets.length > 0 || MEASURE.test(text))
      reading.excluded.push({
        sentence,
        text: sentence,
        reason: { kind: "park", scope: park },
        targets,
      });
    return;
  }
  // Clauses about one park inside a district sentence (`其中高新区超过500家`) are cut out before reading it.
  // The first clause after the year names the sentence's subject, which may be the district by a park's name
  // (万盛经开区); only later clauses are a park's.
  const clauses = text.split(/[，,；;]/);
  const subject = clauses.findIndex((c) => c.trim() !== "" && !opensWithYear(`${c}，`));
  const kept: string[] = [];
  for (const [index, clause] of clauses.entries()) {
    const scope = index <= subject || isRateClause(clause) ? null : clausePark(clause);
    if (!scope) {
      kept.push(clause);
      continue;
    }
    const targets = readPlanSentence(clause, {
      period: period ?? LEAD_YEAR.exec(text)?.[1],
    }).targets.map((t) => ({ ...t, source: sentence }));
    reading.excluded.push({
      sentence,
      text: clause.trim(),
      reason: { kind: "park", scope },
      targets,
    });
  }
  const read = readPlanSentence(kept.join("，"), options);
  for (const target of read.targets) {
    const withSource = { ...target, source: sentence };
    if (seen.has(key(withSource))) continue;
    seen.add(key(withSource));
    reading.targets.push(withSource);
  }
  for (const rate of read.rates)
    reading.excluded.push({ sentence, text: rate, reason: { kind: "rate" }, targets: [] });
}

export function readPlanDocument(text: string): PlanReading {
  const paragraphs = planParagraphs(text);
  const goal = goalParagraphs(paragraphs);
  const document = isDocument(paragraphs);
  const sectionHeading =
    paragraphs.find((p, i) => goal.has(i) && isGoalHeading(p.heading))?.heading ?? null;
  const mode: PlanReading["mode"] = goal.size > 0 ? "section" : document ? "form" : "sentences";
  const reading: PlanReading = { targets: [], excluded: [], mode, sectionHeading };
  const seen = new Set<string>();

  const headline =
    mode === "section"
      ? sentencesOf(paragraphs, (_, i) => goal.has(i), true)
      : mode === "form"
        ? sentencesOf(paragraphs, () => true, false).filter(
            (c) => opensWithYear(c.sentence) && namesDistrict(c.sentence)
          )
        : sentencesOf(paragraphs, () => true, false);
  for (const candidate of headline) readCandidate(candidate, reading, seen);

  // Elsewhere in a document, sentences of the headline's form about one park or industry are said to be left out.
  if (mode !== "sentences")
    for (const candidate of sentencesOf(paragraphs, (_, i) => !goal.has(i), false)) {
      const text = withoutDocumentNames(candidate.sentence);
      if (!opensWithYear(text) || isTitleOrNotice(text) || !MEASURE.test(text)) continue;
      const scope = sentenceParkOrIndustry(text, candidate.heading, true);
      if (!scope) continue;
      reading.excluded.push({
        sentence: candidate.sentence,
        text: candidate.sentence,
        reason: { kind: "park", scope },
        targets: readPlanSentence(text).targets.map((t) => ({ ...t, source: candidate.sentence })),
      });
    }
  return reading;
}
