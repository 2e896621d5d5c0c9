/**
 * The command line as users run it: bin/breakdown-check.js loads the one-file bundle lib/breakdown-check.js (built
 * by `npm install` / `npm run build:cli`). It must say what the sources say — the .xlsx reader, the formats read by
 * SheetJS (kept outside the bundle), a .docx plan read by mammoth (outside too) and the annotated copy (a chunk of
 * its own) — so a stale or broken bundle fails here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { writeGeneratedWorkbook } from "../../src/bench/cliTimings";
import { docxOf } from "../support/docxBuilder";
import { SEEDS_DIR } from "../support/seeds";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/breakdown-check.js");
const BUNDLE = path.join(ROOT, "lib/breakdown-check.js");

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-check-bundle-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function bundled(args: string[]): { code: number; stdout: string } {
  try {
    return {
      code: 0,
      stdout: execFileSync(process.execPath, [BIN, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, stdout: e.stdout };
  }
}

async function fromSources(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, stdout };
}

/** The JSON report without its timings (they differ from run to run). */
function withoutTimings(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === "timings" ? undefined : value));
}

test("the bundle is built", () => {
  if (!existsSync(BUNDLE))
    throw new Error(
      "lib/breakdown-check.js is missing: run `npm run build:cli` (npm install runs it)"
    );
});

test.each([
  ["the seeds (.xlsx reader)", ["yongchuan.xlsx", "liangping.xlsx", "beibei.xlsx"]],
  ["a CSV (SheetJS, outside the bundle)", ["returns.csv"]],
])("%s: the bundled CLI gives the sources' JSON", async (_, names) => {
  await fs.writeFile(path.join(tmp, "returns.csv"), "单位,2025\n甲,1\n乙,2\n合计,4\n");
  const files = names.map((n) =>
    n.endsWith(".csv") ? path.join(tmp, n) : path.join(SEEDS_DIR, n)
  );
  const args = [...files, "--format", "json", "--lang", "zh-CN"];
  const run = bundled(args);
  const expected = await fromSources(args);
  expect(run.code).toBe(expected.code);
  // A difference here after a change to src/ usually means the bundle is stale: `npm run build:cli`.
  expect(withoutTimings(run.stdout)).toEqual(withoutTimings(expected.stdout));
});

test("a .docx plan (mammoth, outside the bundle) is read by the bundled CLI as by the sources", async () => {
  const plan = path.join(tmp, "plan.docx");
  await fs.writeFile(
    plan,
    docxOf("到2027年，全区高新技术企业总数超过600家，科技型企业总数超过3000家。")
  );
  const args = [path.join(SEEDS_DIR, "yongchuan.xlsx"), "--plan", plan, "--format", "json"];
  const run = bundled(args);
  const expected = await fromSources(args);
  expect(run.code).toBe(expected.code);
  expect(withoutTimings(run.stdout)).toEqual(withoutTimings(expected.stdout));
});

test("--out from the bundle writes the same annotated copy as the sources", async () => {
  const input = path.join(SEEDS_DIR, "yongchuan.xlsx");
  const viaBundle = path.join(tmp, "bundle");
  const viaSources = path.join(tmp, "sources");
  const run = bundled([input, "--out", viaBundle]);
  await fromSources([input, "--out", viaSources]);
  expect(run.code).toBe(1);
  const [a, b] = await Promise.all([
    fs.readFile(path.join(viaBundle, "yongchuan.checked.xlsx")),
    fs.readFile(path.join(viaSources, "yongchuan.checked.xlsx")),
  ]);
  expect(a.equals(b)).toBe(true);
});

test("a large workbook (the benchmark's shape): the bundled CLI gives the sources' JSON", async () => {
  const big = path.join(tmp, "big.xlsx");
  await writeGeneratedWorkbook(big, 4, 1000);
  const args = [big, "--format", "json"];
  const run = bundled(args);
  const expected = await fromSources(args);
  expect(run.code).toBe(expected.code);
  expect(withoutTimings(run.stdout)).toEqual(withoutTimings(expected.stdout));
}, 60_000);

describe("the bundle's code cache (bin/bundleLoader.js)", () => {
  test("the cache written by the build is the one V8 takes", () => {
    const script = `
      const { loadBundle } = require(${JSON.stringify(path.join(ROOT, "bin/bundleLoader.js"))});
      const { script } = loadBundle();
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    expect(out.rejected).toBe(false);
  });

  test.each([
    ["a damaged cache", Buffer.from("not a code cache at all")],
    ["no cache", null],
  ])("with %s the CLI compiles the bundle and says the same", async (_, cache) => {
    const dir = await fs.mkdtemp(path.join(tmp, "cache-"));
    await fs.mkdir(path.join(dir, "bin"));
    await fs.mkdir(path.join(dir, "lib"));
    for (const name of ["breakdown-check.js", "bundleLoader.js"])
      await fs.copyFile(path.join(ROOT, "bin", name), path.join(dir, "bin", name));
    await fs.copyFile(BUNDLE, path.join(dir, "lib", "breakdown-check.js"));
    if (cache) await fs.writeFile(path.join(dir, "lib", "breakdown-check.cache"), cache);
    const args = [path.join(SEEDS_DIR, "yongchuan.xlsx"), "--format", "json"];
    let stdout = "";
    try {
      stdout = execFileSync(
        process.execPath,
        [path.join(dir, "bin", "breakdown-check.js"), ...args],
        { encoding: "utf8" }
      );
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // exit 1: 永川 holds a real mistake
    }
    expect(withoutTimings(stdout)).toEqual(withoutTimings((await fromSources(args)).stdout));
  });
});
