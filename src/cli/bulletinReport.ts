/** `--bulletin`: the bulletin of one file, as plain text (paragraphs, then each ranked table) and as JSON. */
import { buildBulletin, type Bulletin } from "../core/bulletin/build";
import { bulletinText, RANKED_COLUMNS, rankedRows } from "../core/bulletin/texts";
import type { WorkbookReport } from "../core/check";
import { catalog, type Locale } from "../i18n";

export function fileBulletin(report: Pick<WorkbookReport, "progress">): Bulletin {
  return buildBulletin(report.progress ?? []);
}

/** Terminal columns of a text: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

function aligned(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c === r.length - 1 ? cell : cell + " ".repeat(widths[c] - displayWidth(cell))
      )
      .join("  ")
      .trimEnd()
  );
}

/** The heading, the paragraphs, and per indicator its caption and ranked table, aligned; each line indented. */
export function bulletinLines(bulletin: Bulletin, locale: Locale, indent = "   "): string[] {
  const texts = catalog(locale).bulletin;
  const lines = [
    `${texts.heading}${locale === "zh-CN" ? "：" : ":"}`,
    ...texts.paragraphs(bulletin),
  ];
  for (const indicator of bulletin.indicators) {
    if (indicator.units.length === 0) continue;
    const names = texts.columns(indicator);
    lines.push(
      "",
      texts.tableCaption(indicator),
      ...aligned([RANKED_COLUMNS.map((c) => names[c]), ...rankedRows(indicator, texts)])
    );
  }
  return lines.map((line) => (line ? `${indent}${line}` : ""));
}

/** The JSON field: the bulletin's text and its data. */
export function bulletinJson(bulletin: Bulletin, locale: Locale) {
  const texts = catalog(locale).bulletin;
  return {
    text: bulletinText(bulletin, texts),
    paragraphs: texts.paragraphs(bulletin),
    ...bulletin,
  };
}
