/** Targets of the editor's list that disagree: same indicator and year, another condition, value or unit. */
import type { PlanTarget } from "../../src/core/model";
import { targetConflicts } from "../../src/ui/targetsView";

const t = (extra: Partial<PlanTarget>): PlanTarget => ({
  indicator: "高新技术企业",
  period: "2025",
  op: ">",
  value: 420,
  ...extra,
});

describe("targetConflicts", () => {
  it("pairs the targets of one indicator and year that say different things", () => {
    expect(
      targetConflicts([
        t({}),
        t({ value: 75 }),
        t({ indicator: "科技型企业", value: 2100 }),
        t({ period: "2027", value: 600 }),
      ])
    ).toEqual([[1], [0], [], []]);
  });

  it("the same target twice, a doubling goal or a target without a year is no conflict", () => {
    expect(
      targetConflicts([
        t({}),
        t({ source: "另一句" }),
        t({ op: "double", value: undefined, base: "2022" }),
        t({ period: undefined, value: 1 }),
      ])
    ).toEqual([[], [], [], []]);
  });
});
