/**
 * The structure of a plan document's text, as officers' documents are laid out: paragraphs (one a line), headings
 * (`一、工作目标`, `（二）主要目标。到2025年…`, `1．速效并重培育科技型企业。…`, or a short bare line such as
 * `重点任务`), and the sentences of a paragraph, a sentence being cut where the plan moves to another year
 * (`…超过2100家；到2027年，…`).
 */

export interface PlanParagraph {
  /** The paragraph's heading, when it opens with one: `工作目标`, `主要目标`, `培育发展智能传感器产业`. */
  heading: string | null;
  /** 1 for `一、`, 2 for `（一）`, 3 for `1．`, 1 for a bare short line; null for a plain paragraph. */
  level: number | null;
  /** The text after the heading (the whole line when there is none). */
  body: string;
  /** The whole line, as written. */
  line: string;
}

const CHINESE_NUMBER = "[一二三四五六七八九十]+";
const LEVEL_1 = new RegExp(`^${CHINESE_NUMBER}\\s*[、.．]\\s*(.+)$`);
const LEVEL_2 = new RegExp(`^[（(]\\s*${CHINESE_NUMBER}\\s*[）)]\\s*(.+)$`);
const LEVEL_3 = /^\d{1,2}\s*[．.、]\s*(?!\d)(.+)$/;
/** A heading's own words end at the first full stop; longer than this it is a sentence, not a heading. */
const HEADING_MAX = 24;
/** A bare line that is a heading: short, no punctuation, no number (`重点任务`, `保障措施`). */
const BARE_HEADING = /^[\u4e00-\u9fff]{2,12}$/;

function splitHeading(rest: string): { heading: string; body: string } | null {
  const stop = rest.search(/[。：:]/);
  const heading = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  if (heading === "" || heading.length > HEADING_MAX || /[，,；;]/.test(heading)) return null;
  return { heading, body: stop < 0 ? "" : rest.slice(stop + 1).trim() };
}

export function planParagraphs(text: string): PlanParagraph[] {
  const paragraphs: PlanParagraph[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/[\u3000\s]+/g, " ").trim();
    if (line === "") continue;
    const numbered: [RegExp, number][] = [
      [LEVEL_1, 1],
      [LEVEL_2, 2],
      [LEVEL_3, 3],
    ];
    let paragraph: PlanParagraph = { heading: null, level: null, body: line, line };
    for (const [pattern, level] of numbered) {
      const match = pattern.exec(line);
      const split = match && splitHeading(match[1]);
      if (split) {
        paragraph = { ...split, level, line };
        break;
      }
    }
    if (paragraph.level === null && BARE_HEADING.test(line.replace(/\s/g, "")))
      paragraph = { heading: line.replace(/\s/g, ""), level: 1, body: "", line };
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** `工作目标`, `主要目标`, `总体目标`, `目标要求`, `发展目标`: the heading of the plan's headline targets. */
export function isGoalHeading(heading: string | null): boolean {
  if (!heading) return false;
  return /^(?:工作|发展|主要|总体|总|预期|行动|具体|年度|建设|培育)?目标(?:要求|任务)?$/.test(
    heading.replace(/\s/g, "")
  );
}

/** A year that opens a sentence or clause: `到2027年，`, `2024年底,`, `力争到2026年`. */
const YEAR_LEAD = String.raw`(?:到|至|截至|截止|力争到|确保到|力争)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?\s*[，,:：]`;
const YEAR_LEAD_AT_START = new RegExp(`^${YEAR_LEAD}`);

/** Whether a sentence opens with its year (`到2025年，…`): the form of a plan's headline targets. */
export function opensWithYear(sentence: string): boolean {
  return YEAR_LEAD_AT_START.test(sentence.trim());
}

/**
 * The sentences of a paragraph: cut at `。！？`, and at `；`/`，` where the next words open with another year, so that
 * each year's targets keep their own year.
 */
export function planSentences(body: string): string[] {
  return body
    .split(/(?<=[。！？!?])/)
    .flatMap((sentence) => sentence.split(new RegExp(`[；;，,](?=\\s*${YEAR_LEAD})`)))
    .map((sentence) => sentence.replace(/[。！？!?；;，,\s]+$/, "").trim())
    .filter((sentence) => sentence !== "");
}
