/**
 * One typed failure for every door: a kind (why, as far as we can tell) and its params, rendered by the catalog.
 * Whatever a host call, the worker or the core threw becomes a Failure once (`failureOf`); pane, page, worker
 * client and ribbon commands all carry this shape, never a raw message or stack (Office messages are often English,
 * technical or empty).
 */
import type { Locale } from "./index";
import { TargetSheetOccupiedError } from "../core/targets/targetSheetLayout";
import { uiText } from "./index";
import type { FailureKind, PaneAction } from "./ui";

export type { FailureKind } from "./ui";

/** A reason already in words, in each language (the file reader's own one-line reason for a file it cannot read). */
export type FailureSaid = Record<Locale, string>;

export interface FailureParams {
  /** The Office error code (such as `InvalidOperationInCellEditMode`), kept so a user can quote it to support. */
  code?: string;
  /** The sheet concerned, where there is one (the 目标 sheet that holds no target table). */
  sheet?: string;
  /** Why, in words, where the failing part knows better than the kind (a 0-byte file, a damaged .et). */
  said?: FailureSaid;
}

export interface Failure {
  kind: FailureKind;
  params: FailureParams;
}

/** What failed: the action the user asked for, and why. */
export interface ActionFailure {
  action: PaneAction;
  failure: Failure;
}

/** A failure thrown on purpose: it travels as itself, and `failureOf` returns it unchanged. */
export class FailureError extends Error {
  constructor(
    readonly failure: Failure,
    /** For developers (the console, a test): never shown to the user. */
    detail = ""
  ) {
    super(detail ? `${failure.kind}: ${detail}` : failure.kind);
    this.name = "FailureError";
  }
}

export function failure(kind: FailureKind, params: FailureParams = {}): Failure {
  return { kind, params };
}

const KIND_BY_OFFICE_CODE: Record<string, FailureKind> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  ItemNotFound: "notFound",
  InvalidReference: "notFound",
  AccessDenied: "protected",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  UnsupportedFeature: "unsupported",
};

/** Whatever was thrown, as a failure the user can be told about. */
export function failureOf(error: unknown): Failure {
  if (error instanceof FailureError) return error.failure;
  if (error instanceof TargetSheetOccupiedError)
    return failure("targetSheetOccupied", { sheet: error.sheet });
  const code = officeCode(error);
  if (!code) return failure("unknown");
  return failure(KIND_BY_OFFICE_CODE[code] ?? "unknown", { code });
}

/** What the user reads: the advice, then the error code for support when there is one. */
export function failureLines(value: Failure, locale: Locale): string[] {
  const texts = uiText(locale);
  const lines = [value.params.said?.[locale] ?? texts.failureAdvice[value.kind]];
  if (value.params.code) lines.push(texts.errorCode(value.params.code));
  return lines;
}

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(code) ? code : null;
}
