/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { describeFailure } from "../../src/taskpane/failure";
import { paneText } from "../../src/taskpane/strings";

describe("describing a failed host call", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "tooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
    ["ItemNotFound", "notFound"],
    ["AccessDenied", "protected"],
    ["ApiNotFound", "unsupported"],
    ["GeneralException", "unknown"],
  ])("Office code %s reads as %s and keeps the code", (code, reason) => {
    expect(describeFailure(Object.assign(new Error("x"), { code }))).toEqual({ reason, code });
  });

  it.each([
    ["an Error without code", new Error("Cannot read properties of undefined")],
    ["a string", "boom"],
    ["undefined", undefined],
    ["null", null],
    ["a numeric code", { code: 5 }],
    ["a code that is not an identifier", { code: "<script>alert(1)</script>" }],
  ])("%s reads as unknown with no code", (_, error) => {
    expect(describeFailure(error)).toEqual({ reason: "unknown", code: null });
  });

  it("has advice for every reason in both languages", () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const texts = paneText(locale);
      for (const reason of [
        "cellEditMode",
        "tooLarge",
        "notFound",
        "protected",
        "unsupported",
        "unknown",
      ] as const) {
        expect(texts.failureAdvice[reason]).toMatch(/\S/);
      }
    }
  });
});
