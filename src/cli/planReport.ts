/**
 * What `--plan` read, for confirmation: each headline target with its sentence, what was left out and why, and per
 * workbook the plan targets its 目标 sheet or `--targets` superseded. In the text report and as the JSON `plan`.
 */
import type { TargetLabel } from "../core/messages";
import type { PlanTarget } from "../core/model";
import type { PlanReading } from "../core/targets/planDocument";
import { planTargetsToUse } from "../core/targets/planPrecedence";
import { catalog, type Locale } from "../i18n";
import type { FileResult } from "./checkFile";

function labelOf(t: PlanTarget): TargetLabel {
  return t.op === "double"
    ? { kind: "double", indicator: t.indicator, base: t.base, period: t.period }
    : {
        kind: "value",
        indicator: t.indicator,
        period: t.period,
        condition: { op: t.op, verb: t.verb, value: String(t.value ?? "?"), unit: t.unit },
      };
}

export function planTargetLabel(t: PlanTarget, locale: Locale): string {
  return catalog(locale).targets.label(labelOf(t));
}

/** The plan targets a workbook's check did not use: its stated targets (目标 sheet, --targets) name the same. */
export function unusedPlanTargets(result: FileResult, plan: PlanTarget[]): PlanTarget[] {
  const stated = (result.targets ?? []).map((o) => o.target).filter((t) => !plan.includes(t));
  return planTargetsToUse(stated, plan).superseded;
}

export function planTextLines(
  file: string,
  reading: PlanReading,
  results: FileResult[],
  locale: Locale
): string[] {
  const words = catalog(locale);
  const t = words.cli;
  const lines = [`== ${t.planHeading(file, reading.targets.length, reading.sectionHeading)}`];
  let sentence: string | null = null;
  for (const target of reading.targets) {
    if (target.source && target.source !== sentence) {
      sentence = target.source;
      lines.push(`   ${t.planSentence(sentence)}`);
    }
    lines.push(`      ${planTargetLabel(target, locale)}`);
  }
  if (reading.excluded.length > 0) {
    lines.push(`   ${t.planExcludedHeading(reading.excluded.length)}`);
    for (const e of reading.excluded)
      lines.push(`      ${e.text}：${words.targets.excluded(e.reason)}`);
  }
  for (const result of results) {
    const unused = unusedPlanTargets(result, reading.targets);
    if (unused.length > 0)
      lines.push(
        `   ${result.file}: ${t.planSuperseded(unused.map((u) => planTargetLabel(u, locale)))}`
      );
  }
  return lines;
}

function targetJson(t: PlanTarget) {
  return {
    indicator: t.indicator,
    period: t.period ?? null,
    op: t.op,
    ...(t.verb ? { verb: t.verb } : {}),
    ...(t.value !== undefined ? { value: t.value } : {}),
    ...(t.unit ? { unit: t.unit } : {}),
    ...(t.base ? { base: t.base } : {}),
    ...(t.source ? { source: t.source } : {}),
  };
}

export function planJson(
  file: string,
  reading: PlanReading,
  results: FileResult[],
  locale: Locale
): Record<string, unknown> {
  return {
    file,
    section: reading.sectionHeading,
    targets: reading.targets.map(targetJson),
    excluded: reading.excluded.map((e) => ({
      sentence: e.sentence,
      text: e.text,
      reason: e.reason.kind,
      ...(e.reason.kind === "park" ? { scope: e.reason.scope } : {}),
      message: catalog(locale).targets.excluded(e.reason),
      targets: e.targets.map(targetJson),
    })),
    unused: results
      .map((r) => ({
        file: r.file,
        targets: unusedPlanTargets(r, reading.targets).map(targetJson),
      }))
      .filter((u) => u.targets.length > 0),
  };
}
