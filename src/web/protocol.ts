/** The messages between the page and its worker. Every request carries an id; every answer repeats it. */
import type { WorkbookReport } from "../core/check";
import type { Locale } from "../core/model";
import type { DisplayWorkbook } from "./display";

/**
 * What is under way; `done`/`total` make the progress bar determinate where they are known. `read` (the file's
 * bytes) and `load` (starting the worker) happen in the page, the rest in the worker.
 */
export type Phase = "read" | "load" | "parse" | "sheets" | "check" | "write";

export type Request =
  | { id: number; type: "open"; name: string; bytes: ArrayBuffer }
  | { id: number; type: "check"; locale: Locale }
  | { id: number; type: "annotate" };

/** A request before the client numbers it. */
export type RequestBody = WithoutId<Request>;
type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;

/** Why a request failed: the reasons of an unreadable file, no workbook opened yet, or a bug. */
export type FailureReason = "not-xlsx" | "encrypted" | "corrupt" | "no-workbook" | "internal";

export type Response =
  | { id: number; type: "progress"; phase: Phase; done?: number; total?: number }
  | { id: number; type: "opened"; workbook: DisplayWorkbook }
  | { id: number; type: "checked"; report: WorkbookReport }
  | { id: number; type: "annotated"; bytes: ArrayBuffer }
  | { id: number; type: "failed"; reason: FailureReason; detail: string };

export interface Progress {
  phase: Phase;
  done?: number;
  total?: number;
}
