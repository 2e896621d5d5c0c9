/**
 * Time to write the annotated copy: the package patch (src/file/patch) against re-writing the workbook through
 * ExcelJS as the copy was made before (fills and notes set on the loaded workbook, a results sheet added,
 * `writeBuffer`), over the seeds and the generated benchmark workbook (the one of cliTimings: 10 sheets × 2000
 * units, about 300k cells). The same mark plan for both; median of N runs after a warm-up.
 *
 * Run after `npm run build:cli`: `node lib/bench/annotateCopy.js [--repeats N] [--units N] [--sheets N]`.
 */
import { promises as fs } from "node:fs";
import { numberArg, seedFiles, textTable } from "./benchText";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../core/check";
import { reportWords } from "../i18n";
import { planMarks, RESULTS_SHEET_NAME, type MarkPlan } from "../core/marks";
import { composeNote } from "../core/noteBlock";
import { readWorkbook as readWorkbookBytes } from "../file/read/readWorkbook";
import { annotateWorkbook } from "../file/writeAnnotated";
import { writeGeneratedWorkbook } from "./cliTimings";

const ROOT = path.resolve(__dirname, "../..");

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The workbook as ExcelJS loads it (the baseline's model). */
async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The copy as ExcelJS wrote it before the patch (the baseline): marks on the loaded workbook, then writeBuffer. */
async function exceljsCopy(workbook: ExcelJS.Workbook, plan: MarkPlan): Promise<number> {
  for (const mark of plan.cells) {
    const cell = workbook.getWorksheet(mark.sheet)?.getCell(mark.cell);
    if (!cell) continue;
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${mark.fill.slice(1)}` } },
    };
    cell.note = composeNote(null, [mark.note]);
  }
  const sheet = workbook.addWorksheet(`${RESULTS_SHEET_NAME}-bench`);
  for (const row of plan.layout.rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return (buffer as ArrayBuffer).byteLength;
}

interface Row {
  name: string;
  kb: number;
  marks: number;
  patchMs: number;
  exceljsWriteMs: number;
  exceljsLoadWriteMs: number;
}

async function measure(file: string, repeats: number): Promise<Row> {
  const bytes = new Uint8Array(await fs.readFile(file));
  const { grid } = await readWorkbookBytes(bytes);
  const plan = planMarks(checkWorkbook(grid), reportWords());
  const patch: number[] = [];
  const write: number[] = [];
  const loadWrite: number[] = [];
  for (let i = 0; i <= repeats; i++) {
    let started = performance.now();
    annotateWorkbook(bytes, plan);
    const patchMs = performance.now() - started;
    started = performance.now();
    const workbook = await loadWorkbook(bytes);
    const loaded = performance.now();
    await exceljsCopy(workbook, plan);
    const done = performance.now();
    if (i === 0) continue; // warm-up
    patch.push(patchMs);
    write.push(done - loaded);
    loadWrite.push(done - started);
  }
  return {
    name: file.startsWith(os.tmpdir())
      ? `(generated) ${path.basename(file)}`
      : path.relative(ROOT, file),
    kb: bytes.byteLength / 1024,
    marks: plan.cells.length,
    patchMs: median(patch),
    exceljsWriteMs: median(write),
    exceljsLoadWriteMs: median(loadWrite),
  };
}

function table(rows: Row[]): string {
  const header = [
    "workbook",
    "KB",
    "marked cells",
    "patch ms",
    "ExcelJS write ms",
    "ExcelJS load+write ms",
    "patch / write",
  ];
  const lines = rows.map((r) => [
    r.name,
    r.kb.toFixed(0),
    String(r.marks),
    r.patchMs.toFixed(1),
    r.exceljsWriteMs.toFixed(1),
    r.exceljsLoadWriteMs.toFixed(1),
    `${(r.patchMs / r.exceljsWriteMs).toFixed(2)}×`,
  ]);
  return textTable(header, lines);
}

export async function runAnnotateCopyBench(argv: string[] = []): Promise<string> {
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
      `annotated copy write — node ${process.version}, ${os.cpus().length} CPUs, median of ${repeats} runs`,
      table(rows),
      "patch = original bytes → copy (unzip, edit the touched parts, zip); ExcelJS write = marks + writeBuffer on a loaded workbook (the old copy, which reused the reader's workbook); load+write = both.",
    ].join("\n");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runAnnotateCopyBench(process.argv.slice(2)).then(
    (text) => console.log(text),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
