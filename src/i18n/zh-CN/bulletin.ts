/**
 * 通报：按区县月调度通报的写法，把一次校验的进度数据写成一段话——截至日期、全区各指标的目标、完成、完成率与时序进度
 * 之差；按完成率排名的前三位、低于时序进度的单位、红灯单位。数字全部取自校验结果（见 core/bulletin/build.ts）。
 */
import type {
  Bulletin,
  BulletinDate,
  BulletinIndicator,
  BulletinUnit,
  Shown,
} from "../../core/bulletin/build";
import type { BulletinTexts } from "../../core/bulletin/texts";

function dateText(d: BulletinDate): string {
  const year = d.year !== null ? `${d.year}年` : "";
  if (d.day !== null) return `截至${year}${d.month}月${d.day}日`;
  if (d.month === 12 && year) return `截至${year}底`;
  return `截至${year}${d.month}月底`;
}

/** `全区合计` → 全区; `全县合计` → 全县; a bare `合计` → 全区 (the register of district bulletins). */
function scopeOf(indicator: BulletinIndicator): string {
  const m = /^全[区县市镇乡]/.exec(indicator.district?.label ?? "");
  return m ? m[0] : "全区";
}

const NOUNS = ["镇街", "街镇", "乡镇", "园区", "部门", "区县", "企业", "单位"];

/** What the units are called, from the label column's header (`镇街`); `单位` where it names several kinds or none. */
function nounOf(indicator: BulletinIndicator): string {
  const header = indicator.unitsHeader ?? "";
  // `园区/镇街`, `乡镇（街道）`: several kinds of unit, called 单位 together.
  if (/[/／、(（]/.test(header)) return "单位";
  return NOUNS.find((noun) => header.includes(noun)) ?? "单位";
}

function amount(shown: Shown, indicator: BulletinIndicator): string {
  return `${shown.text}${indicator.unitOfMeasure ?? ""}`;
}

function comparison(gap: Shown, timeProgress: Shown | null): string {
  const named = timeProgress ? `时序进度（${timeProgress.text}%）` : "时序进度";
  if (gap.text === "0.0") return `与${named}持平`;
  return `${gap.value > 0 ? "高于" : "低于"}${named}${gap.text}个百分点`;
}

/** `甲、乙与丙` */
function names(units: readonly BulletinUnit[]): string {
  const list = units.map((u) => u.unit);
  return list.length <= 1
    ? (list[0] ?? "")
    : `${list.slice(0, -1).join("、")}与${list[list.length - 1]}`;
}

/** `甲、乙、丙` (a list that goes on: `等N个`). */
function listed(units: readonly BulletinUnit[]): string {
  return units.map((u) => u.unit).join("、");
}

/** Ranks in order, each with its rate: `甲（110.0%）、乙与丙并列（80.0%）`. */
function ranking(units: readonly BulletinUnit[]): string {
  const groups: BulletinUnit[][] = [];
  for (const u of units) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === u.rank) last.push(u);
    else groups.push([u]);
  }
  return groups
    .map((g) =>
      g.length > 1 ? `${names(g)}并列（${g[0].rate.text}%）` : `${g[0].unit}（${g[0].rate.text}%）`
    )
    .join("、");
}

/** The district's figures of one indicator, or what cannot be said. */
function districtClause(
  indicator: BulletinIndicator,
  scope: string,
  ownDate: boolean,
  ownProgress: boolean
): string {
  const name = indicator.indicator;
  const d = indicator.district;
  const figures = d
    ? `目标${amount(d.target, indicator)}，已完成${amount(d.actual, indicator)}` +
      (d.rate ? `，完成率${d.rate.text}%` : "")
    : "";
  if (!indicator.asOf)
    return (
      `${name}：表中未找到截至日期（如“截至9月”“1-9月”），无法计算时序进度` +
      (d ? `；${scopeOf(indicator)}${figures}` : "")
    );
  const date = ownDate ? `${dateText(indicator.asOf)}，` : "";
  if (!d) return `${date}${name}：表中没有合计行，未列${scopeOf(indicator)}数`;
  const gap = d.gap ? `，${comparison(d.gap, ownProgress ? indicator.timeProgress : null)}` : "";
  return `${date}${scope}${name}${figures}${gap}`;
}

function overview(bulletin: Bulletin): string {
  const opening = bulletin.asOf
    ? `${dateText(bulletin.asOf)}` +
      (bulletin.timeProgress ? `（时序进度${bulletin.timeProgress.text}%）` : "") +
      "，"
    : "";
  let saidScope: string | null = null;
  const clauses = bulletin.indicators.map((indicator) => {
    // The scope (全区) is said once, where the district's figures begin.
    const scope = scopeOf(indicator);
    const say = indicator.district && scope !== saidScope ? scope : "";
    if (say) saidScope = scope;
    return districtClause(indicator, say, !bulletin.asOf, !bulletin.timeProgress);
  });
  // One date for all: one sentence; each indicator with its own date (or none): a sentence each.
  return `${opening}${clauses.join(bulletin.asOf ? "；" : "。")}。`;
}

function rankingParagraph(
  indicator: BulletinIndicator,
  several: boolean,
  redBeyond: number
): string | null {
  const prefix = several ? `${indicator.indicator}：` : "";
  const noun = nounOf(indicator);
  if (!indicator.asOf) return null;
  if (indicator.units.length === 0) return `${prefix}各${noun}没有同时填写目标和完成数，未作排名。`;
  const order =
    indicator.units.length <= 3
      ? `按完成率排名依次为${ranking(indicator.units)}`
      : `按完成率排名，前三位为${ranking(indicator.top)}`;
  const { behind, red } = indicator;
  const gapOf = (u: BulletinUnit) => `落后${u.gap.text}个百分点`;
  const laggards =
    behind.length === 0
      ? `各${noun}均达到时序进度`
      : behind.length === 1
        ? `低于时序进度的有${behind[0].unit}（${gapOf(behind[0])}${red.length ? "，红灯" : ""}）`
        : `低于时序进度的有${listed(behind)}等${behind.length}个${noun}`;
  const reds =
    red.length === 0 || behind.length === 1
      ? ""
      : `，其中${red.map((u) => `${u.unit}（${gapOf(u)}）`).join("、")}落后时序进度超过${redBeyond}个百分点，为红灯`;
  return `${prefix}${order}；${laggards}${reds}。`;
}

export const bulletin: BulletinTexts = {
  heading: "通报",
  paragraphs: (b) => {
    if (b.indicators.length === 0)
      return [
        "本次校验的表中没有与目标对应的完成数列（表头如“截至9月完成”“1-9月”“实际完成”），无法形成通报。",
      ];
    const several = b.indicators.length > 1;
    const paragraphs = [overview(b)];
    for (const indicator of b.indicators) {
      const p = rankingParagraph(indicator, several, b.thresholds.yellowWithin);
      if (p) paragraphs.push(p);
    }
    if (b.earlier.length > 0)
      paragraphs.push(
        `以上按最近月份通报；${[...new Set(b.earlier.map((e) => e.sheet))].join("、")}表为较早月份，未列入。`
      );
    return paragraphs;
  },
  tableCaption: (i) =>
    `${i.indicator}按完成率排名` +
    (i.unitOfMeasure ? `（单位：${i.unitOfMeasure}）` : "") +
    (i.asOf ? `，${dateText(i.asOf)}` : ""),
  columns: (i) => ({
    rank: "排名",
    unit: i.unitsHeader && i.unitsHeader.length <= 8 ? i.unitsHeader : "单位",
    target: "目标",
    actual: "已完成",
    rate: "完成率",
    gap: "与时序进度差（百分点）",
    light: "预警",
  }),
  rank: (u) => (u.tied ? `并列${u.rank}` : String(u.rank)),
  light: { red: "红灯", yellow: "黄灯", green: "—" },
};
