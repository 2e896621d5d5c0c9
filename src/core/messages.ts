/** Every user-facing string of the product, zh-CN first, en-US as well. */
import type { Locale, Severity, TargetOp } from "./model";

export interface Texts extends RuleTexts {
  severity: Record<Severity, string>;
  colSheet: string;
  colCell: string;
  colRule: string;
  colSeverity: string;
  colExpected: string;
  colActual: string;
  colDifference: string;
  colMessage: string;
  /** `2027年合计600000，但各单位之和为600001，相差-1` */
  sumMismatch(
    column: string,
    totalLabel: string,
    actual: string,
    expected: string,
    difference: string
  ): string;
  /** `高新区管委会合计26，但一季度至四季度之和为27，相差-1` */
  sumMismatchAcross(
    rowLabel: string,
    totalHeader: string,
    actual: string,
    expected: string,
    firstMember: string,
    lastMember: string,
    difference: string
  ): string;
  fileUnreadable(reason: string): string;
  notXlsx: string;
  encrypted: string;
  corrupt: string;
  fileMissing: string;
  summary(tables: number, errors: number, warnings: number): string;
  noFindings: string;
}

/** The messages of the rules beyond sum-mismatch, of the targets and of the command line's options. */
export interface RuleTexts {
  /** `G31（大数据产业园）` */
  cellWithName(cell: string, name: string): string;
  formulaLeavesOut(cells: string[]): string;
  formulaDoubleCounts(cells: string[]): string;
  formulaCountsTwice(cells: string[]): string;
  formulaAddsOthers(cells: string[]): string;
  /** `2027年合计的公式=SUM(G5:G30)漏算了G31（大数据产业园）（各单位之和为600001，公式结果为…）` */
  formulaOmits(
    column: string,
    totalLabel: string,
    formula: string,
    parts: string[],
    expected: string,
    actual: string
  ): string;
  typedTotal(column: string, totalLabel: string, value: string): string;
  numberAsText(
    unit: string,
    column: string,
    text: string,
    value: string,
    formulaTotal: string | null
  ): string;
  notANumber(unit: string, column: string, text: string): string;
  errorValue(unit: string, column: string, error: string): string;
  /** `超过420`, `达到120家以上`, `more than 420` */
  targetCondition(op: TargetOp, verb: string | undefined, value: string): string;
  /** `60亿元（即600000万元）` */
  convertedValue(value: string, unit: string, converted: string, tableUnit: string): string;
  /** `高新技术企业2025年超过420` */
  targetLabel(indicator: string, period: string | undefined, condition: string): string;
  doublingLabel(indicator: string, base: string | undefined, period: string | undefined): string;
  targetNotMet(
    column: string,
    totalLabel: string,
    actual: string,
    condition: string,
    source: string | undefined
  ): string;
  targetUnchecked(label: string, reason: string): string;
  reasonNoPeriod: string;
  reasonNoColumn(period: string): string;
  reasonNoBaseColumn(base: string): string;
  reasonUnits(targetUnit: string, tableUnit: string | null): string;
  reasonIncrement(column: string, total: string, targetIsIncrement: boolean): string;
  reasonNoTotal(column: string): string;
  reasonNoTable(indicator: string): string;
  notDoubled(
    unit: string,
    finalColumn: string,
    final: string,
    baseColumn: string,
    base: string,
    twice: string,
    shortBy: string
  ): string;
  targetDecrease(
    unit: string,
    laterColumn: string,
    later: string,
    earlierColumn: string,
    earlier: string,
    decrease: string
  ): string;
  columnMismatch(
    unit: string,
    name: string,
    firstColumn: string,
    first: string,
    secondColumn: string,
    second: string,
    difference: string
  ): string;
  duplicateUnit(name: string, firstCell: string): string;
  serialRepeat(serial: string, expected: string): string;
  serialSkip(previous: string, serial: string, missing: string): string;
  serialOutOfOrder(previous: string, serial: string, expected: string): string;
  /** `中山路街道完成率40.0%，低于时序进度50.0%（落后10.0个百分点）` */
  behindSchedule(unit: string, rate: string, timeProgress: string, gap: string): string;
  noAsOfDate: string;
  targetSheetCondition(text: string): string;
  targetSheetValue(text: string): string;
  targetSheetPeriod(text: string): string;
  targetSheetBase: string;
  targetsFileError(file: string, reason: string): string;
  asOfInvalid(text: string): string;
  /** Heading of findings that belong to no table (the 目标 sheet). */
  otherFindings: string;
  summaryWithInfo(tables: number, errors: number, warnings: number, infos: number): string;
}

const zhList = (cells: string[]) => cells.join("、");
const enList = (cells: string[]) => cells.join(", ");

const zhCNRules: RuleTexts = {
  cellWithName: (cell, name) => (name ? `${cell}（${name}）` : cell),
  formulaLeavesOut: (cells) => `漏算了${zhList(cells)}`,
  formulaDoubleCounts: (cells) => `把${zhList(cells)}与其所含单位重复计入`,
  formulaCountsTwice: (cells) => `重复计入了${zhList(cells)}`,
  formulaAddsOthers: (cells) => `多计入了${zhList(cells)}`,
  formulaOmits: (column, totalLabel, formula, parts, expected, actual) =>
    `${column}${totalLabel}的公式${formula}${parts.join("，")}（各单位之和为${expected}，公式结果为${actual}）`,
  typedTotal: (column, totalLabel, value) =>
    `${column}${totalLabel}${value}是手工录入的数值，而本行其他合计都是公式：单位数据改动后它不会随之更新`,
  numberAsText: (unit, column, text, value, formulaTotal) =>
    `${unit}${column}的“${text}”是文本形式的数字，Excel 的 SUM 会跳过它` +
    (formulaTotal
      ? `，公式合计${formulaTotal}因此漏算了${value}`
      : `，用公式求和时会漏算${value}`) +
    "；请改为数值",
  notANumber: (unit, column, text) =>
    `${unit}${column}填的是“${text}”，既不是数字，也不是“/”等不适用标记，无法参与合计`,
  errorValue: (unit, column, error) => `${unit}${column}是错误值${error}，无法参与合计`,
  targetCondition: (op, verb, value) => {
    const word = verb && /[\u4e00-\u9fff]/.test(verb) ? verb : op === ">" ? "超过" : "不低于";
    if (word.includes("…")) return word.replace("…", value);
    return word === "以上" ? `${value}以上` : `${word}${value}`;
  },
  convertedValue: (value, unit, converted, tableUnit) =>
    `${value}${unit}（即${converted}${tableUnit}）`,
  targetLabel: (indicator, period, condition) =>
    `${indicator}${period ? `${period}年` : ""}${condition}`,
  doublingLabel: (indicator, base, period) =>
    `${indicator}${period ? `到${period}年` : ""}${base ? `在${base}年基础上` : ""}翻番`,
  targetNotMet: (column, totalLabel, actual, condition, source) =>
    `${column}${totalLabel}${actual}，未达到计划目标“${condition}”` +
    (source ? `（依据：${source}）` : ""),
  targetUnchecked: (label, reason) => `计划目标“${label}”未作比较：${reason}`,
  reasonNoPeriod: "目标未写明年份",
  reasonNoColumn: (period) => `本表没有${period}年的目标列`,
  reasonNoBaseColumn: (base) => `本表没有基期${base}年的列`,
  reasonUnits: (targetUnit, tableUnit) =>
    `目标值的单位是${targetUnit}，本表的单位${tableUnit ? `是${tableUnit}` : "未注明"}，无法换算`,
  reasonIncrement: (column, total, targetIsIncrement) =>
    targetIsIncrement
      ? `目标是新增数，而本表“${column}”是总数（合计${total}）`
      : `目标是总量，而本表“${column}”是新增数（合计${total}），两者不能直接比较`,
  reasonNoTotal: (column) => `本表${column}的合计不是数字`,
  reasonNoTable: (indicator) => `工作簿中没有标题或表头含“${indicator}”的分解表`,
  notDoubled: (unit, finalColumn, final, baseColumn, base, twice, shortBy) =>
    `${unit}${finalColumn}${final}，低于${baseColumn}${base}的两倍${twice}（差${shortBy}），未实现翻番`,
  targetDecrease: (unit, laterColumn, later, earlierColumn, earlier, decrease) =>
    `${unit}${laterColumn}${later}，低于${earlierColumn}的${earlier}（减少${decrease}）`,
  columnMismatch: (unit, name, firstColumn, first, secondColumn, second, difference) =>
    `${unit}${name}在${secondColumn}列为${second}，与${firstColumn}列的${first}不一致（相差${difference}）`,
  duplicateUnit: (name, firstCell) => `“${name}”在本表中重复出现（第一次在${firstCell}）`,
  serialRepeat: (serial, expected) => `序号${serial}与上一行重复，应为${expected}`,
  serialSkip: (previous, serial, missing) => `序号从${previous}跳到${serial}，缺少${missing}`,
  serialOutOfOrder: (previous, serial, expected) =>
    `序号${serial}不连续（上一行为${previous}），应为${expected}`,
  behindSchedule: (unit, rate, timeProgress, gap) =>
    `${unit}完成率${rate}%，低于时序进度${timeProgress}%（落后${gap}个百分点）`,
  noAsOfDate:
    "本表有完成数列，但标题和表头中没有截至日期（如“截至6月”“1-6月”），未计算时序进度；命令行可用 --as-of YYYY-MM-DD 指定",
  targetSheetCondition: (text) =>
    `条件“${text}”无法识别（可用：超过、突破、高于、多于、达到、不低于、不少于、以上、翻番、倍增，或 >、>=）`,
  targetSheetValue: (text) => `目标值“${text}”不是数字`,
  targetSheetPeriod: (text) => `期间“${text}”不是年份（如 2025）`,
  targetSheetBase: "翻番目标缺少基期（在“基期”列写年份，如 2022）",
  targetsFileError: (file, reason) => `目标文件 ${file}：${reason}`,
  asOfInvalid: (text) => `--as-of 应为 YYYY-MM-DD 格式的日期（收到 ${text}）`,
  otherFindings: "其他",
  summaryWithInfo: (tables, errors, warnings, infos) =>
    `共检查 ${tables} 张表：错误 ${errors} 处，警告 ${warnings} 处，提示 ${infos} 处`,
};

const enUSRules: RuleTexts = {
  cellWithName: (cell, name) => (name ? `${cell} (${name})` : cell),
  formulaLeavesOut: (cells) => `leaves out ${enList(cells)}`,
  formulaDoubleCounts: (cells) => `counts ${enList(cells)} together with its own units`,
  formulaCountsTwice: (cells) => `counts ${enList(cells)} twice`,
  formulaAddsOthers: (cells) => `also adds ${enList(cells)}`,
  formulaOmits: (column, totalLabel, formula, parts, expected, actual) =>
    `${column} ${totalLabel}: the formula ${formula} ${parts.join("; ")} (the units add up to ${expected}, the formula gives ${actual})`,
  typedTotal: (column, totalLabel, value) =>
    `${column} ${totalLabel} (${value}) is typed in while the other totals of the row are formulas; it will not follow changes to the units`,
  numberAsText: (unit, column, text, value, formulaTotal) =>
    `${unit} ${column}: "${text}" is a number stored as text; Excel's SUM skips it, so ` +
    (formulaTotal
      ? `the formula total ${formulaTotal} leaves out ${value}`
      : `a SUM total would leave out ${value}`),
  notANumber: (unit, column, text) =>
    `${unit} ${column}: "${text}" is neither a number nor a not-applicable mark such as "/"; it cannot be added up`,
  errorValue: (unit, column, error) =>
    `${unit} ${column} holds the error value ${error}; it cannot be added up`,
  targetCondition: (op, _verb, value) => (op === ">" ? `more than ${value}` : `at least ${value}`),
  convertedValue: (value, unit, converted, tableUnit) =>
    `${value} ${unit} (= ${converted} ${tableUnit})`,
  targetLabel: (indicator, period, condition) =>
    `${indicator}${period ? ` ${period}` : ""}: ${condition}`,
  doublingLabel: (indicator, base, period) =>
    `${indicator}: double${base ? ` the ${base} value` : ""}${period ? ` by ${period}` : ""}`,
  targetNotMet: (column, totalLabel, actual, condition, source) =>
    `${column} ${totalLabel} is ${actual}, short of the plan target "${condition}"` +
    (source ? ` (source: ${source})` : ""),
  targetUnchecked: (label, reason) => `plan target "${label}" not checked: ${reason}`,
  reasonNoPeriod: "the target names no year",
  reasonNoColumn: (period) => `the table has no target column for ${period}`,
  reasonNoBaseColumn: (base) => `the table has no column for the base year ${base}`,
  reasonUnits: (targetUnit, tableUnit) =>
    `the target is in ${targetUnit} and the table ${tableUnit ? `in ${tableUnit}` : "states no unit"}; they cannot be converted`,
  reasonIncrement: (column, total, targetIsIncrement) =>
    targetIsIncrement
      ? `the target counts additions while "${column}" holds totals (total ${total})`
      : `the target is a total count while "${column}" holds additions (total ${total}); they cannot be compared`,
  reasonNoTotal: (column) => `the total of ${column} is not a number`,
  reasonNoTable: (indicator) => `no breakdown table's title or header names "${indicator}"`,
  notDoubled: (unit, finalColumn, final, baseColumn, base, twice, shortBy) =>
    `${unit} ${finalColumn} is ${final}, below twice its ${baseColumn} value ${base} (${twice}; short by ${shortBy}): not doubled`,
  targetDecrease: (unit, laterColumn, later, earlierColumn, earlier, decrease) =>
    `${unit} ${laterColumn} is ${later}, lower than ${earlierColumn} (${earlier}; down ${decrease})`,
  columnMismatch: (unit, name, firstColumn, first, secondColumn, second, difference) =>
    `${unit} ${name}: column ${secondColumn} says ${second} but column ${firstColumn} says ${first} (difference ${difference})`,
  duplicateUnit: (name, firstCell) =>
    `"${name}" appears twice in this table (first at ${firstCell})`,
  serialRepeat: (serial, expected) =>
    `serial number ${serial} repeats the row above; expected ${expected}`,
  serialSkip: (previous, serial, missing) =>
    `serial numbers jump from ${previous} to ${serial}; ${missing} is missing`,
  serialOutOfOrder: (previous, serial, expected) =>
    `serial number ${serial} is out of sequence (the row above has ${previous}); expected ${expected}`,
  behindSchedule: (unit, rate, timeProgress, gap) =>
    `${unit}: completion ${rate}% is below time progress ${timeProgress}% (${gap} points behind)`,
  noAsOfDate:
    "the table has actual columns but no as-of date in its title or headers (such as 截至6月 or 1-6月); time progress was not computed — give one with --as-of YYYY-MM-DD",
  targetSheetCondition: (text) =>
    `unknown condition "${text}" (use 超过, 突破, 达到, 不低于, 以上, 翻番, >, >= or double)`,
  targetSheetValue: (text) => `the target value "${text}" is not a number`,
  targetSheetPeriod: (text) => `the period "${text}" is not a year such as 2025`,
  targetSheetBase: "a doubling target needs a base year (in the 基期 column, e.g. 2022)",
  targetsFileError: (file, reason) => `targets file ${file}: ${reason}`,
  asOfInvalid: (text) => `--as-of needs a date as YYYY-MM-DD (got ${text})`,
  otherFindings: "Other",
  summaryWithInfo: (tables, errors, warnings, infos) =>
    `${tables} tables checked: ${errors} errors, ${warnings} warnings, ${infos} notes`,
};

const zhCN: Texts = {
  ...zhCNRules,
  severity: { error: "错误", warning: "警告", info: "提示" },
  colSheet: "工作表",
  colCell: "单元格",
  colRule: "规则",
  colSeverity: "级别",
  colExpected: "应为",
  colActual: "实为",
  colDifference: "相差",
  colMessage: "说明",
  sumMismatch: (column, totalLabel, actual, expected, difference) =>
    `${column}${totalLabel}${actual}，但各单位之和为${expected}，相差${difference}`,
  sumMismatchAcross: (rowLabel, totalHeader, actual, expected, first, last, difference) =>
    `${rowLabel}${totalHeader}${actual}，但${first}至${last}之和为${expected}，相差${difference}`,
  fileUnreadable: (reason) => `无法读取：${reason}`,
  notXlsx: "不是 .xlsx 工作簿（可能是改了扩展名的文本或 .xls 文件，请在 Excel 中另存为 .xlsx）",
  encrypted: "工作簿设有打开密码，请在 Excel 中取消密码后另存再校验",
  corrupt: "文件已损坏或不完整，Excel 格式无法解析",
  fileMissing: "文件不存在",
  summary: (tables, errors, warnings) =>
    `共检查 ${tables} 张表：错误 ${errors} 处，警告 ${warnings} 处`,
  noFindings: "未发现问题",
};

const enUS: Texts = {
  ...enUSRules,
  severity: { error: "Error", warning: "Warning", info: "Info" },
  colSheet: "Sheet",
  colCell: "Cell",
  colRule: "Rule",
  colSeverity: "Severity",
  colExpected: "Expected",
  colActual: "Actual",
  colDifference: "Difference",
  colMessage: "Message",
  sumMismatch: (column, totalLabel, actual, expected, difference) =>
    `${column} ${totalLabel} is ${actual} but its units add up to ${expected} (difference ${difference})`,
  sumMismatchAcross: (rowLabel, totalHeader, actual, expected, first, last, difference) =>
    `${rowLabel} ${totalHeader} is ${actual} but ${first} to ${last} add up to ${expected} (difference ${difference})`,
  fileUnreadable: (reason) => `cannot be read: ${reason}`,
  notXlsx: "not an .xlsx workbook (perhaps a renamed text or .xls file; save it as .xlsx in Excel)",
  encrypted: "the workbook is password-protected; remove the password in Excel and save it again",
  corrupt: "the file is damaged or incomplete and cannot be read as a workbook",
  fileMissing: "file not found",
  summary: (tables, errors, warnings) =>
    `${tables} tables checked: ${errors} errors, ${warnings} warnings`,
  noFindings: "No problems found",
};

export function text(locale: Locale = "zh-CN"): Texts {
  return locale === "en-US" ? enUS : zhCN;
}

/** Office reports display languages such as `en-US`, `en-GB`, `zh-CN`; anything English gets en-US. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

/** Numbers as officers write them in messages: no thousands separators, at most the shown decimals. */
export function formatNumber(value: number, decimals = 6): string {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** A difference keeps its sign: `-1`, `+3`. */
export function formatDifference(value: number, decimals = 6): string {
  const s = formatNumber(value, decimals);
  return value > 0 && s !== "0" ? `+${s}` : s;
}
