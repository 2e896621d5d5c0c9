/**
 * The words of officers' tables (spec/vocabulary.md), in one place. The recognizer and the checks read them
 * from here; extend them here when a new table uses a new word.
 */

/**
 * A word test remembered per text: the recognizer asks the same labels many times (each reading it tries walks
 * the same rows), and a sheet has few distinct labels. Bounded: forgotten wholesale past 65,536 texts.
 */
function remembered<T>(test: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      if (known.size >= 65_536) known.clear();
      result = test(text);
      known.set(text, result);
    }
    return result;
  };
}

/** `\s` takes in the ideographic and the no-break space. */
const HAS_SPACE = /\s/;
const ENDS_IN_COLON = /[：:]$/;

/** Removes every kind of space (officers write `合  计` and `合\u3000计`, an ideographic space) and a trailing colon. */
export function normalizeLabel(text: string): string {
  // Most labels (unit names) hold no space and end in no colon: they are their own normal form, no lookup needed.
  if (!HAS_SPACE.test(text) && !ENDS_IN_COLON.test(text)) return text;
  return rememberedNormalizedLabel(text);
}

const rememberedNormalizedLabel = remembered((text: string): string =>
  text.replace(/[\s\u3000\u00a0]+/g, "").replace(/[：:]$/, "")
);

const TOTAL_LABEL = /^(合计|总计|总合计|全(区|县|市|镇|街)?合计|全(区|县|市)总计|合计数|总数合计)$/;
/** English row labels, spaces folded: `Total`, `Grand total`, `United States, total`, `Total, all ages`, `Total - Place of birth`. */
const TOTAL_LABEL_EN =
  /^(grand )?totals?( \(.*\))?$|^totals? ?[,:\-–—] |^(grand )?totals? (all|of)\b|, totals?$|^sum$/i;
const SUBTOTAL_LABEL = /^(.{0,12}小计|subtotals?|sub-totals?)$|^subtotals?\b|subtotals?$/i;
const PART_OF_ABOVE = /^(其中|其中：|其中:|ofwhich|including)/i;

/**
 * Every total, subtotal and `其中` word holds 计 or 其, or is English (ASCII letters: the patterns' `i` flag folds
 * no other letter onto them). Most labels (unit names) hold none: answered without a lookup.
 */
const MAY_NAME_A_ROLE = /[计其A-Za-z]/;

/** Whether a text may be a total, subtotal or `其中` label at all (one character test). */
export function mayNameARole(text: string): boolean {
  return MAY_NAME_A_ROLE.test(text);
}

export function isTotalLabel(text: string): boolean {
  return MAY_NAME_A_ROLE.test(text) && rememberedTotalLabel(text);
}

const rememberedTotalLabel = remembered((text: string): boolean => {
  if (TOTAL_LABEL.test(normalizeLabel(text))) return true;
  return TOTAL_LABEL_EN.test(
    text
      .trim()
      .replace(/\s+/g, " ")
      .replace(/[:：]$/, "")
  );
});

/** A column header naming a total: `合计`, `总计`, `全年合计`, `Total`, `Total (1,000)`, `All grades`… but not a rate. */
export function isTotalHeader(text: string): boolean {
  const t = normalizeLabel(text);
  if (/^(合计|总计|小计|合计数)$|合计$|总计$/.test(t)) return true;
  return /^(grand )?totals?\b|\btotals?$/i.test(text.trim());
}

/**
 * A row label naming a total in other words (`Total assets`, `TOTAL EXPENSES`, `Texas Total:`, `- Renewables
 * total`, `Payroll Monthly Totals`). Weaker than a total label: such a row is read as a total only where its
 * figures add up rows above it. Shares and averages of a total are not totals.
 */
export function isNamedTotalLabel(text: string): boolean {
  const t = text.trim();
  if (!/\b(sub-?)?totals?\b|subtotal/i.test(t)) return false;
  return !/%|percent|share|average|\bmean\b|ratio|\bper\b|\bof total\b/i.test(t);
}

/**
 * `All`, `All ages`, `All races`: statistics tables head their total column (or row) with `All`. Weaker than a
 * total word — claimed only where the figures add up, and never a warning where they do not.
 */
export function isAllLabel(text: string): boolean {
  const t = text.trim();
  return /^all\b/i.test(t) && !/%|percent|share|average|\bmean\b|ratio|\bper\b/i.test(t);
}

/** A column headed just `Sum` (grade books: the points of a group of assignments): weak, as `All` is. */
export function isSumHeader(text: string): boolean {
  return /^sums?$/i.test(text.trim());
}

export function isSubtotalLabel(text: string): boolean {
  return MAY_NAME_A_ROLE.test(text) && rememberedSubtotalLabel(text);
}

const rememberedSubtotalLabel = remembered((text: string): boolean => {
  return SUBTOTAL_LABEL.test(normalizeLabel(text));
});

/** `其中：…` rows break down the row above; they are not extra units. */
export function isPartOfAboveLabel(text: string): boolean {
  return MAY_NAME_A_ROLE.test(text) && rememberedPartOfAboveLabel(text);
}

const rememberedPartOfAboveLabel = remembered((text: string): boolean => {
  return PART_OF_ABOVE.test(normalizeLabel(text));
});

const rememberedRoleLabel = remembered(
  (text: string): boolean => isTotalLabel(text) || isSubtotalLabel(text) || isPartOfAboveLabel(text)
);

/** A total, subtotal or `其中` label: the three tests in one remembered lookup (row labels are read per row). */
export function isTotalSubtotalOrPartLabel(text: string): boolean {
  return MAY_NAME_A_ROLE.test(text) && rememberedRoleLabel(text);
}

/** Marks that mean "not applicable" in a numeric cell. */
const NOT_APPLICABLE = new Set([
  "/",
  "／",
  "—",
  "——",
  "－",
  "-",
  "--",
  "–",
  "无",
  "暂无",
  "不适用",
  "n/a",
  "na",
  "…",
  "...",
]);

/** The longest mark above: a longer label is none (lower case is never shorter), and needs no lookup. */
export const LONGEST_NOT_APPLICABLE = Math.max(...[...NOT_APPLICABLE].map((mark) => mark.length));

export function isNotApplicable(text: string): boolean {
  const label = normalizeLabel(text);
  return label.length <= LONGEST_NOT_APPLICABLE && NOT_APPLICABLE.has(label.toLowerCase());
}

/** Header words of the serial column. */
export function isSerialHeader(text: string): boolean {
  return /^(序号|编号|序|no\.?|#)$/i.test(normalizeLabel(text));
}

/** Column kinds by header words; the first match wins, so rates come before the words they contain. */
const RATE_WORDS =
  /(完成率|完成进度|进度|占比|比重|增速|增长率|同比|环比|%|％|百分点|差距|缺口|超欠|排名|位次|名次|rate|share|percent|rank)/i;
const ACTUAL_WORDS = /(完成|实际|实绩|截至|截止|已认定|已入库|已备案|现有|actual|achieved)/i;
const TARGET_WORDS = /(目标|任务|计划|指导|分解|预期|target|plan|goal)/i;
const CUMULATIVE_MONTHS = /(^|年)1[-—–~至]\d{1,2}月/;
const TOTAL_COLUMN_WORDS = /^(合计|总计|小计|全年|total|sum)$/i;
const BASELINE_WORDS = /(基数|基期|上年|baseline|base)/i;

export type HeaderKind = "rate" | "actual" | "target" | "total" | "baseline" | null;

export function headerKind(text: string): HeaderKind {
  const t = normalizeLabel(text);
  if (RATE_WORDS.test(t)) return "rate";
  if (TOTAL_COLUMN_WORDS.test(t)) return "total";
  if (BASELINE_WORDS.test(t)) return "baseline";
  if (ACTUAL_WORDS.test(t)) return "actual";
  if (TARGET_WORDS.test(t)) return "target";
  // `1-6月` alone is what was achieved from January on (a bulletin's cumulative column).
  if (CUMULATIVE_MONTHS.test(t)) return "actual";
  return null;
}

const QUARTERS: Record<string, string> = {
  一: "Q1",
  二: "Q2",
  三: "Q3",
  四: "Q4",
  "1": "Q1",
  "2": "Q2",
  "3": "Q3",
  "4": "Q4",
};

// Made once, not per call: headers are read for every row of a sheet that might list periods down its side.
const YEAR_IN_HEADER = /((?:19|20)\d{2})(?:年|$|[^\d])/;
const QUARTER_IN_HEADER = /(?:第)?([一二三四1-4])季度/;
const QUARTER_CODE = /^Q([1-4])$/i;
const MONTH_SPAN = /(\d{1,2})[-—–~至](\d{1,2})月/;

/** The period a header names: `2023年目标数` → `2023`, `一季度` → `Q1`, `Q3` → `Q3`; null when none. */
export function headerPeriod(text: string): string | null {
  const t = normalizeLabel(text);
  const year = YEAR_IN_HEADER.exec(t);
  const quarter = QUARTER_IN_HEADER.exec(t) ?? QUARTER_CODE.exec(t);
  const months = MONTH_SPAN.exec(t);
  let period = year ? year[1] : "";
  if (quarter) period += QUARTERS[quarter[1]];
  else if (months) period += `${period ? "-" : ""}${months[1]}-${months[2]}月`;
  return period === "" ? null : period;
}

/** Caption lines above a table: `（单位：万元）` → `万元`, `(Unit: enterprises)` → `enterprises`. */
export function unitOfMeasureIn(text: string): string | null {
  const match =
    /[（(]?\s*单\s*位\s*[：:]\s*([^）)\s]+)\s*[）)]?/.exec(text) ??
    /[（(]?\s*\bunits?\s*[：:]\s*([^）)]+?)\s*(?:[）)]|$)/i.exec(text);
  return match ? match[1] : null;
}

/**
 * Brackets at the end of a title or header say when, in what unit or as of what date — not what is counted:
 * `…任务分解表（2023—2027年）`, `(Unit: enterprises)`, `（截至9月底）`. Removed, repeatedly, with what trails them.
 */
export function withoutTrailingNotes(text: string): string {
  let t = text.trim();
  for (;;) {
    const stripped = t.replace(/\s*[（(【[][^（()）【】[\]]*[)）】\]]\s*$/, "").trim();
    if (stripped === t || stripped === "") return t;
    t = stripped;
  }
}

/** `附件1`, `附件`, `表3` lines are captions, not titles. */
export function isAttachmentCaption(text: string): boolean {
  return /^(附件|附表|表)\s*[0-9０-９一二三四五六七八九十]*[：:]?$/.test(normalizeLabel(text));
}

/** Words that end a title and are not part of an indicator's name. */
const TITLE_SUFFIX =
  /(培育)?(目标)?(任务)?(工作)?(分解|指导|进度|统计|完成情况|调度)?(表|情况通报|通报)?$/;

/** The sender's place before the indicator: `永川区`, `全县`, `重庆市` (not the 市 of 上市企业). */
const PLACE_PREFIX = /^[\u4e00-\u9fa5]{1,6}?(区|县|(?<!上)市)(?=[\u4e00-\u9fa5]{2})/;

export function indicatorFromTitle(title: string): string | null {
  const t = normalizeLabel(withoutTrailingNotes(title))
    .replace(/^.*?(\d{4}年)/, "")
    // A bulletin's date after its year: `2024年1-8月…`, `截至8月底…`.
    .replace(/^(1[-—–~至]\d{1,2}月|(截至|截止)\d{1,2}月(底|末)?)/, "")
    .replace(PLACE_PREFIX, "")
    .replace(TITLE_SUFFIX, "");
  return t.length > 0 && t.length <= 20 ? t : null;
}

/** Text where a number should be that is no header word: `约30`, `30左右`, `待定`, `暂缺` (checked as not-a-number). */
export function isPendingOrApproximate(text: string): boolean {
  const t = normalizeLabel(text);
  return /^(约|大约|近|超)\d|\d(左右|以上|以下|余|多)$|^(待定|待统计|待核实|暂缺|不详|未知|未报|缺报)$/.test(
    t
  );
}

/**
 * Statistics offices' marks for a figure not shown (`..`, `x`, `(NA)`, `(D)`, `(Z)`): text where a number should
 * be, no header word.
 */
export function isStatisticalSymbol(text: string): boolean {
  return /^(\.{2,}|…|x|na|n\.a\.|\*{1,3}|\((na|d|z|x|s|b|nd)\))$/i.test(normalizeLabel(text));
}

/**
 * What a computed (rate) column computes, from its header texts (top-down): a completion rate (完成率, 完成进度),
 * the time progress of the as-of date (时序进度, 序时进度, 时间进度), the gap between them in points
 * (与时序进度差, a 差值 column under 与时序进度), or a rank (排名, 位次, 名次). Null for other rates (占比, 增速 …).
 */
export type ComputedMeasure = "completion" | "time-progress" | "gap" | "rank";

const RANK_WORDS = /(排名|位次|名次|^rank(ing)?$)/i;
const TIME_PROGRESS_WORDS = /(时序|序时|时间)进度|time ?progress/i;
const GAP_WORDS = /(差|超欠|快慢|百分点|比较|gap)/i;
const COMPLETION_WORDS = /(完成率|完成进度|完成比例|完成比|completion ?rate|^completion$)/i;

function measureOf(text: string): ComputedMeasure | null {
  const t = normalizeLabel(text);
  if (RANK_WORDS.test(t)) return "rank";
  if (TIME_PROGRESS_WORDS.test(t)) return GAP_WORDS.test(t) ? "gap" : "time-progress";
  if (COMPLETION_WORDS.test(t)) return "completion";
  return null;
}

export function computedMeasure(headers: string[]): ComputedMeasure | null {
  const leaf = headers[headers.length - 1] ?? "";
  const own = measureOf(leaf);
  if (own) return own;
  // `与时序进度 / 差值`, `完成率 / %`: the group names the measure; a bare 差值 under time progress is the gap.
  for (const group of headers.slice(0, -1).reverse()) {
    const measure = measureOf(group);
    if (measure === "time-progress" && GAP_WORDS.test(normalizeLabel(leaf))) return "gap";
    if (measure && measure !== "time-progress") return measure;
    if (measure === "time-progress" && /^(%|％|进度)?$/.test(normalizeLabel(leaf)))
      return "time-progress";
  }
  return null;
}
