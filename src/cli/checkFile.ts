/** One input file through the pipeline: read, check, optionally write the annotated copy. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { planMarks } from "../core/marks";
import type { PlanTarget } from "../core/model";
import { catalog, reportWords, type Locale } from "../i18n";
import { readWorkbookBytes, UnreadableWorkbookError } from "../file/readXlsx";
import { annotatedWorkbookBytes } from "../file/writeAnnotated";

export interface FileResult extends WorkbookReport {
  file: string;
  /** A one-line reason in the user's language when the file could not be read; null otherwise. */
  error: string | null;
  /** Where the annotated copy went, with --out. */
  written?: string;
  timings: { readMs: number; checkMs: number; writeMs: number };
}

function reasonText(error: unknown, locale: Locale): string {
  const t = catalog(locale).cli;
  if (error instanceof UnreadableWorkbookError) {
    if (error.reason === "encrypted") return t.encrypted;
    if (error.reason === "not-xlsx") return t.notXlsx;
    return t.corrupt;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return t.fileMissing;
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

/** `report.xlsx` → `report.checked.xlsx`; never the input's own path. */
export function annotatedName(file: string): string {
  return `${path.basename(file, path.extname(file))}.checked.xlsx`;
}

export interface CheckFileOptions {
  out: string | null;
  locale: Locale;
  /** From `--targets`, merged with the workbook's 目标 sheet. */
  targets?: PlanTarget[];
  /** `--as-of YYYY-MM-DD`. */
  asOf?: string;
}

export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const timings = { readMs: 0, checkMs: 0, writeMs: 0 };
  const started = performance.now();
  let loaded;
  try {
    const bytes = await fs.readFile(file);
    loaded = await readWorkbookBytes(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    );
  } catch (error) {
    return { file, error: reasonText(error, options.locale), tables: [], findings: [], timings };
  }
  timings.readMs = performance.now() - started;

  const checkStarted = performance.now();
  const report = checkWorkbook(loaded.grid, {
    targets: options.targets,
    asOf: options.asOf,
  });
  timings.checkMs = performance.now() - checkStarted;

  const result: FileResult = { file, error: null, ...report, timings };
  if (options.out) {
    const writeStarted = performance.now();
    const target = path.join(options.out, annotatedName(file));
    if (path.resolve(target) === path.resolve(file))
      throw new Error(`refusing to overwrite the input ${file}`);
    const bytes = await annotatedWorkbookBytes(
      loaded.workbook,
      planMarks(report, reportWords(options.locale))
    );
    await fs.mkdir(options.out, { recursive: true });
    await fs.writeFile(target, bytes);
    result.written = target;
    timings.writeMs = performance.now() - writeStarted;
  }
  return result;
}
