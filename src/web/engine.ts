/**
 * The worker's work, apart from the worker itself so that tests run it in Node: open a workbook (bytes → the
 * core's grid and the page's display model), check it, and write the annotated copy. It keeps the opened file's
 * bytes, never changes them, and builds the annotated copy from a fresh read each time, so a second download is
 * the same as the first and never stacks notes.
 */
import { checkWorkbook, type WorkbookReport } from "../core/check";
import type { WorkbookGrid } from "../core/grid";
import { planMarks } from "../core/marks";
import type { Locale } from "../core/model";
import { loadWorkbook, UnreadableWorkbookError, workbookGrid } from "../file/readXlsx";
import { annotatedWorkbookBytes } from "../file/writeAnnotated";
import { displaySheet, transferables, type DisplayWorkbook } from "./display";
import type { Request, Response } from "./protocol";

export type Post = (message: Response, transfer?: Transferable[]) => void;

interface OpenedFile {
  bytes: Uint8Array;
  grid: WorkbookGrid;
  report: WorkbookReport | null;
  locale: Locale;
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
    opened = { bytes, grid, report: null, locale: "zh-CN" };
    post({ id, type: "opened", workbook: display }, transferables(display));
  }

  function check(id: number, file: OpenedFile, locale: Locale): void {
    post({ id, type: "progress", phase: "check" });
    file.report = checkWorkbook(file.grid, { locale });
    file.locale = locale;
    post({ id, type: "checked", report: file.report });
  }

  async function annotate(id: number, file: OpenedFile): Promise<void> {
    post({ id, type: "progress", phase: "write" });
    const report = file.report ?? checkWorkbook(file.grid, { locale: file.locale });
    const workbook = await loadWorkbook(file.bytes);
    const written = await annotatedWorkbookBytes(workbook, planMarks(report.findings, file.locale));
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
        if (request.type === "check") return check(request.id, opened, request.locale);
        return await annotate(request.id, opened);
      } catch (error) {
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        const reason = error instanceof UnreadableWorkbookError ? error.reason : "internal";
        post({ id: request.id, type: "failed", reason, detail });
      }
    },
  };
}
