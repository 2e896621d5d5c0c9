/** 命令行：文本报告与错误提示（用法行在 cli/options.ts 中中英并列）。 */
import type { CliTexts } from "../catalog";

export const cli: CliTexts = {
  fileUnreadable: (reason) => `无法读取：${reason}`,
  notXlsx: "不是 .xlsx 工作簿（可能是改了扩展名的文本或 .xls 文件，请在 Excel 中另存为 .xlsx）",
  encrypted: "工作簿设有打开密码，请在 Excel 中取消密码后另存再校验",
  corrupt: "文件已损坏或不完整，Excel 格式无法解析",
  fileMissing: "文件不存在",
  targetsFileError: (file, reason) => `目标文件 ${file}：${reason}`,
  previousFileError: (file, reason) => `上月文件 ${file} 无法读取：${reason}`,
  asOfInvalid: (text) => `--as-of 应为 YYYY-MM-DD 格式的日期（收到 ${text}）`,
  planFileError: (file, reason) => `方案 ${file}：${reason}`,
  planNoTargets: (file) =>
    `方案 ${file}：未识别出目标（没有“工作目标”“主要目标”等部分，也没有“到2025年，全区……突破75家”这样的句子）`,
  planHeading: (file, count, section) =>
    `方案 ${file} 的目标（${section ? `“${section}”部分` : "按“到某年，全区……”的句子"}，${count} 条）：`,
  planExcludedHeading: (count) => `未作为目标（${count} 处）：`,
  planSentence: (sentence) => `原文：${sentence}`,
  planSuperseded: (labels) =>
    `方案中的 ${labels.join("、")} 未使用：目标表或 --targets 已有同一指标、同一年份的目标`,
  tableLine: (where, what, units, totalRows, subtotalRows, columns) =>
    `表 ${where} ${what}：${units} 个单位，合计行 ${totalRows.join("、")}` +
    (subtotalRows.length ? `，小计行 ${subtotalRows.join("、")}` : "") +
    `，${columns} 个数据列`,
  unverifiedLine: (where, why) => `未校验 ${where}：${why}`,
  otherFindings: "其他",
  written: (path) => `已写出标注副本 ${path}`,
};
