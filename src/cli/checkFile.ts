/** One input file through the pipeline: read, check, optionally write the annotated copy. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { planMarks, RESULTS_SHEET_NAME } from "../core/marks";
import type { PlanTarget } from "../core/model";
import { catalog, reportWords, type Locale } from "../i18n";
import { readWorkbookBytes, UnreadableWorkbookError } from "../file/readXlsx";
import { AnnotateError, annotateWorkbook } from "../file/writeAnnotated";

export interface FileResult extends WorkbookReport {
  file: string;
  /** A one-line reason in the user's language when the file could not be read; null otherwise. */
  error: string | null;
  /** Where the annotated copy went, with --out. */
  written?: string;
  /** The copy's results sheet, when the workbook had a sheet named 校验结果 already (then ours is 校验结果 (2)). */
  resultsSheet?: string;
  /** What the copy could not hold (marks without a sheet, users' notes too long for ours), one line each. */
  copyWarnings?: string[];
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

/**
 * `report.xlsx` → `report.checked.xlsx`; never the input's own path. A macro workbook's copy keeps its macros, so it
 * stays `.xlsm` (Excel refuses a macro-enabled package named .xlsx).
 */
export function annotatedName(file: string): string {
  const extension = path.extname(file);
  const kept = extension.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${path.basename(file, extension)}.checked${kept}`;
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
  let original: Uint8Array;
  try {
    const bytes = await fs.readFile(file);
    original = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    loaded = await readWorkbookBytes(original);
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
    let copy;
    try {
      copy = annotateWorkbook(original, planMarks(report, reportWords(options.locale)));
    } catch (error) {
      if (!(error instanceof AnnotateError)) throw error;
      // The findings stand; only this file's copy is missing, and the line says why.
      result.error = options.locale === "zh-CN" ? error.zh : error.message;
      return result;
    }
    const bytes = copy.bytes;
    if (copy.resultsSheet !== RESULTS_SHEET_NAME) result.resultsSheet = copy.resultsSheet;
    const zh = options.locale === "zh-CN";
    const warnings: string[] = [];
    if (copy.unplaced.length > 0)
      warnings.push(
        zh
          ? `${copy.unplaced.length} 个问题单元格所在的工作表无法标注，只列在结果表中`
          : `${copy.unplaced.length} flagged cells are on sheets that cannot be marked; they are listed on the results sheet only`
      );
    if (copy.notes.full > 0)
      warnings.push(
        zh
          ? `${copy.notes.full} 个单元格原有批注已达 Excel 长度上限，未加入校验说明（见结果表）`
          : `${copy.notes.full} cells' own notes are at Excel's length limit; our words are on the results sheet only`
      );
    if (warnings.length > 0) result.copyWarnings = warnings;
    await fs.mkdir(options.out, { recursive: true });
    await fs.writeFile(target, bytes);
    result.written = target;
    timings.writeMs = performance.now() - writeStarted;
  }
  return result;
}
