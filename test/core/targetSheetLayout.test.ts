/** The 目标 sheet as the pane writes it: the spec's format, the plan's own words where the reader takes them. */
import type { PlanTarget } from "../../src/core/model";
import { readTargetSheet } from "../../src/core/targets/targetSheet";
import {
  conditionWord,
  layoutTargetSheet,
  TargetSheetOccupiedError,
} from "../../src/core/targets/targetSheetLayout";

const target = (extra: Partial<PlanTarget>): PlanTarget => ({
  indicator: "高新技术企业",
  period: "2025",
  op: ">=",
  value: 120,
  ...extra,
});

describe("layoutTargetSheet", () => {
  it("writes the plan's condition word when the reader reads it the same way, else a plain one", () => {
    expect(conditionWord(target({ verb: "力争达到" }))).toBe("力争达到");
    expect(conditionWord(target({ verb: "达到…以上" }))).toBe("达到");
    expect(conditionWord(target({ verb: "约" }))).toBe("不低于");
    expect(conditionWord(target({ op: ">", verb: undefined }))).toBe("超过");
    expect(conditionWord(target({ op: "double", verb: "双倍增", value: undefined }))).toBe(
      "双倍增"
    );
  });

  it("a new sheet: header at A1, the spec's five columns when no target needs more", () => {
    const layout = layoutTargetSheet(null, [
      target({ verb: "不少于", source: "到2025年……不少于120家" }),
    ]);
    expect(layout).toEqual({
      top: 0,
      left: 0,
      clear: null,
      rows: [
        ["指标", "期间", "条件", "目标值", "依据"],
        ["高新技术企业", 2025, "不少于", 120, "到2025年……不少于120家"],
      ],
    });
  });

  it("keeps an English header's words, and what it writes reads back", () => {
    const existing = {
      name: "目标",
      top: 0,
      left: 0,
      values: [
        ["Indicator", "Period", "Condition", "Target"],
        ["R&D", 2025, "at least", 5],
      ],
    };
    const layout = layoutTargetSheet(existing, [target({ verb: "at least" })]);
    expect(layout.rows[0]).toEqual(["Indicator", "Period", "Condition", "Target", "依据"]);
    expect(layout.clear).toEqual({ top: 0, left: 0, bottom: 1, right: 3 });
    const written = { name: "目标", top: 0, left: 0, values: layout.rows };
    expect(readTargetSheet(written)?.targets.map((t) => t.indicator)).toEqual(["高新技术企业"]);
  });

  it("keeps what an untouched cell holds as written: a period typed as text stays text", () => {
    const existing = {
      name: "目标",
      top: 0,
      left: 0,
      values: [
        ["指标", "期间", "条件", "目标值"],
        ["高新技术企业", "2025", "超过", 420],
        ["科技型企业", "2025", "超过", "2100"],
      ],
    };
    const read = readTargetSheet(existing)!.targets;
    const changed = read.map((t, i) => (i === 0 ? { ...t, value: 400 } : t));
    const layout = layoutTargetSheet(existing, changed);
    expect(layout.rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["高新技术企业", "2025", "超过", 400],
      ["科技型企业", "2025", "超过", "2100"],
    ]);
  });

  it("refuses a sheet of that name holding anything else", () => {
    const other = { name: "目标", top: 0, left: 0, values: [["研发投入任务分解"], ["合计", 3]] };
    expect(() => layoutTargetSheet(other, [])).toThrow(TargetSheetOccupiedError);
    const empty = { name: "目标", top: 0, left: 0, values: [[null, ""]] };
    expect(layoutTargetSheet(empty, []).rows).toEqual([["指标", "期间", "条件", "目标值", "依据"]]);
  });
});
