/**
 * What a finding says, as data: a message id and its parameters. The words live in the catalogs of `src/i18n`;
 * each door renders a finding in its user's language at display time, so the core never needs a locale.
 *
 * Parameters are values, not sentences: numbers already formatted at the shown precision (`formatNumber`, which
 * is the same in every language), cell addresses, labels copied from the sheet, and small structures (a target's
 * condition, why a target was not compared) that the catalog puts into words.
 */
import type { TargetOp } from "./model";
import type { UncomputedReason } from "./formulas/evaluate";
import type { UnverifiedReason } from "./recognize/unverified";

/** A cell named with what it stands for: `G31` and `大数据产业园` → `G31（大数据产业园）`. */
export interface NamedCell {
  cell: string;
  /** The unit of its row, or the header of its column; empty when the cell has no name. */
  name: string;
}

/** A plan target's condition: `超过420`, `达到60亿元（即600000万元）`. */
export interface TargetCondition {
  op: TargetOp;
  /** The plan's own word (`突破`, `力争达到…`); the Chinese catalog uses it, the English one says "more than". */
  verb?: string;
  /** The target value, formatted. */
  value: string;
  /** The unit the target was written in, when the table's unit differs or is unknown. */
  unit?: string;
  /** The value converted into the table's unit (`60亿元` → `600000万元`). */
  converted?: { value: string; unit: string };
}

/** A plan target as it reads in a message: `高新技术企业2025年超过420`, `科技型企业到2027年在2022年基础上翻番`. */
export type TargetLabel =
  | { kind: "value"; indicator: string; period?: string; condition: TargetCondition }
  | { kind: "double"; indicator: string; base?: string; period?: string };

/** Why a target was not compared with a table. */
export type TargetReason =
  | { kind: "no-period" }
  | { kind: "no-column"; period: string }
  | { kind: "no-base-column"; base: string }
  | { kind: "units"; targetUnit: string; tableUnit: string | null }
  | { kind: "increment"; column: string; total: string; targetIsIncrement: boolean }
  | { kind: "no-total"; column: string }
  /** The total is a formula saved without its value that could not be computed (formula-uncomputed). */
  | { kind: "uncomputed-total"; column: string }
  | { kind: "no-table"; indicator: string };

/**
 * Every finding message and its parameters. Adding a message: an entry here (or, for a new rule, in its own file by
 * module augmentation of this interface) and one in each findings catalog — the compiler asks for it.
 */
export interface FindingMessageParams {
  /** `2027年合计600000，但各单位之和为600001，相差-1` */
  sumMismatch: {
    column: string;
    totalLabel: string;
    actual: string;
    expected: string;
    difference: string;
  };
  /** `高新区管委会合计26，但一季度至四季度之和为27，相差-1` */
  sumMismatchAcross: {
    rowLabel: string;
    totalHeader: string;
    actual: string;
    expected: string;
    firstMember: string;
    lastMember: string;
    difference: string;
  };
  /** A total typed in by hand among formula totals of the same row. */
  typedTotal: { column: string; totalLabel: string; value: string };
  /** `2027年合计的公式=SUM(G5:G30)漏算了G31（大数据产业园）（各单位之和为600001，公式结果为600000）` */
  formulaOmits: {
    column: string;
    totalLabel: string;
    formula: string;
    leavesOut: NamedCell[];
    doubleCounts: NamedCell[];
    countsTwice: NamedCell[];
    addsOthers: NamedCell[];
    /** Null where some values are unknown (formulas nobody could compute): the sums are not compared. */
    expected: string | null;
    actual: string | null;
  };
  /** formula-uncomputed: a formula without a cached value that could not be computed. */
  formulaUncomputed: { formula: string; reason: UncomputedReason };
  /** formula-uncomputed for the other such formulas of a sheet outside its tables, said once. */
  formulaUncomputedElsewhere: { count: number; formula: string; reason: UncomputedReason };
  numberAsText: {
    unit: string;
    column: string;
    text: string;
    value: string;
    /** The formula total that leaves the number out, or null when the total is no formula. */
    formulaTotal: string | null;
  };
  notANumber: { unit: string; column: string; text: string };
  errorValue: { unit: string; column: string; error: string };
  targetNotMet: {
    column: string;
    totalLabel: string;
    actual: string;
    condition: TargetCondition;
    source?: string;
  };
  targetUnchecked: { label: TargetLabel; reason: TargetReason };
  notDoubled: {
    unit: string;
    finalColumn: string;
    final: string;
    /** The base column's header when it names the year (`2022年实际数`), otherwise null: the year is said. */
    baseColumn: string | null;
    baseYear: string;
    base: string;
    twice: string;
    shortBy: string;
  };
  targetDecrease: {
    unit: string;
    laterColumn: string;
    later: string;
    earlierColumn: string;
    earlier: string;
    decrease: string;
  };
  columnMismatch: {
    unit: string;
    name: string;
    firstColumn: string;
    first: string;
    secondColumn: string;
    second: string;
    difference: string;
  };
  duplicateUnit: { name: string; firstCell: string };
  serialRepeat: { serial: string; expected: string };
  serialSkip: { previous: string; serial: string; missing: string };
  serialOutOfOrder: { previous: string; serial: string; expected: string };
  /** `中山路街道完成率40.0%，低于时序进度50.0%（落后10.0个百分点）` */
  behindSchedule: { unit: string; rate: string; timeProgress: string; gap: string };
  noAsOfDate: Record<string, never>;
  targetSheetCondition: { text: string };
  targetSheetValue: { text: string };
  targetSheetPeriod: { text: string };
  targetSheetBase: Record<string, never>;
  /** `“合计”（B9:D9）约为其上6行之和的一半…本表未校验`: a block with the labels of a table, not checked, and why. */
  tableUnverified: { label: string; cells: string; reason: UnverifiedReason };
}

export type MessageId = keyof FindingMessageParams;

/** A message id with its parameters, checked against each other. */
export type Message = {
  [K in MessageId]: { messageId: K; params: FindingMessageParams[K] };
}[MessageId];

/** Builds a message, type-checking the parameters against the id. */
export function message<K extends MessageId>(
  messageId: K,
  params: FindingMessageParams[K]
): { messageId: K; params: FindingMessageParams[K] } {
  return { messageId, params };
}
