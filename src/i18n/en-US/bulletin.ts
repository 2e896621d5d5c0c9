/**
 * The bulletin in English: the same facts as the Chinese one (see zh-CN/bulletin.ts), in the same order — the
 * as-of date, each indicator's district figures against time progress, the top three, the units behind, the red ones.
 * Unit and indicator names stay as the sheet writes them.
 */
import type {
  Bulletin,
  BulletinDate,
  BulletinIndicator,
  BulletinUnit,
  Shown,
} from "../../core/bulletin/build";
import type { BulletinTexts } from "../../core/bulletin/texts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateText(d: BulletinDate): string {
  const month = MONTHS[d.month - 1];
  const year = d.year !== null ? ` ${d.year}` : "";
  if (d.day !== null) return `As of ${d.day} ${month}${year}`;
  if (d.month === 12 && year) return `As of the end of${year}`;
  return `As of the end of ${month}${year}`;
}

function scopeOf(indicator: BulletinIndicator): string {
  const label = indicator.district?.label ?? "";
  if (label.startsWith("全县")) return "county-wide";
  if (label.startsWith("全市")) return "city-wide";
  return "district-wide";
}

/** Counts (家, 个, 项 …) read as plain numbers; money and other measures keep their unit. */
function amount(shown: Shown, indicator: BulletinIndicator): string {
  const unit = indicator.unitOfMeasure;
  return unit && !/^[家个项件人户]$/.test(unit) ? `${shown.text} ${unit}` : shown.text;
}

function comparison(gap: Shown, timeProgress: Shown | null): string {
  const named = timeProgress ? `time progress (${timeProgress.text}%)` : "time progress";
  if (gap.text === "0.0") return `level with ${named}`;
  return `${gap.text} points ${gap.value > 0 ? "above" : "below"} ${named}`;
}

/** `A, B and C` */
function names(units: readonly BulletinUnit[]): string {
  const list = units.map((u) => u.unit);
  return list.length <= 1
    ? (list[0] ?? "")
    : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

function ranking(units: readonly BulletinUnit[]): string {
  const groups: BulletinUnit[][] = [];
  for (const u of units) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === u.rank) last.push(u);
    else groups.push([u]);
  }
  return groups
    .map((g) =>
      g.length > 1 ? `${names(g)} (tied, ${g[0].rate.text}%)` : `${g[0].unit} (${g[0].rate.text}%)`
    )
    .join(", ");
}

function districtClause(
  indicator: BulletinIndicator,
  scope: boolean,
  ownDate: boolean,
  ownProgress: boolean
): string {
  const name = indicator.indicator;
  const d = indicator.district;
  const figures = d
    ? `target ${amount(d.target, indicator)}, done ${amount(d.actual, indicator)}` +
      (d.rate ? `, completion ${d.rate.text}%` : "")
    : "";
  if (!indicator.asOf)
    return (
      `${name}: no as-of date in the table (such as 截至9月 or 1-9月), so time progress cannot be stated` +
      (d ? `; ${scopeOf(indicator)} ${figures}` : "")
    );
  const date = ownDate ? `${dateText(indicator.asOf)}, ` : "";
  if (!d) return `${date}${name}: the table has no total row, so no ${scopeOf(indicator)} figures`;
  const gap = d.gap ? `, ${comparison(d.gap, ownProgress ? indicator.timeProgress : null)}` : "";
  return `${date}${scope ? `${scopeOf(indicator)} ` : ""}${name}: ${figures}${gap}`;
}

function overview(bulletin: Bulletin): string {
  const opening = bulletin.asOf
    ? dateText(bulletin.asOf) +
      (bulletin.timeProgress ? ` (time progress ${bulletin.timeProgress.text}%)` : "") +
      ", "
    : "";
  let saidScope: string | null = null;
  const clauses = bulletin.indicators.map((indicator) => {
    const scope = scopeOf(indicator);
    const say = indicator.district !== null && scope !== saidScope;
    if (say) saidScope = scope;
    return districtClause(indicator, say, !bulletin.asOf, !bulletin.timeProgress);
  });
  return `${opening}${clauses.join(bulletin.asOf ? "; " : ". ")}.`;
}

function unitsCount(n: number): string {
  return `${n} unit${n === 1 ? " is" : "s are"}`;
}

function rankingParagraph(
  indicator: BulletinIndicator,
  several: boolean,
  redBeyond: number
): string | null {
  const prefix = several ? `${indicator.indicator}: ` : "";
  if (!indicator.asOf) return null;
  if (indicator.units.length === 0)
    return `${prefix}no unit has both a target and an actual, so there is no ranking.`;
  const order =
    indicator.units.length <= 3
      ? `ranked by completion rate: ${ranking(indicator.units)}`
      : `ranked by completion rate, the top three are ${ranking(indicator.top)}`;
  const { behind, red } = indicator;
  const laggards =
    behind.length === 0
      ? "every unit is at or above time progress"
      : `${unitsCount(behind.length)} behind time progress: ${names(behind)}`;
  const gapOf = (u: BulletinUnit) => `${u.unit} (${u.gap.text} points behind)`;
  const reds =
    red.length === 0
      ? ""
      : `, of which ${red.length === 1 ? `${gapOf(red[0])} is` : `${red.slice(0, -1).map(gapOf).join(", ")} and ${gapOf(red[red.length - 1])} are`} more than ${redBeyond} points behind (red)`;
  const sentence = `${order}; ${laggards}${reds}.`;
  return prefix ? `${prefix}${sentence}` : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export const bulletin: BulletinTexts = {
  heading: "Bulletin",
  paragraphs: (b) => {
    if (b.indicators.length === 0)
      return [
        "No table of this check has an actual column paired with its target (headers such as 截至9月完成, 1-9月, 实际完成), so there is no bulletin.",
      ];
    const several = b.indicators.length > 1;
    const paragraphs = [overview(b)];
    for (const indicator of b.indicators) {
      const p = rankingParagraph(indicator, several, b.thresholds.yellowWithin);
      if (p) paragraphs.push(p);
    }
    if (b.earlier.length > 0)
      paragraphs.push(
        `This bulletin is of the latest month; the earlier months on ${[...new Set(b.earlier.map((e) => e.sheet))].join(", ")} are left out.`
      );
    return paragraphs;
  },
  tableCaption: (i) =>
    `${i.indicator} ranked by completion rate` +
    (i.unitOfMeasure ? ` (unit: ${i.unitOfMeasure})` : "") +
    (i.asOf ? `, ${dateText(i.asOf).replace(/^As/, "as")}` : ""),
  columns: () => ({
    rank: "Rank",
    unit: "Unit",
    target: "Target",
    actual: "Done",
    rate: "Completion",
    gap: "Gap to time progress (points)",
    light: "Light",
  }),
  rank: (u) => (u.tied ? `=${u.rank}` : String(u.rank)),
  light: { red: "Red", yellow: "Yellow", green: "—" },
};
