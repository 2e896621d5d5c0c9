/**
 * Plain views of plan targets for the pane's editor: how a target reads, the form's draft and its problems, the
 * plan sentences pasted, and what the last check made of each target.
 */
import type { TargetOutcome, WorkbookReport } from "../core/check";
import { parseArea, parseCell } from "../core/a1";
import type { PlanTarget, TargetOp } from "../core/model";
import type { TargetReason } from "../core/messages";
import { conditionWord } from "../core/targets/targetSheetLayout";
import { normalizeUnit, opOf } from "../core/targets/words";
import type { UiTexts } from "../i18n";

/** The condition words the form offers, by what they mean (spec/vocabulary.md). */
export const CONDITION_WORDS: Record<TargetOp, readonly string[]> = {
  ">": ["超过", "突破", "高于", "多于"],
  ">=": ["达到", "不低于", "不少于", "力争达到", "确保达到"],
  double: ["翻番", "翻一番", "倍增", "双倍增"],
};

/** A target value as the pane shows it: with the locale's thousands separators (the messages have none). */
export function localeNumber(value: number, locale: string): string {
  return value.toLocaleString(locale === "en-US" ? "en-US" : "zh-CN", { maximumFractionDigits: 6 });
}

/** `高新技术企业 2025年 突破 75 家`, `科技型企业 2027年 在 2022 年基础上 翻番`. */
export function targetLabel(target: PlanTarget, texts: UiTexts, locale: string): string {
  const period = target.period
    ? `${target.period}${locale === "en-US" ? "" : "年"}`
    : texts.targets.noPeriod;
  const word = conditionWord(target);
  const condition =
    target.op === "double"
      ? `${target.base ? `${texts.targets.doubling(target.base)} ` : ""}${word}`
      : `${word} ${texts.targets.value(
          target.value === undefined ? "?" : localeNumber(target.value, locale),
          target.unit ?? null
        )}`;
  return texts.targets.summary(target.indicator, period, condition);
}

/**
 * Targets of the list that disagree: the same indicator and year with another condition, value or unit (a doubling
 * goal beside a number is no disagreement). For each target, the indexes of the others it disagrees with.
 */
export function targetConflicts(targets: readonly PlanTarget[]): number[][] {
  const key = (t: PlanTarget) => `${t.indicator.trim()}\u0000${(t.period ?? "").trim()}`;
  const says = (t: PlanTarget) => `${t.op}\u0000${t.value ?? ""}\u0000${t.unit ?? ""}`;
  return targets.map((target, i) =>
    target.op === "double" || !target.period
      ? []
      : targets.flatMap((other, j) =>
          j !== i &&
          other.op !== "double" &&
          key(other) === key(target) &&
          says(other) !== says(target)
            ? [j]
            : []
        )
  );
}

/** What the form edits: every field as typed. */
export interface TargetDraft {
  indicator: string;
  period: string;
  verb: string;
  value: string;
  unit: string;
  base: string;
  source: string;
}

export type DraftProblems = Partial<Record<"indicator" | "period" | "value" | "base", string>>;

export const EMPTY_DRAFT: TargetDraft = {
  indicator: "",
  period: "",
  verb: "超过",
  value: "",
  unit: "",
  base: "",
  source: "",
};

export function draftOf(target: PlanTarget): TargetDraft {
  return {
    indicator: target.indicator,
    period: target.period ?? "",
    verb: conditionWord(target),
    value: target.value === undefined ? "" : String(target.value),
    unit: target.unit ?? "",
    base: target.base ?? "",
    source: target.source ?? "",
  };
}

const YEAR = /^(19|20)\d{2}$/;

function numberOf(text: string): number | null {
  const cleaned = text
    .replace(/[,，\s]/g, "")
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function draftProblems(draft: TargetDraft, texts: UiTexts): DraftProblems {
  const problems: DraftProblems = {};
  const op = opOf(draft.verb) ?? ">";
  if (draft.indicator.trim() === "") problems.indicator = texts.targets.problems.indicator;
  if (!YEAR.test(draft.period.trim())) problems.period = texts.targets.problems.period;
  if (op === "double") {
    const base = draft.base.trim();
    if (!YEAR.test(base) || (YEAR.test(draft.period.trim()) && base >= draft.period.trim()))
      problems.base = texts.targets.problems.base;
  } else if (numberOf(draft.value) === null) problems.value = texts.targets.problems.value;
  return problems;
}

/**
 * The target a valid draft stands for. What the form does not show (where it was read from) is kept from the
 * target it edits, so the 目标 sheet's other columns stay with their row.
 */
export function targetOfDraft(draft: TargetDraft, previous?: PlanTarget): PlanTarget {
  const op = opOf(draft.verb) ?? ">";
  const target: PlanTarget = {
    indicator: draft.indicator.trim(),
    period: draft.period.trim(),
    op,
    verb: draft.verb,
  };
  if (op === "double") target.base = draft.base.trim();
  else {
    target.value = numberOf(draft.value) ?? undefined;
    const unit = normalizeUnit(draft.unit);
    if (unit) target.unit = unit;
  }
  if (draft.source.trim()) target.source = draft.source.trim();
  if (previous?.from) target.from = previous.from;
  return target;
}

/** A target the 目标 sheet can hold and the check can use. */
export function isComplete(target: PlanTarget, texts: UiTexts): boolean {
  return Object.keys(draftProblems(draftOf(target), texts)).length === 0;
}

/** The targets in groups of the sentence they come from, in the document's order. */
export function bySentence(targets: PlanTarget[]): { sentence: string; indexes: number[] }[] {
  const groups: { sentence: string; indexes: number[] }[] = [];
  targets.forEach((target, index) => {
    const sentence = target.source ?? "";
    const last = groups[groups.length - 1];
    if (last && last.sentence === sentence) last.indexes.push(index);
    else groups.push({ sentence, indexes: [index] });
  });
  return groups;
}

function sameTarget(a: PlanTarget, b: PlanTarget): boolean {
  return (
    a.indicator.replace(/\s+/g, "") === b.indicator.replace(/\s+/g, "") &&
    a.period === b.period &&
    a.op === b.op &&
    a.value === b.value &&
    (a.unit ?? "") === (b.unit ?? "") &&
    (a.base ?? "") === (b.base ?? "")
  );
}

export interface TargetResult {
  status: TargetOutcome["status"];
  /** Why it was not compared (put into words at display: `PaneTexts.targetReason`). */
  reason?: TargetReason;
  /** The target in the table's unit when that differs from the target's own (亿元 against a 万元 table). */
  inTableUnit?: { value: number; unit: string };
}

/** What the last check made of a target: met when every comparison met it, not met when any did not. */
export function resultOf(target: PlanTarget, report: WorkbookReport | null): TargetResult | null {
  const outcomes = (report?.targets ?? []).filter((o) => sameTarget(o.target, target));
  if (outcomes.length === 0) return null;
  const compared = outcomes.filter((o) => o.status !== "unchecked");
  if (compared.length === 0) return { status: "unchecked", reason: outcomes[0].reason };
  const status = compared.some((o) => o.status === "not-met") ? "not-met" : "met";
  const result: TargetResult = { status };
  const converted = compared.find((o) => o.expected !== undefined && o.expected !== target.value);
  const unit = converted && tableUnitAt(report!, converted);
  if (converted && unit && target.unit && normalizeUnit(unit) !== normalizeUnit(target.unit))
    result.inTableUnit = { value: converted.expected!, unit };
  return result;
}

function tableUnitAt(report: WorkbookReport, outcome: TargetOutcome): string | null {
  const cell = outcome.cell ? parseCell(outcome.cell) : null;
  if (!cell) return null;
  const table = report.tables.find((t) => {
    const area = t.sheet === outcome.sheet ? parseArea(t.range) : null;
    return (
      area !== null &&
      cell.row >= area.top &&
      cell.row <= area.bottom &&
      cell.column >= area.left &&
      cell.column <= area.right
    );
  });
  return table?.unitOfMeasure ?? null;
}
