/**
 * Every user-facing string, one catalog per language (zh-CN first, en-US), and the renderers that turn the core's
 * data into words. Doors render at their edge, at display time: a language switch re-renders, never re-checks.
 * Pure: no DOM, no Office.js. The core never imports this folder; doors and `src/ui` do.
 */
import type { Bulletin } from "../core/bulletin/build";
import { bulletinText } from "../core/bulletin/texts";
import type { Finding } from "../core/model";
import type { ReportWords, ReportSummary } from "../core/results";
import type { Catalog } from "./catalog";
import type { PageTexts } from "./page";
import type { UiTexts } from "./ui";
import { catalog as enUS } from "./en-US";
import { catalog as zhCN } from "./zh-CN";

export type { Catalog, CliTexts, FindingTexts, OutcomeTexts, TargetTexts } from "./catalog";
export type { BatchTexts, BatchTotals, ExportHeader } from "./batch";
export type { DialogTexts } from "./dialog";
export type { PagePhase, PageTexts } from "./page";
export type { CapabilityName, FailureKind, PaneAction, StepName, UiTexts } from "./ui";

export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export function catalog(locale: Locale = "zh-CN"): Catalog {
  return locale === "en-US" ? enUS : zhCN;
}

/** The shared UI strings: task pane, browser page, the ribbon's outcome. */
export function uiText(locale: Locale = "zh-CN"): UiTexts {
  return catalog(locale).ui;
}

/** The browser page's own strings. */
export function pageText(locale: Locale = "zh-CN"): PageTexts {
  return catalog(locale).page;
}

/** Office reports display languages such as `en-US`, `en-GB`, `zh-CN`; anything English gets en-US. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

/** What a finding says, in the locale's words. */
export function renderFinding(
  finding: Pick<Finding, "messageId" | "params">,
  locale: Locale = "zh-CN"
): string {
  const say = catalog(locale).findings[finding.messageId] as (params: unknown) => string;
  return say(finding.params);
}

/** `共检查 5 张表：错误 5 处，警告 1 处`（，提示 N 处 when there are infos). */
export function renderSummaryLine(summary: ReportSummary, locale: Locale = "zh-CN"): string {
  const { error, warning, info } = summary.counts;
  return catalog(locale).outcome.summary(summary.tables ?? 0, error, warning, info);
}

/** The bulletin's text in the locale's words: its paragraphs, one per line. */
export function renderBulletin(bulletin: Bulletin, locale: Locale = "zh-CN"): string {
  return bulletinText(bulletin, catalog(locale).bulletin);
}

/** The words the core needs to lay out the 校验结果 sheet and the notes of the mark plan. */
export function reportWords(locale: Locale = "zh-CN"): ReportWords {
  const words = catalog(locale);
  return {
    results: words.results,
    severity: words.severity,
    rules: words.rules,
    finding: (f) => renderFinding(f, locale),
    bulletin: words.bulletin,
  };
}
