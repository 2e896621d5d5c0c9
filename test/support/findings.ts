/** Findings for tests of the doors, as data the way the rules build them; the doors render them. */
import { message } from "../../src/core/messages";
import type { Finding } from "../../src/core/model";
import { renderFinding } from "../../src/i18n";

/** A message whose rendering names `text` (a repeated unit called so): for fakes whose wording does not matter. */
export function saying(text: string): Pick<Finding, "messageId" | "params"> {
  return message("duplicateUnit", { name: text, firstCell: "A1" });
}

/** A sum-mismatch message: `2027年合计600000，但各单位之和为600001，相差-1`. */
export function sumMessage(
  actual: number,
  expected: number,
  column = "2027年"
): Pick<Finding, "messageId" | "params"> {
  const difference = actual - expected;
  return message("sumMismatch", {
    column,
    totalLabel: "合计",
    actual: String(actual),
    expected: String(expected),
    difference: difference > 0 ? `+${difference}` : String(difference),
  });
}

/** What a fake made with `saying(text)` says, in Chinese. */
export function said(text: string): string {
  return renderFinding(saying(text));
}
