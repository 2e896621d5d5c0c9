/**
 * Turns whatever a host call threw into a reason the pane can explain in words. The raw message or stack is never
 * shown: Office error messages are often English, technical, or empty. The Office error code, when there is one,
 * is kept so a user can quote it to support.
 */
import type { FailureReason } from "./strings";

export interface Failure {
  reason: FailureReason;
  /** An Office error code such as `InvalidOperationInCellEditMode`, if the error carried one. */
  code: string | null;
}

const REASON_BY_CODE: Record<string, FailureReason> = {
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
  TargetSheetOccupied: "targetSheetOccupied",
  ChartsNotInBrowser: "chartsNotInBrowser",
};

export function describeFailure(error: unknown): Failure {
  const code = errorCode(error);
  return { reason: (code && REASON_BY_CODE[code]) || "unknown", code };
}

function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(code) ? code : null;
}
