/** The one palette of the marks, for every door; the pane's legend and the 校验结果 summary explain it (results.ts). */
import type { Severity } from "./model";

/** Light fills keep the numbers readable. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/**
 * Traffic lights of `behind-schedule`, a warning (spec/checks.md): a yellow light takes the warning colour, a red one
 * a light orange of its own — never the error colour, so that colour, symbol (⚠) and count (警告) say the same.
 */
export const LIGHT_FILL: Record<"red" | "yellow", string> = {
  red: "#F8CBAD",
  yellow: SEVERITY_FILL.warning,
};
