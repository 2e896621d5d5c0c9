import { duplicateSerial as checkSerials } from "../../../src/core/checks/duplicate-serial";

import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";

describe("duplicate-serial", () => {
  const withSerials = (serials: CellValue[]) => {
    const rows = yongchuanLike(
      serials.map((_, i): [string, ...CellValue[]] => [`单位${i + 1}`, i + 1, i + 2]),
      [0, 0]
    );
    serials.forEach((s, i) => (rows[4 + i][0] = s));
    rows[rows.length - 1] = [
      null,
      "合计",
      ...[0, 1].map((c) => rows.slice(4, -1).reduce((n, r) => n + (r[2 + c] as number), 0)),
    ];
    return sheetOf("附件1", rows);
  };

  test.each([
    [[1, 2, 3, 4, 5], []],
    [[1, 2, 3, 1, 2, 3], []],
    [["1", "2.", "（3）", 4], []],
    [[1, 2, 4, 5], ["A7:序号从2跳到4，缺少3"]],
    [[1, 2, 6, 7], ["A7:序号从2跳到6，缺少3-5"]],
    [[1, 2, 2, 3], ["A7:序号2与上一行重复，应为3"]],
    [[1, 2, 2, 4], ["A7:序号2与上一行重复，应为3"]],
    [[1, 2, 3, 2, 5], ["A8:序号2不连续（上一行为3），应为4"]],
    [[1, null, 3, 4], []],
    [[1, null, 2, 3], []],
    [[1, null, 5], ["A7:序号从1跳到5，缺少2-4"]],
  ])("serials %j → %j", (serials, expected) => {
    expect(
      runRule(checkSerials, withSerials(serials)).map((f) => `${f.cell}:${f.message}`)
    ).toEqual(expected);
  });

  test("English", () => {
    const [finding] = runRule(checkSerials, withSerials([1, 2, 2, 4]), "en-US");
    expect(finding.message).toBe("serial number 2 repeats the row above; expected 3");
  });
});
