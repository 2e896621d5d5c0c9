/** Every user-facing string of the product, zh-CN first, en-US as well. */
import type { Locale, Severity } from "./model";

export interface Texts {
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

const zhCN: Texts = {
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
