/**
 * The worker's work, apart from the worker itself so that tests run it in Node: open a workbook (bytes → the
 * core's grid and the page's display model), check it, and write the annotated copy. It keeps the opened file's
 * bytes, never changes them, and builds the annotated copy from a fresh read each time, so a second download is
 * the same as the first and never stacks notes.
 */
import { checkWorkbook, type WorkbookReport } from "../core/check";
import type { WorkbookGrid } from "../core/grid";
import { planMarks } from "../core/marks";
import type { Locale, PlanTarget } from "../core/model";
import { readTargetSheet } from "../core/targets/targetSheet";
import {
  layoutTargetSheet,
  TARGET_SHEET_NAME,
  TargetSheetOccupiedError,
} from "../core/targets/targetSheetLayout";
import { loadWorkbook, UnreadableWorkbookError, workbookGrid } from "../file/readXlsx";
import { writeTargetSheet } from "../file/targetSheet";
import { annotatedWorkbookBytes } from "../file/writeAnnotated";
import { displaySheet, transferables, type DisplayWorkbook } from "./display";
import type { Request, Response } from "./protocol";

export type Post = (message: Response, transfer?: Transferable[]) => void;

interface OpenedFile {
  bytes: Uint8Array;
  grid: WorkbookGrid;
  report: WorkbookReport | null;
  locale: Locale;
  /** The task pane's plan targets for this file; null until it sets some (then its 目标 sheet's count). */
  targets: PlanTarget[] | null;
}

function targetSheetOf(grid: WorkbookGrid) {
  return grid.sheets.find((sheet) => sheet.name === TARGET_SHEET_NAME) ?? null;
}

/** The grid to check: with the pane's targets, without the 目标 sheet's targets they replace. */
function checkedGrid(file: OpenedFile): WorkbookGrid {
  const sheet = targetSheetOf(file.grid);
  if (file.targets === null || !sheet || !readTargetSheet(sheet)) return file.grid;
  return { sheets: file.grid.sheets.filter((s) => s !== sheet) };
}

function checkOptions(file: OpenedFile, locale: Locale, asOf?: string) {
  return {
    locale,
    ...(asOf ? { asOf } : {}),
    ...(file.targets !== null ? { targets: file.targets } : {}),
  };
}

export interface Engine {
  handle(request: Request): Promise<void>;
}

export function createEngine(post: Post): Engine {
  let opened: OpenedFile | null = null;

  async function open(id: number, name: string, data: ArrayBuffer): Promise<void> {
    opened = null;
    const bytes = new Uint8Array(data);
    post({ id, type: "progress", phase: "parse" });
    const workbook = await loadWorkbook(bytes);
    const worksheets = workbook.worksheets;
    const display: DisplayWorkbook = { name, sheets: [] };
    for (let i = 0; i < worksheets.length; i++) {
      post({ id, type: "progress", phase: "sheets", done: i, total: worksheets.length });
      display.sheets.push(displaySheet(worksheets[i]));
    }
    // The same grid the CLI checks (workbookGrid skips a 校验结果 sheet written earlier).
    const grid = workbookGrid(workbook);
    post({
      id,
      type: "progress",
      phase: "sheets",
      done: worksheets.length,
      total: worksheets.length,
    });
    opened = { bytes, grid, report: null, locale: "zh-CN", targets: null };
    post({ id, type: "opened", workbook: display }, transferables(display));
  }

  function check(id: number, file: OpenedFile, locale: Locale, asOf?: string): void {
    post({ id, type: "progress", phase: "check" });
    file.report = checkWorkbook(checkedGrid(file), checkOptions(file, locale, asOf));
    file.locale = locale;
    post({ id, type: "checked", report: file.report });
  }

  async function annotate(id: number, file: OpenedFile): Promise<void> {
    post({ id, type: "progress", phase: "write" });
    const report = file.report ?? checkWorkbook(checkedGrid(file), checkOptions(file, file.locale));
    const workbook = await loadWorkbook(file.bytes);
    if (file.targets !== null) writeTargetSheet(workbook, file.targets, targetSheetOf(file.grid));
    const written = await annotatedWorkbookBytes(workbook, planMarks(report, file.locale));
    // A view of its own buffer, so the buffer can be moved to the page rather than copied.
    const bytes =
      written.byteOffset === 0 && written.byteLength === written.buffer.byteLength
        ? written
        : written.slice();
    post({ id, type: "annotated", bytes: bytes.buffer as ArrayBuffer }, [
      bytes.buffer as ArrayBuffer,
    ]);
  }

  return {
    async handle(request) {
      try {
        if (request.type === "open") return await open(request.id, request.name, request.bytes);
        if (!opened) {
          post({
            id: request.id,
            type: "failed",
            reason: "no-workbook",
            detail: "no workbook is open",
          });
          return;
        }
        if (request.type === "check")
          return check(request.id, opened, request.locale, request.asOf);
        if (request.type === "targets" || request.type === "setTargets") {
          if (request.type === "setTargets") {
            // A 目标 sheet holding something else could not take them in the annotated copy: refuse now.
            layoutTargetSheet(targetSheetOf(opened.grid), request.targets);
            opened.targets = request.targets;
          }
          const sheet = targetSheetOf(opened.grid);
          const targets = opened.targets ?? (sheet ? (readTargetSheet(sheet)?.targets ?? []) : []);
          return post({ id: request.id, type: "targets", targets });
        }
        return await annotate(request.id, opened);
      } catch (error) {
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        const reason =
          error instanceof UnreadableWorkbookError
            ? error.reason
            : error instanceof TargetSheetOccupiedError
              ? "target-sheet-occupied"
              : "internal";
        post({ id: request.id, type: "failed", reason, detail });
      }
    },
  };
}
