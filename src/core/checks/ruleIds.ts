/**
 * The rule id type, derived from the registry: a new rule file added to `RULES` brings its id along. The contract
 * (spec/checks.md) also names rules still to be written; their ids are here so the catalogs can name them now.
 */
import type { RULES } from "./index";

export type RegisteredRuleId = (typeof RULES)[number]["id"];

/** Rule ids of the contract without a rule yet: whoever writes one adds its file to `RULES` and removes it here. */
export const PLANNED_RULE_IDS = [] as const;

export type PlannedRuleId = (typeof PLANNED_RULE_IDS)[number];

export type RuleId = RegisteredRuleId | PlannedRuleId;
