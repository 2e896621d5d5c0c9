/** Finding messages in English, and the words of plan targets: condition, label, why not compared. */
import type { NamedCell, TargetCondition, TargetLabel, TargetReason } from "../../core/messages";
import type { UncomputedReason } from "../../core/formulas/evaluate";
import type { FindingTexts, TargetTexts } from "../catalog";
import type { ReadingTried } from "../../core/recognize/unverified";
import type { PlanExclusionReason } from "../../core/targets/planDocument";

const list = (cells: NamedCell[]) =>
  cells.map(({ cell, name }) => (name ? `${cell} (${name})` : cell)).join(", ");

function condition(c: TargetCondition): string {
  const value = c.converted
    ? `${c.value} ${c.unit ?? ""} (= ${c.converted.value} ${c.converted.unit})`
    : c.value;
  return c.op === ">" ? `more than ${value}` : `at least ${value}`;
}

export const targets: TargetTexts = {
  label: (l: TargetLabel) =>
    l.kind === "double"
      ? `${l.indicator}: double${l.base ? ` the ${l.base} value` : ""}${l.period ? ` by ${l.period}` : ""}`
      : `${l.indicator}${l.period ? ` ${l.period}` : ""}: ${condition(l.condition)}`,
  reason: (r: TargetReason) => {
    switch (r.kind) {
      case "no-period":
        return "the target names no year";
      case "no-column":
        return `the table has no target column for ${r.period}`;
      case "no-base-column":
        return `the table has no column for the base year ${r.base}`;
      case "units":
        return `the target is in ${r.targetUnit} and the table ${r.tableUnit ? `in ${r.tableUnit}` : "states no unit"}; they cannot be converted`;
      case "increment":
        return r.targetIsIncrement
          ? `the target counts additions while "${r.column}" holds totals (total ${r.total})`
          : `the target is a total count while "${r.column}" holds additions (total ${r.total}); they cannot be compared`;
      case "no-total":
        return `the total of ${r.column} is not a number`;
      case "uncomputed-total":
        return `the total of ${r.column} is a formula saved without its value that could not be computed`;
      case "no-table":
        return `no breakdown table's title or header names "${r.indicator}"`;
    }
  },
  excluded: (r: PlanExclusionReason) =>
    r.kind === "park"
      ? `a target of one park or industry (${r.scope}), not a district total; not compared with the breakdown table's totals`
      : "a rate, share, growth or per-head measure: a breakdown table's totals cannot be compared with it",
};

function uncomputedReason(reason: UncomputedReason): string {
  switch (reason.kind) {
    case "function":
      return `the checker does not compute ${reason.name}`;
    case "cycle":
      return "a circular reference";
    case "sheet":
      return `sheet "${reason.name}" is not in this workbook`;
    case "depends":
      return `it uses ${reason.cell}, which could not be computed either`;
    case "range":
      return "a range is used as a single value";
    default:
      return "it uses operations the checker does not compute";
  }
}
/** The readings tried before a block was left unverified. */
const TRIED: Record<ReadingTried, string> = {
  above: "the rows above",
  below: "the rows below",
  "subtotals-before": "subtotals after their units",
  "subtotals-after": "subtotals before their units",
};

export const findings: FindingTexts = {
  tableUnverified: ({ label, cells, reason }) => {
    const name = label.trim().replace(/\s+/g, " ");
    const tried = (list: ReadingTried[]) => list.map((t) => TRIED[t]).join(", ") || "none";
    switch (reason.kind) {
      case "no-units":
        return `"${name}" (${cells}): no unit rows found above or below it, so what it adds up is unknown; not checked`;
      case "no-header":
        return `"${name}" (${cells}) has no header above it and no reading of its units (${tried(reason.tried)}; ${reason.units} units) adds up to it, so its range is unknown; not checked`;
      case "unlabelled-units":
        return `"${name}" (${cells}): its unit rows have no names and no reading (${tried(reason.tried)}; ${reason.units} units) adds up to it; not checked`;
      case "double-counted":
        return `"${name}" (${cells}) is about half the sum of the ${reason.units} rows above it: some rows may be categories adding up others without a subtotal label; not checked`;
      case "far-off":
        return `"${name}" (${cells}) differs by more than half from the sum of its ${reason.units} units in every column: it may belong to another table; not checked`;
      case "total-column":
        return `The "${name}" column (${cells}) matches no run of its neighbouring columns (${reason.tried} tried), so what it adds up is unknown; not checked`;
    }
  },
  sumMismatch: (p) =>
    `${p.column} ${p.totalLabel} is ${p.actual} but its units add up to ${p.expected} (difference ${p.difference})`,
  sumMismatchAcross: (p) =>
    `${p.rowLabel} ${p.totalHeader} is ${p.actual} but ${p.firstMember} to ${p.lastMember} add up to ${p.expected} (difference ${p.difference})`,
  typedTotal: (p) =>
    `${p.column} ${p.totalLabel} (${p.value}) is typed in while the other totals of the row are formulas; it will not follow changes to the units`,
  formulaOmits: (p) => {
    const parts = [
      p.leavesOut.length ? `leaves out ${list(p.leavesOut)}` : "",
      p.doubleCounts.length ? `counts ${list(p.doubleCounts)} together with its own units` : "",
      p.countsTwice.length ? `counts ${list(p.countsTwice)} twice` : "",
      p.addsOthers.length ? `also adds ${list(p.addsOthers)}` : "",
    ].filter(Boolean);
    const sums =
      p.expected === null || p.actual === null
        ? "some values could not be computed; the sums were not compared"
        : `the units add up to ${p.expected}, the formula gives ${p.actual}`;
    return `${p.column} ${p.totalLabel}: the formula ${p.formula} ${parts.join("; ")} (${sums})`;
  },
  formulaUncomputed: (p) =>
    `The formula ${p.formula} has no saved result and could not be computed (${uncomputedReason(p.reason)}): its value is unknown and totals that use it were not checked. Open and save the workbook in Excel, then check again`,
  formulaUncomputedElsewhere: (p) =>
    `${p.count} formulas outside the tables of this sheet have no saved result and could not be computed, such as ${p.formula} here (${uncomputedReason(p.reason)}): their values are unknown. Open and save the workbook in Excel, then check again`,
  numberAsText: (p) =>
    `${p.unit} ${p.column}: "${p.text}" is a number stored as text; Excel's SUM skips it, so ` +
    (p.formulaTotal
      ? `the formula total ${p.formulaTotal} leaves out ${p.value}`
      : `a SUM total would leave out ${p.value}`),
  notANumber: (p) =>
    `${p.unit} ${p.column}: "${p.text}" is neither a number nor a not-applicable mark such as "/"; it cannot be added up`,
  errorValue: (p) =>
    `${p.unit} ${p.column} holds the error value ${p.error}; it cannot be added up`,
  targetNotMet: (p) =>
    `${p.column} ${p.totalLabel} is ${p.actual}, short of the plan target "${condition(p.condition)}"` +
    (p.source ? ` (source: ${p.source})` : ""),
  targetUnchecked: (p) =>
    `plan target "${targets.label(p.label)}" not checked: ${targets.reason(p.reason)}`,
  notDoubled: (p) =>
    `${p.unit} ${p.finalColumn} is ${p.final}, below twice its ${p.baseColumn ?? p.baseYear} value ${p.base} (${p.twice}; short by ${p.shortBy}): not doubled`,
  targetDecrease: (p) =>
    `${p.unit} ${p.laterColumn} is ${p.later}, lower than ${p.earlierColumn} (${p.earlier}; down ${p.decrease})`,
  columnMismatch: (p) =>
    `${p.unit} ${p.name}: column ${p.secondColumn} says ${p.second} but column ${p.firstColumn} says ${p.first} (difference ${p.difference})`,
  duplicateUnit: (p) => `"${p.name}" appears twice in this table (first at ${p.firstCell})`,
  serialRepeat: (p) => `serial number ${p.serial} repeats the row above; expected ${p.expected}`,
  serialSkip: (p) =>
    `serial numbers jump from ${p.previous} to ${p.serial}; ${p.missing} is missing`,
  serialOutOfOrder: (p) =>
    `serial number ${p.serial} is out of sequence (the row above has ${p.previous}); expected ${p.expected}`,
  behindSchedule: (p) =>
    `${p.unit}: completion ${p.rate}% is below time progress ${p.timeProgress}% (${p.gap} points behind)`,
  rateMismatch: (p) => {
    const c = p.computed;
    const head = `${p.unit} ${p.column}: ${p.found}`;
    if (c.kind === "completion")
      return (
        `${head}%, but actual ${c.actual} ÷ target ${c.target} is ${p.expected}% (off by ${p.difference} points)` +
        (c.wrongTotal
          ? `; the rate of ${p.unit} is its actual ÷ its target, not the ${c.wrongTotal} of the units' rates`
          : "")
      );
    if (c.kind === "time-progress")
      return `${head}%, but time progress at ${c.asOf}${c.quarterly ? " (by the quarterly plan)" : ""} is ${p.expected}% (off by ${p.difference} points)`;
    return `${head} points, but completion ${c.rate}% minus time progress ${c.timeProgress}% is ${p.expected} points (off by ${p.difference})`;
  },
  rankMismatch: (p) =>
    `${p.unit} ${p.column}: ${p.found}, but by ${p.basis} (${p.value}) from high to low it is ${p.expected}` +
    (p.ties === "competition"
      ? " (ties share a rank and the next rank skips, as 1, 2, 2, 4)"
      : p.ties === "dense"
        ? " (ties share a rank and the next rank follows on, as 1, 2, 2, 3)"
        : ""),
  progressDecrease: (p) =>
    `${p.unit} ${p.column}: ${p.later}, lower than ${p.earlier} at ${p.file ? `"${p.file}" ` : ""}${p.sheet}!${p.cell} a month earlier (down ${p.decrease}); a cumulative figure should not go down`,
  noAsOfDate: () =>
    "the table has actual columns but no as-of date in its title or headers (such as 截至6月 or 1-6月); time progress was not computed — give one with --as-of YYYY-MM-DD",
  targetSheetCondition: (p) =>
    `unknown condition "${p.text}" (use 超过, 突破, 达到, 不低于, 以上, 翻番, >, >= or double)`,
  targetSheetValue: (p) => `the target value "${p.text}" is not a number`,
  targetSheetPeriod: (p) => `the period "${p.text}" is not a year such as 2025`,
  targetSheetBase: () => "a doubling target needs a base year (in the 基期 column, e.g. 2022)",
};
