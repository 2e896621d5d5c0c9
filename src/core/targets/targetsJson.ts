/**
 * The targets file of the command line (spec/checks.md):
 * `{"targets":[{"indicator":"高新技术企业","period":"2025","op":">","value":420,"source":"…"}]}`.
 * `op` may be `>`, `>=`, `double` or the plan's own word (超过, 不低于, 翻番 …); `period` and `base` may be numbers;
 * `unit` (optional) is the unit of `value` when it is not the table's (`亿元`). Besides `targets`, a
 * `sentences` array of plan sentences is read with parsePlanSentence.
 */
import type { PlanTarget } from "../model";
import { parsePlanSentence } from "./sentences";
import { normalizeUnit, opOf } from "./words";
import { append } from "../append";

/** A targets document that cannot be used, with a one-line reason (English and Chinese). */
export class TargetsFormatError extends Error {
  constructor(
    message: string,
    readonly zh: string
  ) {
    super(message);
    this.name = "TargetsFormatError";
  }
}

function yearOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isInteger(value)) value = String(value);
  if (typeof value !== "string") return null;
  const match = /^\s*((?:19|20)\d{2})\s*(?:年(?:底|末)?)?\s*$/.exec(value);
  return match ? match[1] : null;
}

export function parseTargetsDocument(doc: unknown): PlanTarget[] {
  const fail = (en: string, zh: string): never => {
    throw new TargetsFormatError(en, zh);
  };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    fail('expected an object like {"targets": [...]}', '应为形如 {"targets": [...]} 的 JSON 对象');
  const { targets, sentences } = doc as { targets?: unknown; sentences?: unknown };
  if (targets === undefined && sentences === undefined)
    fail('no "targets" (or "sentences") array', '缺少 "targets"（或 "sentences"）数组');
  if (targets !== undefined && !Array.isArray(targets))
    fail('"targets" must be an array', '"targets" 应为数组');
  if (sentences !== undefined && !Array.isArray(sentences))
    fail('"sentences" must be an array', '"sentences" 应为数组');

  const result: PlanTarget[] = [];
  ((targets as unknown[]) ?? []).forEach((item, i) => {
    const where = `targets[${i}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item))
      fail(`${where} is not an object`, `${where} 不是对象`);
    const t = item as Record<string, unknown>;
    if (typeof t.indicator !== "string" || t.indicator.trim() === "")
      fail(
        `${where}: "indicator" must be a non-empty string`,
        `${where}：缺少 "indicator"（指标）`
      );
    const opWord = typeof t.op === "string" ? t.op : "";
    const op = opOf(opWord);
    if (!op)
      fail(
        `${where}: unknown "op" ${JSON.stringify(t.op)} (use >, >=, double or 超过/不低于/翻番 …)`,
        `${where}：无法识别的条件 ${JSON.stringify(t.op)}（可用 >、>=、double 或 超过、不低于、翻番 等）`
      );
    const period = yearOf(t.period);
    if (!period)
      fail(
        `${where}: "period" must be a year such as "2025"`,
        `${where}："period" 应为年份，如 "2025"`
      );
    const target: PlanTarget = {
      indicator: (t.indicator as string).trim(),
      period: period!,
      op: op!,
      verb: opWord,
    };
    if (op === "double") {
      const base = yearOf(t.base);
      if (!base)
        fail(
          `${where}: a doubling target needs "base", a year such as "2022"`,
          `${where}：翻番目标需要基期 "base"，如 "2022"`
        );
      target.base = base!;
    } else {
      if (typeof t.value !== "number" || !Number.isFinite(t.value))
        fail(`${where}: "value" must be a number`, `${where}："value" 应为数字`);
      target.value = t.value as number;
    }
    if (t.unit !== undefined) {
      const unit = typeof t.unit === "string" ? normalizeUnit(t.unit) : null;
      if (!unit)
        fail(
          `${where}: "unit" must be a unit such as "亿元"`,
          `${where}："unit" 应为单位，如 "亿元"`
        );
      target.unit = unit!;
    }
    if (typeof t.source === "string" && t.source.trim()) target.source = t.source.trim();
    result.push(target);
  });
  ((sentences as unknown[]) ?? []).forEach((sentence, i) => {
    if (typeof sentence !== "string")
      fail(`sentences[${i}] is not a string`, `sentences[${i}] 不是字符串`);
    append(result, parsePlanSentence(sentence as string));
  });
  return result;
}

/** Parses the text of a targets file. */
export function parseTargetsJson(text: string): PlanTarget[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new TargetsFormatError(`not valid JSON (${detail})`, `不是有效的 JSON（${detail}）`);
  }
  return parseTargetsDocument(doc);
}
