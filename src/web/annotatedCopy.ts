/**
 * The annotated copy the page hands out — the single download and each copy in the file list's zip: the original
 * package with the marks added (a file of another format becomes a new .xlsx first), worded in `locale`.
 */
import type { WorkbookReport } from "../core/check";
import { planMarks } from "../core/marks";
import { asXlsxBytes, type WorkbookFormat } from "../file/read/readWorkbook";
import { annotateWorkbook, type AnnotateOptions } from "../file/writeAnnotated";
import { reportWords, type Locale } from "../i18n";

export function annotatedCopy(
  bytes: Uint8Array,
  name: string,
  format: WorkbookFormat,
  report: WorkbookReport,
  locale: Locale,
  options: AnnotateOptions = {}
): Uint8Array {
  const xlsx = format === "xlsx" || format === "xlsm" ? bytes : asXlsxBytes(bytes, { name });
  return annotateWorkbook(xlsx, planMarks(report, reportWords(locale)), options).bytes;
}

/** A view's bytes in a buffer of their own, so the buffer can be moved to the page rather than copied. */
export function ownBuffer(view: Uint8Array): ArrayBuffer {
  const own =
    view.byteOffset === 0 && view.byteLength === view.buffer.byteLength ? view : view.slice();
  return own.buffer as ArrayBuffer;
}
