/**
 * The worker's work, apart from the worker itself so that tests run it in Node: open a workbook (bytes → the
 * core's grid and the page's display model), check it, and write the annotated copy. It keeps the opened file's
 * bytes, never changes them, and builds the annotated copy from a fresh read each time, so a second download is
 * the same as the first and never stacks notes.
 *
 * The task pane's plan targets are written on the worker's copy of the 目标 sheet as Excel would write them (the
 * same layout, src/core/targets/targetSheetLayout.ts), and read back from it: checks read them there, each target
 * says where it stands on that sheet (`目标!A3`, as in the annotated copy), and the copy gets the same sheet.
 */
import { chartSpecs } from "../core/charts";
import { checkWorkbook, type WorkbookReport } from "../core/check";
import type { WorkbookGrid } from "../core/grid";
import type { PlanTarget, PreviousWorkbook } from "../core/model";
import type { Locale } from "../i18n";
import { readTargetSheet } from "../core/targets/targetSheet";
import {
  applyTargetSheetWrite,
  layoutTargetSheet,
  TARGET_SHEET_NAME,
  TargetSheetOccupiedError,
  type TargetSheetWrite,
} from "../core/targets/targetSheetLayout";
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { annotatedCopy, ownBuffer } from "./annotatedCopy";
import {
  readWorkbook,
  UnreadableWorkbookError,
  type SourceSheet,
  type WorkbookFormat,
} from "../file/read/readWorkbook";
import { displaySheet, transferables, type DisplayWorkbook } from "./display";
import type { Request, Response } from "./protocol";

export type Post = (message: Response, transfer?: Transferable[]) => void;

interface OpenedFile {
  bytes: Uint8Array;
  name: string;
  format: WorkbookFormat;
  /** The 目标 sheet as read (its look), to show it with the pane's targets written. */
  targetSource: SourceSheet | null;
  /** The file's grid; its 目标 sheet as the pane's targets left it once they are set. */
  grid: WorkbookGrid;
  report: WorkbookReport | null;
  /** The last write of the pane's targets on the 目标 sheet (it clears everything earlier writes left); null: none. */
  targetWrite: TargetSheetWrite | null;
}

function targetSheetOf(grid: WorkbookGrid) {
  return grid.sheets.find((sheet) => sheet.name === TARGET_SHEET_NAME) ?? null;
}

function targetsOf(grid: WorkbookGrid): PlanTarget[] {
  const sheet = targetSheetOf(grid);
  return sheet ? (readTargetSheet(sheet)?.targets ?? []) : [];
}

function checkOptions(previous: PreviousWorkbook | null, asOf?: string) {
  return { ...(asOf ? { asOf } : {}), ...(previous ? { previous } : {}) };
}

export interface Engine {
  handle(request: Request): Promise<void>;
}

export function createEngine(post: Post): Engine {
  let opened: OpenedFile | null = null;
  // 上月文件: kept across the files opened, until another is picked or it is cleared.
  let previous: PreviousWorkbook | null = null;

  function setPrevious(id: number, name: string, data: ArrayBuffer | null): void {
    previous = null;
    if (opened) opened.report = null; // made without (or with another) last month
    if (data) previous = { name, workbook: readWorkbook(new Uint8Array(data), { name }).grid };
    post({ id, type: "previous", name: previous ? name : null });
  }

  async function open(id: number, name: string, data: ArrayBuffer): Promise<void> {
    opened = null;
    const bytes = new Uint8Array(data);
    post({ id, type: "progress", phase: "parse" });
    // One read gives both the grid the CLI checks and what the page draws.
    const read = readWorkbook(bytes, { name, styles: true });
    const display: DisplayWorkbook = { name, sheets: [] };
    for (let i = 0; i < read.sheets.length; i++) {
      post({ id, type: "progress", phase: "sheets", done: i, total: read.sheets.length });
      display.sheets.push(displaySheet(read.sheets[i]));
    }
    post({
      id,
      type: "progress",
      phase: "sheets",
      done: read.sheets.length,
      total: read.sheets.length,
    });
    opened = {
      bytes,
      name,
      format: read.format,
      targetSource: read.sheets.find((s) => s.name === TARGET_SHEET_NAME) ?? null,
      grid: read.grid,
      report: null,
      targetWrite: null,
    };
    post({ id, type: "opened", workbook: display }, transferables(display));
  }

  function check(id: number, file: OpenedFile, asOf?: string): void {
    post({ id, type: "progress", phase: "check" });
    file.report = checkWorkbook(file.grid, checkOptions(previous, asOf));
    post({ id, type: "checked", report: file.report });
  }

  async function setTargets(id: number, file: OpenedFile, targets: PlanTarget[]): Promise<void> {
    const current = targetSheetOf(file.grid);
    // A 目标 sheet holding something else could not take them (in Excel or in the copy): refuse now.
    const write = layoutTargetSheet(current, targets);
    const sheet = applyTargetSheetWrite(current, write);
    file.grid = {
      sheets: current
        ? file.grid.sheets.map((s) => (s === current ? sheet : s))
        : [...file.grid.sheets, sheet],
    };
    file.targetWrite = write;
    file.report = null; // made with the targets before
    // The sheet as the page shows it: the file's own 目标 sheet, its look kept, with the targets written.
    const shown = displaySheet(withTargetWrite(file.targetSource, write));
    post(
      { id, type: "targets", targets: targetsOf(file.grid), sheet: shown },
      transferables({ name: "", sheets: [shown] })
    );
  }

  function charts(id: number, file: OpenedFile): void {
    file.report ??= checkWorkbook(file.grid, checkOptions(previous));
    post({ id, type: "charts", charts: chartSpecs(file.report, file.grid) });
  }

  async function annotate(id: number, file: OpenedFile, locale: Locale): Promise<void> {
    post({ id, type: "progress", phase: "write" });
    const report = file.report ?? checkWorkbook(file.grid, checkOptions(previous));
    const bytes = ownBuffer(
      annotatedCopy(file.bytes, file.name, file.format, report, locale, {
        targetWrite: file.targetWrite,
      })
    );
    post({ id, type: "annotated", bytes }, [bytes]);
  }

  return {
    async handle(request) {
      try {
        if (request.type === "open") return await open(request.id, request.name, request.bytes);
        if (request.type === "previous")
          return setPrevious(request.id, request.name, request.bytes);
        if (!opened) {
          post({
            id: request.id,
            type: "failed",
            reason: "no-workbook",
            detail: "no workbook is open",
          });
          return;
        }
        switch (request.type) {
          case "check":
            return check(request.id, opened, request.asOf);
          case "targets":
            return post({ id: request.id, type: "targets", targets: targetsOf(opened.grid) });
          case "setTargets":
            return await setTargets(request.id, opened, request.targets);
          case "charts":
            return charts(request.id, opened);
          default:
            return await annotate(request.id, opened, request.locale);
        }
      } catch (error) {
        const detail =
          error instanceof UnreadableWorkbookError
            ? error.zh
            : error instanceof Error
              ? error.message.split("\n")[0]
              : String(error);
        const reason =
          error instanceof UnreadableWorkbookError
            ? error.reason === "too-large"
              ? "corrupt"
              : error.reason
            : error instanceof TargetSheetOccupiedError
              ? "target-sheet-occupied"
              : "internal";
        const said =
          error instanceof UnreadableWorkbookError
            ? { "zh-CN": error.zh, "en-US": error.en }
            : undefined;
        post({ id: request.id, type: "failed", reason, detail, ...(said ? { said } : {}) });
      }
    },
  };
}

/**
 * The 目标 sheet as SheetJS read it, with a target layout written on a copy of its cells (the old table cleared,
 * the rows written; fills and sizes kept) — what Excel shows after the pane saves the targets.
 */
function withTargetWrite(source: SourceSheet | null, write: TargetSheetWrite): SourceSheet {
  const data: (CellObject[] | undefined)[] = (
    (source?.sheet["!data"] ?? []) as (CellObject[] | undefined)[]
  ).map((row) => (row ? row.slice() : row));
  const set = (r: number, c: number, value: string | number | null) => {
    const row = (data[r] ??= []);
    const old = row[c];
    row[c] =
      value === null
        ? { t: "z", ...(old?.s ? { s: old.s } : {}) }
        : { t: typeof value === "number" ? "n" : "s", v: value, ...(old?.s ? { s: old.s } : {}) };
  };
  const clear = write.clear;
  if (clear)
    for (let r = clear.top; r <= clear.bottom; r++)
      for (let c = clear.left; c <= clear.right; c++) if (data[r]?.[c]) set(r, c, null);
  write.rows.forEach((cells, r) =>
    cells.forEach((value, c) => set(write.top + r, write.left + c, value))
  );
  const sheet: WorkSheet = { ...(source?.sheet ?? {}), "!data": data as CellObject[][] };
  return {
    name: TARGET_SHEET_NAME,
    hidden: source?.hidden ?? false,
    frozen: source?.frozen ?? { rows: 0, columns: 0 },
    ...(source?.defaultRowHeight ? { defaultRowHeight: source.defaultRowHeight } : {}),
    ...(source?.defaultColumnWidth ? { defaultColumnWidth: source.defaultColumnWidth } : {}),
    sheet,
  };
}
