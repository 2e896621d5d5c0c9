/** 问题说明：每条 finding 的中文句子，以及计划目标的条件、标签和未比较的原因。 */
import type { NamedCell, TargetCondition, TargetLabel, TargetReason } from "../../core/messages";
import type { UncomputedReason } from "../../core/formulas/evaluate";
import type { FindingTexts, TargetTexts } from "../catalog";
import type { ReadingTried } from "../../core/recognize/unverified";
import type { PlanExclusionReason } from "../../core/targets/planDocument";

const list = (cells: NamedCell[]) =>
  cells.map(({ cell, name }) => (name ? `${cell}（${name}）` : cell)).join("、");

function condition(c: TargetCondition): string {
  const value = c.converted
    ? `${c.value}${c.unit ?? ""}（即${c.converted.value}${c.converted.unit}）`
    : `${c.value}${c.unit ?? ""}`;
  const word = c.verb && /[\u4e00-\u9fff]/.test(c.verb) ? c.verb : c.op === ">" ? "超过" : "不低于";
  if (word.includes("…")) return word.replace("…", value);
  return word === "以上" ? `${value}以上` : `${word}${value}`;
}

export const targets: TargetTexts = {
  label: (l: TargetLabel) =>
    l.kind === "double"
      ? `${l.indicator}${l.period ? `到${l.period}年` : ""}${l.base ? `在${l.base}年基础上` : ""}翻番`
      : `${l.indicator}${l.period ? `${l.period}年` : ""}${condition(l.condition)}`,
  reason: (r: TargetReason) => {
    switch (r.kind) {
      case "no-period":
        return "目标未写明年份";
      case "no-column":
        return `本表没有${r.period}年的目标列`;
      case "no-base-column":
        return `本表没有基期${r.base}年的列`;
      case "units":
        return `目标值的单位是${r.targetUnit}，本表的单位${r.tableUnit ? `是${r.tableUnit}` : "未注明"}，无法换算`;
      case "increment":
        return r.targetIsIncrement
          ? `目标是新增数，而本表“${r.column}”是总数（合计${r.total}）`
          : `目标是总量，而本表“${r.column}”是新增数（合计${r.total}），两者不能直接比较`;
      case "no-total":
        return `本表${r.column}的合计不是数字`;
      case "uncomputed-total":
        return `本表${r.column}的合计是没有保存计算结果、也无法计算的公式`;
      case "no-table":
        return `工作簿中没有标题或表头含“${r.indicator}”的分解表`;
    }
  },
  excluded: (r: PlanExclusionReason) =>
    r.kind === "park"
      ? `属于园区或产业（${r.scope}）的目标，不是全区总数，不与分解表的合计比较`
      : "是比率、占比、增速或人均量，不能与分解表的合计比较",
};

function uncomputedReason(reason: UncomputedReason): string {
  switch (reason.kind) {
    case "function":
      return `本工具不计算函数 ${reason.name}`;
    case "cycle":
      return "循环引用";
    case "sheet":
      return `引用的工作表“${reason.name}”不在本工作簿中`;
    case "depends":
      return `引用的 ${reason.cell} 也无法计算`;
    case "range":
      return "把区域当作单个数值使用";
    default:
      return "公式含本工具不计算的运算";
  }
}
/** The readings tried before a block was left unverified. */
const TRIED: Record<ReadingTried, string> = {
  above: "上方各行",
  below: "下方各行",
  "subtotals-before": "小计在其单位之后",
  "subtotals-after": "小计在其单位之前",
};

export const findings: FindingTexts = {
  tableUnverified: ({ label, cells, reason }) => {
    const name = label.replace(/\s+/g, "");
    const tried = (list: ReadingTried[]) => list.map((t) => TRIED[t]).join("、") || "无";
    switch (reason.kind) {
      case "no-units":
        return `“${name}”（${cells}）的上方和下方都没有找到各单位的行，无法确定它合计哪些行，本表未校验`;
      case "no-header":
        return `“${name}”（${cells}）上方没有表头，按${tried(reason.tried)}求和（${reason.units}个单位）都与合计对不上，无法确定合计范围，本表未校验`;
      case "unlabelled-units":
        return `“${name}”（${cells}）的单位行缺少名称，按${tried(reason.tried)}求和（${reason.units}个单位）都与合计对不上，无法确定合计范围，本表未校验`;
      case "double-counted":
        return `“${name}”（${cells}）约为其上${reason.units}行之和的一半：表中可能有未标“小计”的分类行，无法确定合计范围，本表未校验`;
      case "far-off":
        return `“${name}”（${cells}）在每一列都与其上${reason.units}个单位之和相差一半以上，可能是另一张表的合计，本表未校验`;
      case "total-column":
        return `“${name}”列（${cells}）与相邻各列之和都对不上（试了${reason.tried}种列组合），无法确定它合计哪些列，该列未校验`;
    }
  },
  sumMismatch: (p) =>
    `${p.column}${p.totalLabel}${p.actual}，但各单位之和为${p.expected}，相差${p.difference}`,
  sumMismatchAcross: (p) =>
    `${p.rowLabel}${p.totalHeader}${p.actual}，但${p.firstMember}至${p.lastMember}之和为${p.expected}，相差${p.difference}`,
  typedTotal: (p) =>
    `${p.column}${p.totalLabel}${p.value}是手工录入的数值，而本行其他合计都是公式：单位数据改动后它不会随之更新`,
  formulaOmits: (p) => {
    const parts = [
      p.leavesOut.length ? `漏算了${list(p.leavesOut)}` : "",
      p.doubleCounts.length ? `把${list(p.doubleCounts)}与其所含单位重复计入` : "",
      p.countsTwice.length ? `重复计入了${list(p.countsTwice)}` : "",
      p.addsOthers.length ? `多计入了${list(p.addsOthers)}` : "",
    ].filter(Boolean);
    const sums =
      p.expected === null || p.actual === null
        ? "有数值无法计算，未比较合计"
        : `各单位之和为${p.expected}，公式结果为${p.actual}`;
    return `${p.column}${p.totalLabel}的公式${p.formula}${parts.join("，")}（${sums}）`;
  },
  formulaUncomputed: (p) =>
    `公式${p.formula}没有保存计算结果，且无法计算（${uncomputedReason(p.reason)}）：按未知值处理，用到它的合计未作核对。` +
    "请在 Excel 中打开并保存后再校验",
  formulaUncomputedElsewhere: (p) =>
    `本工作表的分解表以外还有${p.count}个公式没有保存计算结果且无法计算，如此处的${p.formula}（${uncomputedReason(p.reason)}）：` +
    "按未知值处理。请在 Excel 中打开并保存后再校验",
  numberAsText: (p) =>
    `${p.unit}${p.column}的“${p.text}”是文本形式的数字，Excel 的 SUM 会跳过它` +
    (p.formulaTotal
      ? `，公式合计${p.formulaTotal}因此漏算了${p.value}`
      : `，用公式求和时会漏算${p.value}`) +
    "；请改为数值",
  notANumber: (p) =>
    `${p.unit}${p.column}填的是“${p.text}”，既不是数字，也不是“/”等不适用标记，无法参与合计`,
  errorValue: (p) => `${p.unit}${p.column}是错误值${p.error}，无法参与合计`,
  targetNotMet: (p) =>
    `${p.column}${p.totalLabel}${p.actual}，未达到计划目标“${condition(p.condition)}”` +
    (p.source ? `（依据：${p.source}）` : ""),
  targetUnchecked: (p) =>
    `计划目标“${targets.label(p.label)}”未作比较：${targets.reason(p.reason)}`,
  notDoubled: (p) =>
    `${p.unit}${p.finalColumn}${p.final}，低于${p.baseColumn ?? `${p.baseYear}年`}${p.base}的两倍${p.twice}（差${p.shortBy}），未实现翻番`,
  targetDecrease: (p) =>
    `${p.unit}${p.laterColumn}${p.later}，低于${p.earlierColumn}的${p.earlier}（减少${p.decrease}）`,
  columnMismatch: (p) =>
    `${p.unit}${p.name}在${p.secondColumn}列为${p.second}，与${p.firstColumn}列的${p.first}不一致（相差${p.difference}）`,
  duplicateUnit: (p) => `“${p.name}”在本表中重复出现（第一次在${p.firstCell}）`,
  serialRepeat: (p) => `序号${p.serial}与上一行重复，应为${p.expected}`,
  serialSkip: (p) => `序号从${p.previous}跳到${p.serial}，缺少${p.missing}`,
  serialOutOfOrder: (p) => `序号${p.serial}不连续（上一行为${p.previous}），应为${p.expected}`,
  behindSchedule: (p) =>
    `${p.unit}完成率${p.rate}%，低于时序进度${p.timeProgress}%（落后${p.gap}个百分点）`,
  rateMismatch: (p) => {
    const c = p.computed;
    const head = `${p.unit}${p.column}为${p.found}`;
    if (c.kind === "completion")
      return (
        `${head}%，按完成数${c.actual}÷目标${c.target}应为${p.expected}%（相差${p.difference}个百分点）` +
        (c.wrongTotal
          ? `；${p.unit}的完成率应为${p.unit}完成数÷${p.unit}目标，而不是各单位完成率之${c.wrongTotal === "sum" ? "和" : "平均数"}`
          : "")
      );
    if (c.kind === "time-progress")
      return `${head}%，${c.asOf}的时序进度${c.quarterly ? "（按季度计划）" : ""}应为${p.expected}%（相差${p.difference}个百分点）`;
    return `${head}个百分点，完成率${c.rate}%减时序进度${c.timeProgress}%应为${p.expected}个百分点（相差${p.difference}）`;
  },
  rankMismatch: (p) =>
    `${p.unit}${p.column}为${p.found}，按${p.basis}（${p.value}）从高到低应为${p.expected}` +
    (p.ties === "competition"
      ? "（并列者名次相同，其后名次顺延，如1、2、2、4）"
      : p.ties === "dense"
        ? "（并列者名次相同，其后名次连续，如1、2、2、3）"
        : ""),
  progressDecrease: (p) =>
    `${p.unit}${p.column}为${p.later}，低于${p.file ? `上月文件“${p.file}”中` : ""}“${p.sheet}”表${p.cell}的${p.earlier}（减少${p.decrease}）：累计数不应比上月少`,
  noAsOfDate: () =>
    "本表有完成数列，但标题和表头中没有截至日期（如“截至6月”“1-6月”），未计算时序进度；命令行可用 --as-of YYYY-MM-DD 指定",
  targetSheetCondition: (p) =>
    `条件“${p.text}”无法识别（可用：超过、突破、高于、多于、达到、不低于、不少于、以上、翻番、倍增，或 >、>=）`,
  targetSheetValue: (p) => `目标值“${p.text}”不是数字`,
  targetSheetPeriod: (p) => `期间“${p.text}”不是年份（如 2025）`,
  targetSheetBase: () => "翻番目标缺少基期（在“基期”列写年份，如 2022）",
};
