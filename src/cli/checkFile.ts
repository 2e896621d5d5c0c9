/** One input file through the pipeline: read, check, optionally write the annotated copy. */
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { planMarks, RESULTS_SHEET_NAME } from "../core/marks";
import type { PlanTarget, PreviousWorkbook } from "../core/model";
import { reportWords, type Locale } from "../i18n";
// Only the error class: the patching code is loaded where a copy is asked for (--out).
import { AnnotateError } from "../file/patch/annotateError";
import {
  asXlsxBytes,
  DEFAULT_MAX_PART_BYTES,
  readWorkbook,
  UnreadableWorkbookError,
  type WorkbookFormat,
} from "../file/read/readWorkbook";
import { nodeInflateRaw } from "./nodeInflate";
import { osErrorText } from "./osErrors";
import { inputErrorText, readInputFile } from "./readInput";
import { copyStem, OutFolderNotDirectory, saveCopy, type SaveHooks } from "./saveCopy";

export interface FileResult extends WorkbookReport {
  file: string;
  /** A one-line reason in the user's language when the file could not be read (or its copy written); null otherwise. */
  error: string | null;
  /** What the file turned out to be, when it was read. */
  format?: WorkbookFormat;
  /** Where the annotated copy went, with --out. */
  written?: string;
  /** The copy's results sheet, when the workbook had a sheet named 校验结果 already (then ours is 校验结果 (2)). */
  resultsSheet?: string;
  /** What the copy could not hold (marks without a sheet, users' notes too long for ours), one line each. */
  copyWarnings?: string[];
  /** The copy is a new .xlsx made from an input of another format (its look is not kept). */
  converted?: boolean;
  timings: { readMs: number; checkMs: number; writeMs: number };
}

export interface CheckFileOptions {
  out: string | null;
  locale: Locale;
  /** From `--targets`, merged with the workbook's 目标 sheet. */
  targets?: PlanTarget[];
  /** From `--plan`: used where the 目标 sheet and `--targets` state no target of the same indicator and year. */
  planTargets?: PlanTarget[];
  /** `--as-of YYYY-MM-DD`. */
  asOf?: string;
  /** `--previous`: last month's workbook, read. */
  previous?: PreviousWorkbook;
  /** `--max-part-size`: the cap on the input and on each unzipped part, bytes. */
  maxPartBytes?: number;
  /** For tests: how the copy's bytes are written. */
  saveHooks?: SaveHooks;
}

/** Why a workbook could not be read, one line in the user's language. */
export function unreadableText(error: unknown, locale: Locale): string {
  if (error instanceof UnreadableWorkbookError) return locale === "zh-CN" ? error.zh : error.en;
  return inputErrorText(error, locale);
}

/** What the copy could not hold, one line each. */
function copyWarnings(
  copy: { unplaced: unknown[]; notes: { full: number } },
  locale: Locale
): string[] {
  const zh = locale === "zh-CN";
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
  return warnings;
}

function writeErrorText(error: unknown, out: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  if (error instanceof AnnotateError)
    return zh
      ? `无法写出标注副本：${error.zh}`
      : `cannot write the annotated copy: ${error.message}`;
  if (error instanceof OutFolderNotDirectory)
    return zh
      ? `无法写出标注副本：${out} 不是文件夹`
      : `cannot write the annotated copy: ${out} is not a folder`;
  if (error instanceof UnreadableWorkbookError)
    return zh ? `无法写出标注副本：${error.zh}` : `cannot write the annotated copy: ${error.en}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code
    ? osErrorText(error, locale, true)
    : error instanceof Error
      ? error.message.split("\n")[0]
      : String(error);
  return zh
    ? `无法写出标注副本到 ${out}：${reason}`
    : `cannot write the annotated copy to ${out}: ${reason}`;
}

export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const timings = { readMs: 0, checkMs: 0, writeMs: 0 };
  const maxPartBytes = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  const started = performance.now();
  let bytes: Uint8Array;
  let read;
  try {
    bytes = await readInputFile(file, maxPartBytes);
    read = readWorkbook(bytes, { name: file, maxPartBytes, inflateRaw: nodeInflateRaw });
  } catch (error) {
    return {
      file,
      error: unreadableText(error, options.locale),
      tables: [],
      findings: [],
      timings,
    };
  }
  timings.readMs = performance.now() - started;

  const checkStarted = performance.now();
  const report = checkWorkbook(read.grid, {
    targets: options.targets,
    planTargets: options.planTargets,
    asOf: options.asOf,
    ...(options.previous ? { previous: options.previous } : {}),
  });
  timings.checkMs = performance.now() - checkStarted;

  const result: FileResult = { file, error: null, format: read.format, ...report, timings };
  if (options.out) {
    const writeStarted = performance.now();
    try {
      const converted = read.format !== "xlsx" && read.format !== "xlsm";
      const xlsx = converted ? asXlsxBytes(bytes, { name: file, maxPartBytes }) : bytes;
      // The writer is loaded only when a copy is asked for.
      const { annotateWorkbook } = await import("../file/writeAnnotated");
      const copy = annotateWorkbook(xlsx, planMarks(report, reportWords(options.locale)));
      if (copy.resultsSheet !== RESULTS_SHEET_NAME) result.resultsSheet = copy.resultsSheet;
      const warnings = copyWarnings(copy, options.locale);
      if (warnings.length > 0) result.copyWarnings = warnings;
      const extension = read.format === "xlsm" ? ".xlsm" : ".xlsx";
      result.written = await saveCopy(
        options.out,
        copyStem(file),
        copy.bytes,
        options.saveHooks,
        extension
      );
      if (converted) result.converted = true;
    } catch (error) {
      result.error = writeErrorText(error, options.out, options.locale);
    }
    timings.writeMs = performance.now() - writeStarted;
  }
  return result;
}
