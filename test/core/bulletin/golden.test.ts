/**
 * The bulletin of a monthly dispatch workbook, word for word (read once by a reviewer), and its numbers recomputed
 * here from the grid alone — sums, rates, gaps, ranks — so the text cannot drift from the table or the findings.
 */
import { buildBulletin } from "../../../src/core/bulletin/build";
import { checkWorkbook } from "../../../src/core/check";
import { renderBulletin, renderFinding } from "../../../src/i18n";
import { DISPATCH_INDICATORS, dispatchRows, dispatchSheet } from "../../support/dispatch";

const GOLDEN_ZH = [
  "截至2024年9月底（时序进度75.0%），全区高新技术企业目标120家，已完成96家，完成率80.0%，高于时序进度5.0个百分点；科技型企业目标600家，已完成417家，完成率69.5%，低于时序进度5.5个百分点。",
  "高新技术企业：按完成率排名，前三位为双河口镇（110.0%）、石松镇（106.7%）、茶山竹海街道（91.7%）；低于时序进度的有大安镇、南大街街道、关坝镇等3个镇街，其中南大街街道（落后35.0个百分点）、关坝镇（落后45.0个百分点）落后时序进度超过30个百分点，为红灯。",
  "科技型企业：按完成率排名，前三位为胜利路街道（82.5%）、中山路街道与茶山竹海街道并列（80.0%）；低于时序进度的有大安镇、双河口镇、关坝镇、南大街街道等4个镇街，其中关坝镇（落后33.0个百分点）、南大街街道（落后35.0个百分点）落后时序进度超过30个百分点，为红灯。",
].join("\n");

const GOLDEN_EN = [
  "As of the end of September 2024 (time progress 75.0%), district-wide 高新技术企业: target 120, done 96, completion 80.0%, 5.0 points above time progress; 科技型企业: target 600, done 417, completion 69.5%, 5.5 points below time progress.",
  "高新技术企业: ranked by completion rate, the top three are 双河口镇 (110.0%), 石松镇 (106.7%), 茶山竹海街道 (91.7%); 3 units are behind time progress: 大安镇, 南大街街道 and 关坝镇, of which 南大街街道 (35.0 points behind) and 关坝镇 (45.0 points behind) are more than 30 points behind (red).",
  "科技型企业: ranked by completion rate, the top three are 胜利路街道 (82.5%), 中山路街道 and 茶山竹海街道 (tied, 80.0%); 4 units are behind time progress: 大安镇, 双河口镇, 关坝镇 and 南大街街道, of which 关坝镇 (33.0 points behind) and 南大街街道 (35.0 points behind) are more than 30 points behind (red).",
].join("\n");

const report = checkWorkbook({ sheets: [dispatchSheet()] });
const bulletin = buildBulletin(report.progress ?? []);

test("the zh-CN bulletin is the golden text", () => {
  expect(renderBulletin(bulletin, "zh-CN")).toBe(GOLDEN_ZH);
});

test("the en-US bulletin says the same facts", () => {
  expect(renderBulletin(bulletin, "en-US")).toBe(GOLDEN_EN);
});

/** Straight from the grid: the unit rows, the as-of month of the title, each indicator's columns. */
function fromGrid() {
  const rows = dispatchRows();
  const title = String(rows[0][0]);
  const month = Number(/1-(\d+)月/.exec(title)![1]);
  const timeProgress = month / 12;
  const unitRows = rows.filter((r) => typeof r[0] === "number");
  return DISPATCH_INDICATORS.map((indicator, i) => {
    const [targetColumn, actualColumn] = [2 + 3 * i, 3 + 3 * i];
    const units = unitRows.map((r) => {
      const target = r[targetColumn] as number;
      const actual = r[actualColumn] as number;
      return { unit: String(r[1]), target, actual, rate: actual / target };
    });
    const target = units.reduce((s, u) => s + u.target, 0);
    const actual = units.reduce((s, u) => s + u.actual, 0);
    const byRate = [...units].sort((a, b) => b.rate - a.rate);
    const gap = (rate: number) => (rate - timeProgress) * 100;
    return {
      indicator,
      month,
      timeProgress,
      target,
      actual,
      rate: actual / target,
      gap: gap(actual / target),
      byRate,
      behind: byRate.filter((u) => gap(u.rate) < 0),
      red: byRate.filter((u) => gap(u.rate) < -30),
      gapOf: (u: { rate: number }) => Math.abs(gap(u.rate)).toFixed(1),
    };
  });
}

const pct = (fraction: number) => (fraction * 100).toFixed(1);

test("every number of the text is recomputed from the grid", () => {
  const [overview, ...rankings] = GOLDEN_ZH.split("\n");
  const facts = fromGrid();
  expect(
    overview.startsWith(`截至2024年${facts[0].month}月底（时序进度${pct(facts[0].timeProgress)}%）`)
  ).toBe(true);
  for (const [i, f] of facts.entries()) {
    const side = f.gap > 0 ? "高于" : "低于";
    expect(overview).toContain(
      `${f.indicator}目标${f.target}家，已完成${f.actual}家，完成率${pct(f.rate)}%，${side}时序进度${Math.abs(f.gap).toFixed(1)}个百分点`
    );
    const text = rankings[i];
    // The top three by rate, each with its rate (ties share a rank and are said together).
    const rank = (u: { rate: number }) =>
      1 + f.byRate.filter((o) => Number(pct(o.rate)) > Number(pct(u.rate))).length;
    const top = f.byRate.filter((u) => rank(u) <= 3);
    expect(top.length).toBeGreaterThanOrEqual(3);
    let at = text.indexOf("前三位为");
    for (const u of top) {
      const next = text.indexOf(u.unit, at);
      expect(next).toBeGreaterThan(at);
      at = next;
      expect(text.slice(at)).toMatch(new RegExp(`^[^（]*（${pct(u.rate).replace(".", "\\.")}%）`));
    }
    // Every unit below time progress, in rank order, and how many.
    expect(text).toContain(
      `低于时序进度的有${f.behind.map((u) => u.unit).join("、")}等${f.behind.length}个镇街`
    );
    // The red ones with their gaps.
    expect(text).toContain(
      `其中${f.red.map((u) => `${u.unit}（落后${f.gapOf(u)}个百分点）`).join("、")}落后时序进度超过30个百分点`
    );
  }
});

test("the text's laggards are exactly the behind-schedule findings, with the same gaps", () => {
  const [, ...rankings] = GOLDEN_ZH.split("\n");
  const behind = report.findings.filter((f) => f.rule === "behind-schedule");
  const facts = fromGrid();
  expect(behind).toHaveLength(facts.reduce((n, f) => n + f.behind.length, 0));
  for (const finding of behind) {
    const params = finding.params as { unit: string; gap: string };
    const i = DISPATCH_INDICATORS.findIndex((_, k) => finding.cell.startsWith("DG"[k]));
    expect(rankings[i]).toContain(params.unit);
    if (finding.light === "red")
      expect(rankings[i]).toContain(`${params.unit}（落后${params.gap}个百分点）`);
    expect(renderFinding(finding)).toContain(`落后${params.gap}个百分点`);
  }
});
