/**
 * Generality beyond our own tables: the recognizer's `sums` on the 466 real statistical tables of AggreCol
 * (../shared/external/aggrecol), scored by that folder's own scorer. A total we claim must really be one —
 * a wrong claim is a false alarm in a user's sheet — so precision has the higher bar.
 */
import {
  aggrecolPresent,
  AGGRECOL_DIR,
  recognizeAggrecol,
  scoreAggrecol,
  type ScoreStats,
} from "../support/aggrecol";

const describeIfPresent = aggrecolPresent ? describe : describe.skip;
if (!aggrecolPresent)
  console.warn(
    `AggreCol tables not found at ${AGGRECOL_DIR}: the recognizer's generality benchmark is skipped.`
  );

const figure = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
const line = (label: string, s: ScoreStats) =>
  `${label}: precision ${figure(s.precision)}, recall ${figure(s.recall)}, labelled recall ${figure(s.labelledRecall)} ` +
  `(n=${s.labelled}), members ${figure(s.memberAgreement)}; ${s.recognized} claimed, ${s.matched} right, ${s.failedFiles} unreadable`;

describeIfPresent("AggreCol: sums claimed on 466 real tables", () => {
  test.each([
    // Measured: unseen 0.989 / 0.787, validation 0.989 / 0.902 (issue 9 raised them from 0.985 / 0.587 and
    // 0.987 / 0.512); the bars sit just under, so a change that loses recall fails here.
    ["unseen", 0.98, 0.78],
    ["validation", 0.98, 0.895],
  ] as const)(
    "%s split: precision ≥ %p, labelled recall ≥ %p",
    async (set, minPrecision, minLabelledRecall) => {
      const score = await scoreAggrecol(set, await recognizeAggrecol(set));
      console.log(
        [
          line(`${set}, all`, score.overall),
          ...Object.entries(score.byCollection).map(([name, s]) => line(`  ${name}`, s)),
        ].join("\n")
      );
      expect(score.overall.failedFiles).toBe(0);
      expect(score.overall.precision).toBeGreaterThanOrEqual(minPrecision);
      expect(score.overall.labelledRecall).toBeGreaterThanOrEqual(minLabelledRecall);
    },
    300_000
  );
});
