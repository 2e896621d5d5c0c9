/**
 * The rule registry: every rule the checker runs, in the order its findings are listed within a table. Adding a
 * rule (tried and timed in issue 15 with a trial rule, then removed):
 * 1. src/core/checks/<rule-id>.ts exporting a `Rule<"rule-id">`; its message params may be declared there too
 *    (`declare module "../messages" { interface FindingMessageParams { myMessage: {...} } }`);
 * 2. test/core/checks/<rule-id>.test.ts;
 * 3. its line in RULES below (the id type `RuleId` follows from it);
 * 4. its words: the message in src/i18n/{zh-CN,en-US}/findings.ts, its name in src/i18n/{zh-CN,en-US}/rules.ts
 *    (the compiler asks for both).
 */
import { behindSchedule } from "./behind-schedule";
import { columnMismatch } from "./column-mismatch";
import { duplicateSerial } from "./duplicate-serial";
import { duplicateUnit } from "./duplicate-unit";
import { formulaOmits } from "./formula-omits";
import { formulaUncomputed } from "./formula-uncomputed";
import { notANumber } from "./not-a-number";
import { notDoubled } from "./not-doubled";
import { numberAsText } from "./number-as-text";
import { progressDecrease } from "./progress-decrease";
import { rankMismatch } from "./rank-mismatch";
import { rateMismatch } from "./rate-mismatch";
import { sumMismatch } from "./sum-mismatch";
import { tableUnverified } from "./table-unverified";
import { targetDecrease } from "./target-decrease";
import { targetNotMet } from "./target-not-met";
import { PLANNED_RULE_IDS, type RuleId } from "./ruleIds";

export const RULES = [
  sumMismatch,
  formulaOmits,
  numberAsText,
  notANumber,
  targetDecrease,
  columnMismatch,
  duplicateUnit,
  duplicateSerial,
  targetNotMet,
  notDoubled,
  behindSchedule,
  rateMismatch,
  rankMismatch,
  progressDecrease,
  formulaUncomputed,
  tableUnverified,
] as const;

/** Every rule id, those of the registry first (in its order), then the contract's still without a rule. */
export const RULE_IDS: readonly RuleId[] = [...RULES.map((rule) => rule.id), ...PLANNED_RULE_IDS];

export type { Rule } from "./rule";
export type { RuleId } from "./ruleIds";
