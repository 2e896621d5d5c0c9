/**
 * CLI time per workbook, split into reading the .xlsx (file → grid, ExcelJS) and checking it (recognition and
 * every rule), over the bundled seeds and a generated larger workbook; plus the wall time of a whole
 * `breakdown-check` process on it. The bar (spec/design.md): time per workbook dominated by reading.
 *
 * Run after `npm run build:cli`: `node lib/bench/cliTimings.js [--repeats N] [--units N] [--sheets N]`.
 */
import { execFileSync } from "node:child_process";
import { numberArg, seedFiles, textTable } from "./benchText";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../core/check";
import { readWorkbook } from "../file/read/readWorkbook";

const ROOT = path.resolve(__dirname, "../..");

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A larger workbook in the seeds' shape: `sheets` sheets of `units` units × 2 indicators × 6 years (a 2022
 * baseline and five targets), formula totals (SUM) in the 合计 row, a 目标 sheet with a doubling goal.
 */
export async function writeGeneratedWorkbook(file: string, sheets: number, units: number) {
  const wb = new ExcelJS.Workbook();
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const years = [2022, 2023, 2024, 2025, 2026, 2027];
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`附件${s + 1}`);
    const width = 3 + 2 * years.length;
    ws.addRow([`附件${s + 1}`]);
    ws.addRow(["高新技术企业和科技型企业培育目标任务分解表"]);
    ws.addRow(["（单位：家）"]);
    ws.addRow(["序号", "街镇", "类型", "高新技术企业", ...Array(5).fill(null), "科技型企业"]);
    ws.addRow([
      null,
      null,
      null,
      ...[0, 1].flatMap(() => years.map((y, i) => `${y}年${i === 0 ? "实际数" : "目标数"}`)),
    ]);
    ws.mergeCells(4, 4, 4, 9);
    ws.mergeCells(4, 10, 4, 15);
    for (const c of [1, 2, 3]) ws.mergeCells(4, c, 5, c);
    const first = 6;
    for (let u = 0; u < units; u++) {
      const base = [Math.floor(random() * 50), Math.floor(random() * 500)];
      const row: (string | number)[] = [u + 1, `单位${s + 1}-${u + 1}`, u % 2 ? "A类" : "B类"];
      // Steady growth per unit; some units fall short of doubling by 2027, as in real plans.
      for (const b of base) {
        const growth = 0.9 + random() * 0.4;
        years.forEach((_, i) => row.push(Math.round(b * (1 + (i * growth) / 5))));
      }
      ws.addRow(row);
    }
    const last = first + units - 1;
    const total = ws.addRow(["合计"]);
    for (let c = 4; c <= width; c++) {
      const letter = ws.getColumn(c).letter;
      let sum = 0;
      for (let r = first; r <= last; r++) sum += ws.getCell(r, c).value as number;
      total.getCell(c).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sum };
    }
  }
  const targets = wb.addWorksheet("目标");
  targets.addRow(["指标", "期间", "条件", "目标值", "依据", "基期"]);
  targets.addRow(["高新技术企业", "2025", "超过", 100, "", ""]);
  targets.addRow(["科技型企业", "2027", "翻番", null, "", "2022"]);
  await wb.xlsx.writeFile(file);
}

interface Row {
  name: string;
  kb: number;
  cells: number;
  readMs: number;
  checkMs: number;
  findings: number;
  wallMs: number | null;
}

async function measure(file: string, repeats: number): Promise<Row> {
  const reads: number[] = [];
  const checks: number[] = [];
  let cells = 0;
  let findings = 0;
  for (let i = 0; i <= repeats; i++) {
    const started = performance.now();
    const bytes = await fs.readFile(file);
    const { grid } = readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const read = performance.now() - started;
    const checkStarted = performance.now();
    const report = checkWorkbook(grid);
    const check = performance.now() - checkStarted;
    if (i === 0) {
      // The first round warms the JIT up and is not counted.
      cells = grid.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
      findings = report.findings.length;
      continue;
    }
    reads.push(read);
    checks.push(check);
  }
  let wallMs: number | null = null;
  const cli = path.join(ROOT, "bin/breakdown-check.js");
  const walls: number[] = [];
  for (let i = 0; i < Math.min(repeats, 3); i++) {
    const started = performance.now();
    try {
      execFileSync(process.execPath, [cli, file, "--format", "json"], { stdio: "ignore" });
    } catch {
      // exit 1 (error findings) is a normal outcome here
    }
    walls.push(performance.now() - started);
  }
  if (walls.length) wallMs = median(walls);
  const stat = await fs.stat(file);
  return {
    name: file.startsWith(os.tmpdir())
      ? `(generated) ${path.basename(file)}`
      : path.relative(ROOT, file),
    kb: stat.size / 1024,
    cells,
    readMs: median(reads),
    checkMs: median(checks),
    findings,
    wallMs,
  };
}

function table(rows: Row[]): string {
  const header = [
    "workbook",
    "KB",
    "cells",
    "read ms",
    "check ms",
    "check share",
    "findings",
    "CLI wall ms",
  ];
  const lines = rows.map((r) => [
    r.name,
    r.kb.toFixed(0),
    String(r.cells),
    r.readMs.toFixed(1),
    r.checkMs.toFixed(1),
    `${((100 * r.checkMs) / (r.readMs + r.checkMs)).toFixed(0)}%`,
    String(r.findings),
    r.wallMs === null ? "–" : r.wallMs.toFixed(0),
  ]);
  return textTable(header, lines);
}

export async function runCliTimings(argv: string[] = []): Promise<string> {
  const repeats = numberArg(argv, "--repeats", 5);
  const units = numberArg(argv, "--units", 2000);
  const sheets = numberArg(argv, "--sheets", 10);
  const seeds = await seedFiles(ROOT);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-bench-"));
  const generated = path.join(dir, `generated-${sheets}x${units}.xlsx`);
  try {
    await writeGeneratedWorkbook(generated, sheets, units);
    const rows: Row[] = [];
    for (const file of [...seeds, generated]) rows.push(await measure(file, repeats));
    return [
      `breakdown-check CLI timings — node ${process.version}, ${os.cpus().length} CPUs, median of ${repeats} runs`,
      table(rows),
      "read = file → grid (src/file/read, SheetJS CE); check = recognition + every rule; CLI wall = a whole process (node start-up included).",
    ].join("\n");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runCliTimings(process.argv.slice(2)).then(
    (text) => console.log(text),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
