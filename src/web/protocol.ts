/** The messages between the page and its worker. Every request carries an id; every answer repeats it. */
import type { ChartSpec } from "../core/charts";
import type { WorkbookReport } from "../core/check";
import type { PlanTarget } from "../core/model";
import type { Locale } from "../i18n";
import type { FailureSaid } from "../i18n/failure";
import type { DisplaySheet, DisplayWorkbook } from "./display";

/**
 * What is under way; `done`/`total` make the progress bar determinate where they are known. `read` (the file's
 * bytes) and `load` (starting the worker) happen in the page, the rest in the worker.
 */
export type Phase = "read" | "load" | "parse" | "sheets" | "check" | "write";

export type Request =
  | { id: number; type: "open"; name: string; bytes: ArrayBuffer }
  | { id: number; type: "check"; asOf?: string }
  /** The annotated copy, its notes and 校验结果 sheet in the page's language. */
  | { id: number; type: "annotate"; locale: Locale }
  /** The opened file's plan targets, read from its 目标 sheet (as the pane last set them). */
  | { id: number; type: "targets" }
  /**
   * The pane's targets for the opened file: written on its 目标 sheet as Excel would (kept in the worker, never in
   * the user's file), so checks and the annotated copy use them. Answered with the targets read back from that sheet.
   */
  | { id: number; type: "setTargets"; targets: PlanTarget[] }
  /** What to chart from the last check (checked now if there was none): the progress charts' data. */
  | { id: number; type: "charts" }
  /** 上月文件: last month's workbook, read and kept for the checks (progress-decrease); null bytes forget it. */
  | { id: number; type: "previous"; name: string; bytes: ArrayBuffer | null };

/** A request before the client numbers it. */
export type RequestBody = WithoutId<Request>;
type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;

/**
 * Why a request failed: the reasons of an unreadable file, no workbook opened yet, a 目标 sheet that holds no
 * target table (so targets cannot be stored there), or a bug.
 */
export type FailureReason =
  "not-xlsx" | "encrypted" | "corrupt" | "no-workbook" | "target-sheet-occupied" | "internal";

export type Response =
  | { id: number; type: "progress"; phase: Phase; done?: number; total?: number }
  | { id: number; type: "opened"; workbook: DisplayWorkbook }
  | { id: number; type: "checked"; report: WorkbookReport }
  | { id: number; type: "annotated"; bytes: ArrayBuffer }
  /** After setTargets, also the 目标 sheet as it now reads, for the page to show in place of the file's. */
  | { id: number; type: "targets"; targets: PlanTarget[]; sheet?: DisplaySheet }
  | { id: number; type: "charts"; charts: ChartSpec[] }
  /** The previous workbook kept (its name), or none. */
  | { id: number; type: "previous"; name: string | null }
  /** `said`: the file reader's own reason for a file it cannot read, in both languages. */
  | { id: number; type: "failed"; reason: FailureReason; detail: string; said?: FailureSaid };

export interface Progress {
  phase: Phase;
  done?: number;
  total?: number;
}
