/**
 * The registry's rule ids in its order, without the rules themselves: the pages list and filter rules by id and must
 * not carry the checking code (the registry pulls in the recognizer). `test/core/checks/ruleOrder.test.ts` keeps this
 * list equal to `RULE_IDS`.
 */
import type { RuleId } from "./ruleIds";

export const RULE_ORDER = [
  "sum-mismatch",
  "formula-omits",
  "number-as-text",
  "not-a-number",
  "target-decrease",
  "column-mismatch",
  "duplicate-unit",
  "duplicate-serial",
  "target-not-met",
  "not-doubled",
  "behind-schedule",
  "rate-mismatch",
  "rank-mismatch",
  "progress-decrease",
  "formula-uncomputed",
  "table-unverified",
] as const satisfies readonly RuleId[];
