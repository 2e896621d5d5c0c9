/**
 * What the ribbon's 校验 tells the user when it is done: a title, a tone and a few lines, shown in the result dialog
 * (dialog.html). Built from the run's result or from the error; never a stack or a raw host message.
 */
import { summarizeReport } from "../core/results";
import { catalog, renderSummaryLine, type Locale } from "../i18n";
import type { RunResult } from "../excel/run";
import { failureLines, failureOf } from "../i18n/failure";

export type OutcomeTone = "ok" | "warning" | "error";

export interface Outcome {
  tone: OutcomeTone;
  title: string;
  lines: string[];
}

export function checkOutcome(result: RunResult, locale: Locale): Outcome {
  const o = catalog(locale).outcome;
  const summary = summarizeReport(result.report);
  const { error, warning } = summary.counts;
  const lines: string[] = [];
  if (summary.kind === "no-tables") {
    lines.push(o.noTables, o.noTablesHint);
    if (error + warning + summary.counts.info > 0)
      lines.push(o.writtenToResults(renderSummaryLine(summary, locale)));
  } else if (summary.kind === "no-findings") lines.push(o.nothingFound(summary.tables ?? 0));
  else lines.push(o.writtenToResults(renderSummaryLine(summary, locale)));
  if (summary.behind.red + summary.behind.yellow > 0)
    lines.push(o.behindUnits(summary.behind.red, summary.behind.yellow));
  const written = result.written;
  if (written) {
    if (written.annotationKind === "none" && written.coloured > 0) lines.push(o.noAnnotations);
    if (written.unmarked > 0) lines.push(o.unmarked(written.unmarked));
    if (written.linked < written.links) lines.push(o.unlinked(written.linked, written.links));
  }
  // What was not checked or written, and why (src/excel/writeNotices.ts).
  lines.push(...(result.notices ?? []));
  return {
    tone: error > 0 ? "error" : warning > 0 ? "warning" : "ok",
    title: o.checkDone,
    lines,
  };
}

export function failureOutcome(error: unknown, locale: Locale): Outcome {
  const o = catalog(locale).outcome;
  return { tone: "error", title: o.checkFailed, lines: failureLines(failureOf(error), locale) };
}

/** The dialog page with the outcome in its query string (the page shows it as text, never as HTML). */
export function dialogUrl(base: string, outcome: Outcome, locale: Locale): string {
  const url = new URL("dialog.html", base);
  url.searchParams.set("lang", locale);
  url.searchParams.set("tone", outcome.tone);
  url.searchParams.set("title", outcome.title);
  for (const line of outcome.lines) url.searchParams.append("line", line);
  return url.toString();
}
