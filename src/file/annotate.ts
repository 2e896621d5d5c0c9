/**
 * The annotated copy, as bytes: the one place every door calls the writer, so that replacing it (a copy patched from
 * the original package) is one line here. Takes an .xlsx package; for other formats the reader makes one first
 * (`asXlsxBytes`).
 */
import ExcelJS from "exceljs";
import type { MarkPlan } from "../core/marks";
import type { TargetSheetWrite } from "../core/targets/targetSheetLayout";
import { unreadable } from "./read/errors";
import { writeTargetSheetLayout } from "./targetSheet";
import { annotatedWorkbookBytes } from "./writeAnnotated";

export interface AnnotateOptions {
  /** The page's plan targets, written on the 目标 sheet of the copy. */
  targetWrite?: TargetSheetWrite | null;
}

/** An .xlsx package opened with ExcelJS (the writer's own model). */
export async function loadForWriting(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want Node's Buffer; a plain Uint8Array works in both Node and the browser.
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw unreadable.corrupt(
      "写出副本时无法打开原文件",
      `it cannot be opened to write the copy (${error instanceof Error ? error.message : error})`
    );
  }
  return workbook;
}

export async function annotateWorkbook(
  xlsx: Uint8Array,
  plan: MarkPlan,
  options: AnnotateOptions = {}
): Promise<Uint8Array> {
  const workbook = await loadForWriting(xlsx);
  if (options.targetWrite) writeTargetSheetLayout(workbook, options.targetWrite);
  return annotatedWorkbookBytes(workbook, plan);
}
