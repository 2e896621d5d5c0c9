/** 校验结果：“校验结果”表的摘要与表头、级别名称，以及功能区对话框和面板在校验后说的话。 */
import type { Severity } from "../../core/model";
import type { ResultsTexts } from "../../core/results";
import type { OutcomeTexts } from "../catalog";

export const severity: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const results: ResultsTexts = {
  resultsTitle: "分解表校验结果",
  tablesChecked: "检查的表",
  tablesValue: (count) => `${count} 张`,
  findingsValue: (count) => `${count} 处`,
  redUnits: "红灯单位",
  yellowUnits: "黄灯单位",
  unitsValue: (count, meaning) => `${count} 个（${meaning}）`,
  redMeaning: (yellowWithin) => `完成率落后时序进度超过${yellowWithin}个百分点，按浅橙色标出`,
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
  columns: {
    sheet: "工作表",
    cell: "单元格",
    rule: "规则",
    severity: "级别",
    expected: "应为",
    actual: "实为",
    difference: "相差",
    message: "说明",
  },
  noFindings: "未发现问题",
};

export const outcome: OutcomeTexts = {
  summary: (tables, errors, warnings, infos) =>
    `共检查 ${tables} 张表：错误 ${errors} 处，警告 ${warnings} 处` +
    (infos > 0 ? `，提示 ${infos} 处` : ""),
  checkDone: "校验完成",
  checkFailed: "校验未完成",
  writtenToResults: (summary) => `${summary}；已写入“校验结果”表`,
  nothingFound: (tables) => `共检查 ${tables} 张表，未发现问题；已写入“校验结果”表`,
  noTables: "未识别到任务分解表",
  noTablesHint: "需要有“合计/总计/小计”行或“合计”列，表头在数据上方。",
  behindUnits: (red, yellow) => `落后时序进度的单位：红灯 ${red} 个，黄灯 ${yellow} 个`,
  noAnnotations: "此版本的 Excel 不能添加批注，问题说明见“校验结果”表",
  unmarked: (count) => `另有 ${count} 个单元格因数量过多未着色，全部问题见“校验结果”表`,
  unlinked: (linked, total) => `“校验结果”表中前 ${linked} 处问题可点击跳转（共 ${total} 处）`,
  failureCode: (code) => `错误代码：${code}`,
  chartsInserted: (count) => `已在“进度图表”表插入 ${count} 张图表`,
};
