/**
 * `behind-schedule` (warning, the unit's actual cell): a unit's completion rate (actual ÷ its target for the same
 * indicator and year) is below time progress. Time progress is the elapsed share of the year (截至6月 = 50%),
 * or for a quarterly plan the unit's own plan through the as-of date ÷ its year plan. The finding carries the
 * traffic light: green at or above time progress (no finding), yellow up to `yellowWithin` points behind (30),
 * red beyond. Offices that call the first 10 points green set `greenWithin: 10`. A table with actual columns but
 * no as-of date gets an `info` saying so.
 */
import { columnIndex } from "../a1";
import type { FindingMessageParams } from "../messages";
import type { Finding } from "../model";
import { finding, type RuleContext } from "./context";
import { percent, pointsText, tableProgress, type ProgressSeries } from "./progress";
import type { Rule } from "./rule";

export const behindSchedule: Rule<"behind-schedule"> = {
  id: "behind-schedule",
  severity: "warning",
  check: (ctx) => progressFindings(ctx, tableProgress(ctx)),
};

/** The findings of measured progress: a warning per unit behind (yellow or red), an info where no date is known. */
function progressFindings(ctx: RuleContext, measured: ProgressSeries[]): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  let warnedNoDate = false;
  for (const entry of measured) {
    if (!entry.asOf) {
      if (!warnedNoDate)
        findings.push(
          finding(ctx, table.headerBottom, columnIndex(entry.actualColumn), {
            rule: "behind-schedule",
            severity: "info",
            messageId: "noAsOfDate",
            params: {} satisfies FindingMessageParams["noAsOfDate"],
          })
        );
      warnedNoDate = true;
      continue;
    }
    for (const unit of entry.units) {
      if (unit.light === "green") continue;
      const expected = Number((unit.target * unit.timeProgress).toFixed(2));
      findings.push(
        finding(ctx, unit.row, columnIndex(entry.actualColumn), {
          rule: "behind-schedule",
          severity: "warning",
          expected,
          actual: unit.actual,
          difference: Number((unit.actual - expected).toFixed(2)),
          messageId: "behindSchedule",
          params: {
            unit: unit.unit,
            rate: percent(unit.completion),
            timeProgress: percent(unit.timeProgress),
            gap: pointsText(unit.gapPoints),
          } satisfies FindingMessageParams["behindSchedule"],
          related: [unit.targetCell],
          light: unit.light,
          progress: {
            completion: Number(unit.completion.toFixed(6)),
            timeProgress: Number(unit.timeProgress.toFixed(6)),
            gapPoints: Number(unit.gapPoints.toFixed(4)),
          },
        })
      );
    }
  }
  return findings;
}
