/**
 * The messages between the page's file list (a month's returns at once) and its worker: each file is read and
 * checked on its own, its annotated copy made on request, and the copies zipped, and the findings list written as
 * .xlsx. Every request carries an id; every answer repeats it. The batch has a worker of its own (the same script as
 * the single file's), so a cancel can stop it without touching the file open in the grid.
 */
import type { Finding } from "../../core/model";
import type { Locale } from "../../i18n";
import type { FailureReason } from "../protocol";

export type BatchRequest =
  /** Read and check one file; with `copyLocale`, also its annotated copy, worded in that language. */
  | { id: number; type: "batch-file"; name: string; bytes: ArrayBuffer; copyLocale?: Locale }
  /** The copies as one .zip (stored, not compressed again: an .xlsx is compressed already). */
  | { id: number; type: "batch-zip"; entries: { name: string; bytes: ArrayBuffer }[] }
  /** A one-sheet .xlsx of these rows (the first row is the header). */
  | { id: number; type: "batch-xlsx"; sheet: string; rows: string[][] };

/** A request before the client numbers it. */
export type BatchRequestBody = WithoutId<BatchRequest>;
type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;

/** A reason in both languages (the list shows the page's). */
export interface Reason {
  zh: string;
  en: string;
}

/** What one file's check gives the list: its findings (data, worded at display) and how many tables were found. */
export interface FileCheck {
  findings: Finding[];
  tables: number;
}

export type BatchResponse =
  /** With `copyLocale`: the copy, or why it could not be made (the file is then listed, not zipped). */
  | {
      id: number;
      type: "batch-checked";
      check: FileCheck;
      copy?: ArrayBuffer;
      copyFailure?: Reason;
    }
  /** The file is no workbook the reader takes, and why. */
  | { id: number; type: "batch-unreadable"; reason: FailureReason; why: Reason }
  | { id: number; type: "batch-bytes"; bytes: ArrayBuffer }
  | { id: number; type: "failed"; reason: FailureReason; detail: string };

/** True for the file list's requests (the worker hands them to the batch engine). */
export function isBatchRequest(request: { type: string }): request is BatchRequest {
  return request.type.startsWith("batch-");
}
