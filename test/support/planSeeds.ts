/**
 * The five plan documents of ../shared/seeds (text as published), by district. Tests that read them skip, saying
 * why, where ../shared is not there.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PlanTarget } from "../../src/core/model";

export const PLAN_SEEDS_DIR = path.resolve(__dirname, "../../../shared/seeds");

export const PLAN_SEEDS = {
  万盛: "000_89626fcefd2e8f4f.txt",
  永川: "001_f4445d7d85df6bc1.txt",
  江津: "002_d3ae4bffc8c70660.txt",
  梁平: "003_349c5e97f6b6eb74.txt",
  北碚: "004_5cfdae31bc9a0257.txt",
} as const;

export type District = keyof typeof PLAN_SEEDS;

export const planSeedsPresent = Object.values(PLAN_SEEDS).every((file) =>
  existsSync(path.join(PLAN_SEEDS_DIR, file))
);

export const PLAN_SEEDS_ABSENT = `The plan documents are not at ${PLAN_SEEDS_DIR}: the tests that read them are skipped.`;

export function planSeedText(district: District): string {
  return readFileSync(path.join(PLAN_SEEDS_DIR, PLAN_SEEDS[district]), "utf8");
}

/** `高新技术企业 2025 > 75家`, `科技型企业 2027 double 2022`. */
export function targetLine(t: PlanTarget): string {
  return t.op === "double"
    ? `${t.indicator} ${t.period} double ${t.base}`
    : `${t.indicator} ${t.period ?? "?"} ${t.op} ${t.value}${t.unit ?? ""}`;
}

/** What the five plans must yield (spec: issue 14), and every other target and exclusion they give, exactly. */
export const EXPECTED_PLAN_TARGETS: Record<District, string[]> = {
  万盛: [
    "高新技术企业 2025 > 75家",
    "科技型企业 2025 > 690家",
    "高新技术企业 2027 double 2022",
    "科技型企业 2027 double 2022",
    "高新技术企业 2027 > 90家",
    "科技型企业 2027 > 870家",
    "专精特新小巨人企业 2027 > 8家",
  ],
  永川: [
    "研发经费投入 2025 > 46亿元",
    "高新技术企业 2025 > 420家",
    "科技型企业 2025 > 2100家",
    "研发经费投入 2027 > 60亿元",
    "高新技术企业 2027 > 600家",
    "科技型企业 2027 > 3000家",
  ],
  江津: [
    "高新技术企业 2025 > 550家",
    "科技型企业 2025 > 2600家",
    "高新技术企业 2027 double 2022",
    "科技型企业 2027 double 2022",
    "高新技术企业 2027 > 700家",
    "科技型企业 2027 > 3330家",
    "专精特新小巨人企业 2027 > 25家",
    "制造业单项冠军企业 2027 > 3家",
  ],
  梁平: ["高新技术企业 2024 >= 120家", "市级科技型企业 2024 >= 500家"],
  北碚: [
    "国家高新技术企业 2025 > 470家",
    "市级科技型企业 2025 > 4500家",
    "国家高新技术企业 2027 double 2022",
    "市级科技型企业 2027 double 2022",
    "国家高新技术企业 2027 > 570家",
    "市级科技型企业 2027 > 5600家",
    "专精特新小巨人企业 2027 > 20家",
  ],
};
