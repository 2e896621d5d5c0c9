/**
 * Targets read from a plan document (`--plan`) against the ones stated outright (the 目标 sheet, `--targets`): a
 * stated target wins. A plan target is left out where a stated one names the same indicator (as `indicatorCore`
 * reduces it), the same year and the same kind (a value, or a doubling goal), whatever its value: the stated one
 * is what the officers confirmed.
 */
import type { PlanTarget } from "../model";
import { indicatorCore } from "./words";

function slot(t: PlanTarget): string {
  return [indicatorCore(t.indicator), t.period ?? "", t.op === "double" ? "double" : "value"].join(
    "\u0000"
  );
}

export function planTargetsToUse(
  stated: PlanTarget[],
  plan: PlanTarget[]
): { used: PlanTarget[]; superseded: PlanTarget[] } {
  const taken = new Set(stated.map(slot));
  const used: PlanTarget[] = [];
  const superseded: PlanTarget[] = [];
  for (const target of plan) (taken.has(slot(target)) ? superseded : used).push(target);
  return { used, superseded };
}
