/**
 * Whose target a plan sentence states. A breakdown table's total is the district's (全区), so only district-level
 * targets are compared with it: a park's or an industry's (`到2027年，聚集企业200家，实现产值300亿元以上` under
 * `7. 培育发展智能传感器产业`) is listed apart. Titles and document names (`关于印发《…“双倍增”…》的通知`,
 * `现将《…》印发给你们`) state no target at all.
 */

/** The district as a whole: `全区高新技术企业`, `全社会研发经费投入`. */
const DISTRICT = /全区|全市|全县|全镇|全旗|全域|全街道|全社会/;

/** Words that count the firms of one cluster: such a sentence is about that cluster, whatever it names. */
const CLUSTER = /聚集企业|集聚企业|入驻企业|入园企业/;

/**
 * Words that name a park. A park's name may also be the district's own (万盛经开区): it marks a park only in a clause
 * after the sentence's subject (`…，其中高新区超过500家`), or in a sentence outside the goal section.
 */
const PARK_IN_SENTENCE =
  /聚集企业|集聚企业|入驻企业|入园企业|园区|产业园|工业园|科技园|开发区|高新区|经开区|产业基地|示范基地|示范区|集聚区|产业带|片区|各园区平台/;

/** A heading that names an industry or a park: the paragraph's targets are that industry's or park's. */
const PARK_OR_INDUSTRY_HEADING =
  /产业(?!协同|链)|服务业|制造业|园区|产业园|工业园|科技园|开发区|基地|示范区|集聚区|集群/;

/** A title or a document's name: a notice, a sentence that issues or cites a document. */
const TITLE =
  /关于印发|印发给你们|现印发|现将|的通知|的函$|特制定|制定本(?:工作)?(?:方案|计划)|(?:行动计划|工作方案|实施方案)(?:[（(]|$)/;

export function namesDistrict(sentence: string): boolean {
  return DISTRICT.test(sentence);
}

export function isTitleOrNotice(sentence: string): boolean {
  return TITLE.test(sentence);
}

/** The sentence without the names of documents it cites (`《…》`), which are no targets of this plan. */
export function withoutDocumentNames(sentence: string): string {
  return sentence.replace(/《[^《》]*》/g, "");
}

/**
 * The park or industry a whole sentence belongs to, or null: a sentence that names no district and either stands
 * under a heading naming an industry or park, or counts the firms of a cluster (`聚集企业200家`). With `anyPark`, a
 * park's name anywhere in it is enough (sentences outside the goal section, listed but never taken).
 */
export function sentenceParkOrIndustry(
  sentence: string,
  heading: string | null,
  anyPark = false
): string | null {
  if (namesDistrict(sentence)) return null;
  if (heading && PARK_OR_INDUSTRY_HEADING.test(heading)) return heading;
  return (anyPark ? PARK_IN_SENTENCE : CLUSTER).exec(sentence)?.[0] ?? null;
}

/** The park a clause of a district sentence is about (`其中高新区超过500家`), or null. */
export function clausePark(clause: string): string | null {
  if (namesDistrict(clause)) return null;
  return PARK_IN_SENTENCE.exec(clause)?.[0] ?? null;
}
