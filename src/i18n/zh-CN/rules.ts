/** 规则名称：校验结果表、问题清单的筛选按钮等处用文字称呼规则，而不是规则编号。 */
import type { RuleId } from "../../core/model";

export const rules: Record<RuleId, string> = {
  "sum-mismatch": "合计与分项不符",
  "formula-omits": "公式漏算",
  "number-as-text": "文本形式的数字",
  "not-a-number": "非数字内容",
  "target-not-met": "未达到计划目标",
  "target-decrease": "目标下降",
  "not-doubled": "未翻番",
  "column-mismatch": "两列不一致",
  "duplicate-unit": "单位重复",
  "duplicate-serial": "序号重复或缺号",
  "behind-schedule": "落后时序进度",
  "table-unverified": "表格未能核验",
  "formula-uncomputed": "公式未能计算",
  "rate-mismatch": "比率与数据不符",
  "rank-mismatch": "排名不符",
  "progress-decrease": "累计完成数下降",
};
