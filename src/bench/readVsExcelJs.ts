/**
 * `npm run bench`: side by side on the benchmark workbook (10 sheets × 2,000 units, ~300,918 cells, written by
 * cliTimings.writeGeneratedWorkbook), whole processes, median of N runs:
 *   A. ExcelJS merely reading it (`new ExcelJS.Workbook().xlsx.load(bytes)`), and
 *   B. the whole CLI run `node bin/breakdown-check.js big.xlsx --format json`.
 * The target is B ≤ 0.6 × A; A and B alternate, so that both see the same load. `--scale` also times B on larger
 * workbooks of 0.5M, 1M, 2M and 5M cells (or `--cells 1000000,5000000`), written by scaleWorkbook.ts: wall and
 * CPU time, time per 100k cells (linear in cells) and the peak memory (where /usr/bin/time is present).
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeGeneratedWorkbook } from "./cliTimings";
import { CELLS_PER_UNIT, writeScaleWorkbook } from "./scaleWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/breakdown-check.js");
const EXCELJS_READ = `const E=require(${JSON.stringify(require.resolve("exceljs"))});const b=require("fs").readFileSync(process.argv[1]);new E.Workbook().xlsx.load(b).then(()=>{})`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Run {
  ms: number;
  peakKb: number | null;
  /** User + system CPU time, where /usr/bin/time is present. */
  cpuMs: number | null;
}

function wall(args: string[]): Run {
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const result = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`failed: ${args.join(" ")}\n${result.stderr}`);
  const measured = timed ? /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? "") : null;
  return {
    ms,
    peakKb: measured ? Number(measured[1]) : null,
    cpuMs: measured ? (Number(measured[2]) + Number(measured[3])) * 1000 : null,
  };
}

function cellsArg(argv: string[]): number[] {
  const i = argv.indexOf("--cells");
  if (i < 0 && argv.includes("--scale")) return [500_000, 1_000_000, 2_000_000, 5_000_000];
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
    const exceljs: Run[] = [];
    const cli: Run[] = [];
    for (let i = 0; i < repeats; i++) {
      exceljs.push(wall(["-e", EXCELJS_READ, big]));
      cli.push(wall([CLI, big, "--format", "json"]));
    }
    const a = median(exceljs.map((r) => r.ms));
    const b = median(cli.map((r) => r.ms));
    const cpu = (runs: Run[]) =>
      runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs!)) : null;
    const [cpuA, cpuB] = [cpu(exceljs), cpu(cli)];
    const peak = Math.max(...cli.map((r) => r.peakKb ?? 0));
    lines.push(
      `big.xlsx (${((await fs.stat(big)).size / 1024).toFixed(0)} KB, 10 sheets × 2,000 units)`,
      `  A. ExcelJS read only        ${a.toFixed(0).padStart(7)} ms wall${cpuA === null ? "" : `, ${cpuA.toFixed(0)} ms CPU`}`,
      `  B. whole CLI, --format json ${b.toFixed(0).padStart(7)} ms wall${cpuB === null ? "" : `, ${cpuB.toFixed(0)} ms CPU`}   peak ${(peak / 1024).toFixed(0)} MB`,
      `  B / A = ${(b / a).toFixed(2)} wall${cpuA && cpuB ? `, ${(cpuB / cpuA).toFixed(2)} CPU` : ""}   (target ≤ 0.60)`
    );
    const scale = cellsArg(argv);
    if (scale.length)
      lines.push(
        `scale (the same shape, 10 sheets; written by scaleWorkbook.ts), load ${os.loadavg()[0].toFixed(1)}:`
      );
    for (const cells of scale) {
      const file = path.join(dir, `cells-${cells}.xlsx`);
      const units = Math.max(10, Math.round(cells / 10 / CELLS_PER_UNIT));
      const written = writeScaleWorkbook(file, 10, units);
      const run = wall([CLI, file, "--format", "json"]);
      await fs.rm(file, { force: true });
      const per = (ms: number) => ((ms / written) * 100_000).toFixed(0);
      lines.push(
        `  ${written.toLocaleString("en-US").padStart(9)} cells: ${run.ms.toFixed(0).padStart(7)} ms wall (${per(run.ms)} per 100k cells)` +
          (run.cpuMs === null
            ? ""
            : `, ${run.cpuMs.toFixed(0)} ms CPU (${per(run.cpuMs)} per 100k)`) +
          `, peak ${run.peakKb ? (run.peakKb / 1024).toFixed(0) : "?"} MB`
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
