/**
 * The rule registry: every rule the checker runs, in the order its findings are listed within a table. A rule is
 * one file named after its id (spec/checks.md) exporting a `Rule`; adding one means that file, its test
 * (test/core/checks/<id>.test.ts), its line here and its words in the catalogs (src/i18n/*\/findings.ts, rules.ts).
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
  formulaUncomputed,
  tableUnverified,
] as const;

/** Every rule id, those of the registry first (in its order), then the contract's still without a rule. */
export const RULE_IDS: readonly RuleId[] = [...RULES.map((rule) => rule.id), ...PLANNED_RULE_IDS];

export type { Rule } from "./rule";
export type { RuleId } from "./ruleIds";
