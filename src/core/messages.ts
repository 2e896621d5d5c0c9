/** Every user-facing string of the product, zh-CN first, en-US as well. */
import type { Locale, Severity, TargetOp } from "./model";

/** English counts: `1 table`, `3 tables`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

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
    `${count(tables, "table")} checked: ${count(errors, "error")}, ${count(warnings, "warning")}, ${count(infos, "note")}`,
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
    `${count(tables, "table")} checked: ${count(errors, "error")}, ${count(warnings, "warning")}`,
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

/**
 * What the add-in tells the user after a run: the summary on top of the 校验结果 sheet, the ribbon's result dialog,
 * the palette legend, and the texts of the 进度图表 sheet and its charts.
 */
export interface OutcomeTexts {
  resultsTitle: string;
  tablesChecked: string;
  /** `5 张` */
  tablesValue(count: number): string;
  /** `5 处` */
  findingsValue(count: number): string;
  redUnits: string;
  yellowUnits: string;
  /** `2 个（完成率落后时序进度超过30个百分点）` */
  unitsValue(count: number, meaning: string): string;
  redMeaning(yellowWithin: number): string;
  yellowMeaning(greenWithin: number, yellowWithin: number): string;
  severityMeaning: Record<Severity, string>;
  asOfLabel: string;
  asOfValue(text: string, source: "option" | "header" | "today"): string;
  timeProgressLabel: string;
  /** `50.0%（通报、附件2）` when the tables differ. */
  withSheets(value: string, sheets: string[]): string;
  listSeparator: string;
  noProgress: string;
  noAsOf: string;
  checkDone: string;
  checkFailed: string;
  /** `共检查 5 张表：错误 5 处，警告 1 处；已写入“校验结果”表` */
  writtenToResults(summary: string): string;
  nothingFound(tables: number): string;
  noTables: string;
  behindUnits(red: number, yellow: number): string;
  noAnnotations: string;
  unmarked(count: number): string;
  unlinked(linked: number, total: number): string;
  failureCode(code: string): string;
  chartsSheetLabel: string;
  chartsSheetHint: string;
  chartsInserted(count: number): string;
  chartsNone: string;
  comboFallback: string;
  chartsCapped(shown: number, total: number): string;
  unitChartTitle(name: string, asOf: string | null, timeProgress: string | null): string;
  rateChartTitle(name: string): string;
  indicatorChartTitle(indicator: string): string;
  seriesTarget: string;
  seriesActual: string;
  seriesRate: string;
  seriesTimeProgress: string;
  seriesTotals: string;
  seriesPlanTargets: string;
  axisUnits: string;
  axisAmount(unit: string | null): string;
  axisRate: string;
  axisYear: string;
  /** The data block's caption: `通报!A2:D7 科技型企业 2024年`. */
  blockCaption(sheet: string, table: string, name: string): string;
  yearValue(year: string): string;
}

const zhCNOutcome: OutcomeTexts = {
  resultsTitle: "分解表校验结果",
  tablesChecked: "检查的表",
  tablesValue: (count) => `${count} 张`,
  findingsValue: (count) => `${count} 处`,
  redUnits: "红灯单位",
  yellowUnits: "黄灯单位",
  unitsValue: (count, meaning) => `${count} 个（${meaning}）`,
  redMeaning: (yellowWithin) => `完成率落后时序进度超过${yellowWithin}个百分点，按错误的颜色标出`,
  yellowMeaning: (greenWithin, yellowWithin) =>
    greenWithin > 0
      ? `落后时序进度${greenWithin}至${yellowWithin}个百分点，按警告的颜色标出`
      : `落后时序进度不超过${yellowWithin}个百分点，按警告的颜色标出`,
  severityMeaning: {
    error: "合计与各单位之和不符、公式漏算、未达到计划目标等",
    warning: "文本形式的数字、单位或序号重复、目标下降、未翻番、落后时序进度等",
    info: "未能比较的目标、缺少截至日期等说明",
  },
  asOfLabel: "截至日期",
  asOfValue: (text, source) =>
    `${text}（${source === "option" ? "指定" : source === "header" ? "据表头" : "今天"}）`,
  timeProgressLabel: "时序进度",
  withSheets: (value, sheets) => `${value}（${sheets.join("、")}）`,
  listSeparator: "；",
  noProgress: "—（没有完成数列）",
  noAsOf: "—（未找到截至日期）",
  checkDone: "校验完成",
  checkFailed: "校验未完成",
  writtenToResults: (summary) => `${summary}；已写入“校验结果”表`,
  nothingFound: (tables) => `共检查 ${tables} 张表，未发现问题；已写入“校验结果”表`,
  noTables: "没有识别到分解表：请确认表中有各单位的行和“合计”行",
  behindUnits: (red, yellow) => `落后时序进度的单位：红灯 ${red} 个，黄灯 ${yellow} 个`,
  noAnnotations: "此版本的 Excel 不能添加批注，问题说明见“校验结果”表",
  unmarked: (count) => `另有 ${count} 个单元格因数量过多未着色，全部问题见“校验结果”表`,
  unlinked: (linked, total) => `“校验结果”表中前 ${linked} 处问题可点击跳转（共 ${total} 处）`,
  failureCode: (code) => `错误代码：${code}`,
  chartsSheetLabel: "图表数据（由分解表校验生成）",
  chartsSheetHint: "每次“插入图表”时重写，“清除标记”时清空；请勿在此表中录入数据",
  chartsInserted: (count) => `已在“进度图表”表插入 ${count} 张图表`,
  chartsNone: "没有可绘制的数据：需要有完成数列（如“截至6月完成”）的进度表，或有计划目标的分解表",
  comboFallback: "此版本的 Excel 不支持次坐标轴（需要 ExcelApi 1.8），完成率与时序进度另绘为折线图",
  chartsCapped: (shown, total) => `数据较多，只绘制了前 ${shown} 张图表（共 ${total} 张）`,
  unitChartTitle: (name, asOf, timeProgress) =>
    `${name}：各单位目标与完成` +
    (asOf && timeProgress ? `（${asOf}，时序进度${timeProgress}）` : ""),
  rateChartTitle: (name) => `${name}：各单位完成率与时序进度`,
  indicatorChartTitle: (indicator) => `${indicator}：各年度合计与计划目标`,
  seriesTarget: "目标",
  seriesActual: "完成",
  seriesRate: "完成率",
  seriesTimeProgress: "时序进度",
  seriesTotals: "各年度合计",
  seriesPlanTargets: "计划目标",
  axisUnits: "单位",
  axisAmount: (unit) => (unit ? `数量（${unit}）` : "数量"),
  axisRate: "完成率",
  axisYear: "年度",
  blockCaption: (sheet, table, name) => `${sheet}!${table} ${name}`,
  yearValue: (year) => `${year}年`,
};

const enUSOutcome: OutcomeTexts = {
  resultsTitle: "Breakdown check results",
  tablesChecked: "Tables checked",
  tablesValue: (count) => String(count),
  findingsValue: (count) => String(count),
  redUnits: "Units on red",
  yellowUnits: "Units on yellow",
  unitsValue: (count, meaning) => `${count} (${meaning})`,
  redMeaning: (yellowWithin) =>
    `more than ${yellowWithin} points behind time progress; coloured like errors`,
  yellowMeaning: (greenWithin, yellowWithin) =>
    greenWithin > 0
      ? `${greenWithin} to ${yellowWithin} points behind time progress; coloured like warnings`
      : `up to ${yellowWithin} points behind time progress; coloured like warnings`,
  severityMeaning: {
    error: "totals that differ from their units, formulas leaving cells out, plan targets not met",
    warning:
      "numbers stored as text, repeated units or serials, falling targets, not doubled, behind schedule",
    info: "targets that could not be compared, missing as-of dates",
  },
  asOfLabel: "As of",
  asOfValue: (text, source) =>
    `${text} (${source === "option" ? "given" : source === "header" ? "from the headers" : "today"})`,
  timeProgressLabel: "Time progress",
  withSheets: (value, sheets) => `${value} (${sheets.join(", ")})`,
  listSeparator: "; ",
  noProgress: "— (no actual columns)",
  noAsOf: "— (no as-of date found)",
  checkDone: "Check complete",
  checkFailed: "The check did not finish",
  writtenToResults: (summary) => `${summary}; listed on the 校验结果 sheet`,
  nothingFound: (tables) =>
    `${tables} ${tables === 1 ? "table" : "tables"} checked: no problems found; listed on the 校验结果 sheet`,
  noTables: "No breakdown table was recognized: a table needs rows of units and a total row",
  behindUnits: (red, yellow) => `Units behind time progress: ${red} on red, ${yellow} on yellow`,
  noAnnotations: "This Excel cannot add notes; the 校验结果 sheet explains every finding",
  unmarked: (count) =>
    `${count} more cells were left uncoloured (too many); the 校验结果 sheet lists every finding`,
  unlinked: (linked, total) =>
    `The first ${linked} of ${total} findings on the 校验结果 sheet link to their cells`,
  failureCode: (code) => `Error code: ${code}`,
  chartsSheetLabel: "Chart data (generated by Breakdown Check)",
  chartsSheetHint:
    "Rewritten by each Insert charts and emptied by Clear marks; do not enter data on this sheet",
  chartsInserted: (count) => `${count} charts inserted on the 进度图表 sheet`,
  chartsNone:
    "Nothing to chart: charts need a progress table with actual columns (such as 截至6月完成) or a breakdown table with plan targets",
  comboFallback:
    "This Excel has no secondary axis (ExcelApi 1.8 is needed): completion and time progress are drawn as a separate line chart",
  chartsCapped: (shown, total) => `Only the first ${shown} of ${total} charts were drawn`,
  unitChartTitle: (name, asOf, timeProgress) =>
    `${name}: target and actual by unit` +
    (asOf && timeProgress ? ` (${asOf}, time progress ${timeProgress})` : ""),
  rateChartTitle: (name) => `${name}: completion and time progress by unit`,
  indicatorChartTitle: (indicator) => `${indicator}: yearly totals and plan targets`,
  seriesTarget: "Target",
  seriesActual: "Actual",
  seriesRate: "Completion",
  seriesTimeProgress: "Time progress",
  seriesTotals: "Yearly total",
  seriesPlanTargets: "Plan target",
  axisUnits: "Unit",
  axisAmount: (unit) => (unit ? `Amount (${unit})` : "Amount"),
  axisRate: "Completion",
  axisYear: "Year",
  blockCaption: (sheet, table, name) => `${sheet}!${table} ${name}`,
  yearValue: (year) => year,
};

export function outcomeText(locale: Locale = "zh-CN"): OutcomeTexts {
  return locale === "en-US" ? enUSOutcome : zhCNOutcome;
}
