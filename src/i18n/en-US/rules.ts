/** Each rule's readable name (the 校验结果 sheet, the findings filters): words, not rule ids. */
import type { RuleId } from "../../core/model";

export const rules: Record<RuleId, string> = {
  "sum-mismatch": "Total differs from its parts",
  "formula-omits": "Total formula leaves out cells",
  "number-as-text": "Number stored as text",
  "not-a-number": "Not a number",
  "target-not-met": "Plan target not met",
  "target-decrease": "Target decreases",
  "not-doubled": "Not doubled",
  "column-mismatch": "Columns disagree",
  "duplicate-unit": "Repeated unit",
  "duplicate-serial": "Repeated or missing serial",
  "behind-schedule": "Behind time progress",
  "table-unverified": "Table could not be verified",
  "formula-uncomputed": "Formula not computed",
  "rate-mismatch": "Rate disagrees with its inputs",
  "rank-mismatch": "Rank out of order",
  "progress-decrease": "Cumulative actual went down",
};
