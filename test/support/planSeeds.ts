/**
 * The five plan documents of ../shared/seeds (text as published), by district. Tests that read them skip, saying
 * why, where ../shared is not there.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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
