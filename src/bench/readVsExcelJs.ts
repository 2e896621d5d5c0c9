/**
 * `npm run bench`: side by side on the benchmark workbook (10 sheets × 2,000 units, ~300,918 cells, written by
 * cliTimings.writeGeneratedWorkbook), whole processes, median of N runs:
 *   A. ExcelJS merely reading it (`new ExcelJS.Workbook().xlsx.load(bytes)`), and
 *   B. the whole CLI run `node bin/breakdown-check.js big.xlsx --format json`.
 * The target is B ≤ 0.6 × A. `--cells 1000000,5000000` also times B on larger generated workbooks (linear in cells),
 * with the peak memory where /usr/bin/time is present.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeGeneratedWorkbook } from "./cliTimings";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/breakdown-check.js");
const EXCELJS_READ = `const E=require(${JSON.stringify(require.resolve("exceljs"))});const b=require("fs").readFileSync(process.argv[1]);new E.Workbook().xlsx.load(b).then(()=>{})`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wall(args: string[]): { ms: number; peakKb: number | null } {
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const result = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`failed: ${args.join(" ")}\n${result.stderr}`);
  const peak = timed ? Number(/(\d+)\s*$/.exec(result.stderr ?? "")?.[1]) : NaN;
  return { ms, peakKb: Number.isFinite(peak) ? peak : null };
}

function cellsArg(argv: string[]): number[] {
  const i = argv.indexOf("--cells");
  return i >= 0
    ? argv[i + 1]
        .split(",")
        .map(Number)
        .filter((n) => n > 0)
    : [];
}

function countArg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const n = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export async function runReadBench(argv: string[]): Promise<string[]> {
  const repeats = countArg(argv, "--repeats", 5);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-bench-"));
  const lines: string[] = [
    `breakdown-check read benchmark — node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}, median of ${repeats}`,
  ];
  try {
    const big = path.join(dir, "big.xlsx");
    await writeGeneratedWorkbook(big, 10, 2000);
    const exceljs: number[] = [];
    const cli: number[] = [];
    let peak = 0;
    for (let i = 0; i < repeats; i++) {
      exceljs.push(wall(["-e", EXCELJS_READ, big]).ms);
      const run = wall([CLI, big, "--format", "json"]);
      cli.push(run.ms);
      peak = Math.max(peak, run.peakKb ?? 0);
    }
    const a = median(exceljs);
    const b = median(cli);
    lines.push(
      `big.xlsx (${((await fs.stat(big)).size / 1024).toFixed(0)} KB, 10 sheets × 2,000 units)`,
      `  A. ExcelJS read only      ${a.toFixed(0).padStart(7)} ms`,
      `  B. whole CLI, --format json ${b.toFixed(0).padStart(5)} ms   peak ${(peak / 1024).toFixed(0)} MB`,
      `  B / A = ${(b / a).toFixed(2)}   (target ≤ 0.60)`
    );
    for (const cells of cellsArg(argv)) {
      const file = path.join(dir, `cells-${cells}.xlsx`);
      const units = Math.max(10, Math.round(cells / 10 / 15));
      await writeGeneratedWorkbook(file, 10, units);
      const run = wall([CLI, file, "--format", "json"]);
      lines.push(
        `  ${String(cells).padStart(9)} cells: CLI ${run.ms.toFixed(0).padStart(7)} ms, ${((run.ms / cells) * 100_000).toFixed(0)} ms per 100k cells, peak ${run.peakKb ? (run.peakKb / 1024).toFixed(0) : "?"} MB`
      );
    }
    return lines;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runReadBench(process.argv.slice(2)).then(
    (lines) => console.log(lines.join("\n")),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
