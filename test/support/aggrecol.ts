/**
 * Runs the recognizer over the AggreCol tables in ../shared/external/aggrecol and scores its `sums` with that
 * folder's own scorer (lib/score.mjs, run in a child Node process: it is ESM and stays where it is).
 */
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";

export const AGGRECOL_DIR = path.resolve(__dirname, "../../../shared/external/aggrecol");
export const aggrecolPresent = existsSync(path.join(AGGRECOL_DIR, "sums.json"));

export interface ScoreStats {
  precision: number | null;
  recall: number | null;
  labelledRecall: number | null;
  memberAgreement: number | null;
  recognized: number;
  matched: number;
  annotated: number;
  labelled: number;
  files: number;
  failedFiles: number;
}

export interface AggrecolScore {
  overall: ScoreStats;
  byCollection: Record<string, ScoreStats>;
  perFile: Record<
    string,
    { stats: ScoreStats; missed: string[]; extra: string[]; memberMismatch: string[] }
  >;
}

type Recognized = Record<string, { cell: string; members: string[] }[] | null>;

export async function recognizeAggrecol(set: "unseen" | "validation" | "all"): Promise<Recognized> {
  const key = JSON.parse(await fs.readFile(path.join(AGGRECOL_DIR, "sums.json"), "utf8")) as {
    files: Record<string, { set: string }>;
  };
  const recognized: Recognized = {};
  for (const [rel, entry] of Object.entries(key.files)) {
    if (set !== "all" && entry.set !== set) continue;
    try {
      const bytes = await fs.readFile(path.join(AGGRECOL_DIR, "xlsx", rel));
      const { grid } = await readWorkbookBytes(new Uint8Array(bytes));
      recognized[rel] = checkWorkbook(grid).tables.flatMap((t) => t.sums);
    } catch {
      recognized[rel] = null;
    }
  }
  return recognized;
}

const SCORER = `
import { loadKey, selectFiles, scoreAll } from ${JSON.stringify(path.join(AGGRECOL_DIR, "lib/score.mjs"))};
import fs from "node:fs";
const [set, file] = process.argv.slice(1);
const recognized = JSON.parse(fs.readFileSync(file, "utf8"));
const key = loadKey(${JSON.stringify(AGGRECOL_DIR)});
const files = selectFiles(key, set);
const map = new Map(Object.entries(recognized).filter(([, v]) => v !== null));
process.stdout.write(JSON.stringify(scoreAll(files, map)));
`;

export async function scoreAggrecol(
  set: "unseen" | "validation" | "all",
  recognized: Recognized
): Promise<AggrecolScore> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "aggrecol-")), "recognized.json");
  await fs.writeFile(file, JSON.stringify(recognized));
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", SCORER, set, file], {
    maxBuffer: 256 * 1024 * 1024,
  });
  await fs.rm(path.dirname(file), { recursive: true, force: true });
  return JSON.parse(out.toString()) as AggrecolScore;
}
