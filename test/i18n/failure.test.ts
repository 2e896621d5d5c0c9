import { TargetSheetOccupiedError } from "../../src/core/targets/targetSheetLayout";
import { uiText, type FailureKind } from "../../src/i18n";
import { failure, FailureError, failureLines, failureOf } from "../../src/i18n/failure";

describe("one typed failure", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "tooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
    ["ItemNotFound", "notFound"],
    ["AccessDenied", "protected"],
    ["ApiNotFound", "unsupported"],
    ["GeneralException", "unknown"],
  ])("Office code %s reads as %s and keeps the code", (code, kind) => {
    expect(failureOf(Object.assign(new Error("x"), { code }))).toEqual({
      kind,
      params: { code },
    });
  });

  it.each([
    ["an Error without code", new Error("Cannot read properties of undefined")],
    ["a string", "boom"],
    ["undefined", undefined],
    ["null", null],
    ["a numeric code", { code: 5 }],
    ["a code that is not an identifier", { code: "<script>alert(1)</script>" }],
  ])("%s reads as unknown with no code", (_, error) => {
    expect(failureOf(error)).toEqual({ kind: "unknown", params: {} });
  });

  it("a 目标 sheet that holds no target table is its own kind, naming the sheet, with no made-up code", () => {
    expect(failureOf(new TargetSheetOccupiedError("目标"))).toEqual({
      kind: "targetSheetOccupied",
      params: { sheet: "目标" },
    });
  });

  it("a failure thrown on purpose travels unchanged, its detail for developers only", () => {
    const thrown = new FailureError(failure("encrypted"), "password set");
    expect(failureOf(thrown)).toEqual({ kind: "encrypted", params: {} });
    expect(failureLines(thrown.failure, "zh-CN").join("")).not.toContain("password set");
  });

  it("renders the advice, then the code for support, Chinese first", () => {
    const lines = failureLines(
      failure("cellEditMode", { code: "InvalidOperationInCellEditMode" }),
      "zh-CN"
    );
    expect(lines).toEqual([
      uiText("zh-CN").failureAdvice.cellEditMode,
      "错误代码：InvalidOperationInCellEditMode",
    ]);
    expect(failureLines(failure("unknown"), "en-US")).toEqual([
      uiText("en-US").failureAdvice.unknown,
    ]);
  });

  it("has advice for every kind in both languages", () => {
    const kinds: FailureKind[] = [
      "cellEditMode",
      "tooLarge",
      "notFound",
      "protected",
      "unsupported",
      "targetSheetOccupied",
      "notXlsx",
      "encrypted",
      "corrupt",
      "noWorkbook",
      "internal",
      "unknown",
    ];
    for (const locale of ["zh-CN", "en-US"] as const) {
      const advice = uiText(locale).failureAdvice;
      expect(Object.keys(advice).sort()).toEqual([...kinds].sort());
      for (const kind of kinds) expect(advice[kind]).toMatch(/\S/);
    }
  });
});
