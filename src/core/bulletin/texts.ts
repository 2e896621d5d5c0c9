/**
 * The words of the bulletin, declared here so the core can lay the 校验结果 sheet's 通报 block out in any language
 * (each catalog of src/i18n has them), and the ranked table's rows: the same cells on the sheet, in the pane and
 * on the page.
 */
import type { TrafficLight } from "../model";
import type { Bulletin, BulletinIndicator, BulletinUnit } from "./build";

export type RankedColumn = "rank" | "unit" | "target" | "actual" | "rate" | "gap" | "light";

export const RANKED_COLUMNS: readonly RankedColumn[] = [
  "rank",
  "unit",
  "target",
  "actual",
  "rate",
  "gap",
  "light",
];

export interface BulletinTexts {
  /** `通报` */
  heading: string;
  /** The bulletin's paragraphs: the district's figures, then one per indicator (ranking, laggards, red ones). */
  paragraphs(bulletin: Bulletin): string[];
  /** Above an indicator's ranked table: `高新技术企业（单位：家）`. */
  tableCaption(indicator: BulletinIndicator): string;
  /** The ranked table's header; `unit` may use the label column's header (`镇街`). */
  columns(indicator: BulletinIndicator): Record<RankedColumn, string>;
  /** `并列3` for a shared rank. */
  rank(unit: BulletinUnit): string;
  /** `红灯`, `黄灯`, `—`. */
  light: Record<TrafficLight, string>;
}

/** A gap with its sign, as the ranked table shows it: `+5.0`, `-35.0`, `0.0`. */
export function signedGap(unit: Pick<BulletinUnit, "gap">): string {
  if (unit.gap.text === "0.0") return "0.0";
  return `${unit.gap.value < 0 ? "-" : "+"}${unit.gap.text}`;
}

/** An indicator's ranked table as text cells, in RANKED_COLUMNS order. */
export function rankedRows(indicator: BulletinIndicator, texts: BulletinTexts): string[][] {
  return indicator.units.map((u) => [
    texts.rank(u),
    u.unit,
    u.target.text,
    u.actual.text,
    `${u.rate.text}%`,
    signedGap(u),
    texts.light[u.light],
  ]);
}

/** The whole text, paragraphs on their own lines: what 复制 copies and the CLI prints. */
export function bulletinText(bulletin: Bulletin, texts: BulletinTexts): string {
  return texts.paragraphs(bulletin).join("\n");
}
