/** The one palette of the marks, for every door; the pane's legend and the 校验结果 summary explain it (results.ts). */
import type { Severity } from "./model";

/** Light fills keep the numbers readable. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Traffic lights of `behind-schedule`: a red light takes the error colour, a yellow one the warning colour. */
export const LIGHT_FILL: Record<"red" | "yellow", string> = {
  red: SEVERITY_FILL.error,
  yellow: SEVERITY_FILL.warning,
};
