/**
 * What the ribbon's 清除标记 tells the user: nothing when every mark is gone; the same dialog as 校验 when it failed
 * or had to leave marks (protected sheets) or kept a thread the user replied to.
 */
import type { Locale } from "../i18n";
import type { ClearResult } from "../excel/marks";
import { noticeText } from "../excel/writeNotices";
import { failureLines, failureOf } from "../i18n/failure";
import type { Outcome } from "./outcome";

const TITLES = {
  "zh-CN": { failed: "清除标记未完成", partial: "标记已清除（部分保留）" },
  "en-US": { failed: "Clear marks did not finish", partial: "Marks cleared (some kept)" },
};

export function clearNoticeOutcome(result: ClearResult, locale: Locale): Outcome | null {
  const t = noticeText(locale);
  const lines: string[] = [];
  if (result.locked > 0) lines.push(t.clearLocked(result.locked));
  if (result.keptThreads > 0) lines.push(t.keptThreads(result.keptThreads));
  if (lines.length === 0) return null;
  return { tone: result.locked > 0 ? "warning" : "ok", title: TITLES[locale].partial, lines };
}

export function clearFailureOutcome(error: unknown, locale: Locale): Outcome {
  return {
    tone: "error",
    title: TITLES[locale].failed,
    lines: failureLines(failureOf(error), locale),
  };
}
