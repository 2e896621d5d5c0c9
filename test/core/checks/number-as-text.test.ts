import { numberAsText } from "../../../src/core/checks/number-as-text";
import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { cells, runRule } from "../../support/rules";

describe("number-as-text", () => {
  test("numbers typed as text in member cells are warnings at those cells; '/' and blanks are not", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", "709 ", 815],
        ["胜利路街道", "1,234", "/"],
        ["南大街街道", "１２３", null],
        ["茶山竹海街道", 162, "—"],
      ],
      [2228, 815]
    );
    const findings = runRule(numberAsText, sheetOf("附件1", rows));
    expect(cells(findings)).toEqual([
      "number-as-text@C5",
      "number-as-text@C6",
      "number-as-text@C7",
    ]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      actual: 709,
      message:
        "中山路街道2023年的“709 ”是文本形式的数字，Excel 的 SUM 会跳过它，用公式求和时会漏算709；请改为数值",
    });
  });

  test("under a formula total the message names the total that silently drops it", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", "709 "],
        ["胜利路街道", 3863],
      ],
      [3863]
    );
    const formulas = rows.map((r) => r.map(() => null as string | null));
    formulas[6][2] = "=SUM(C5:C6)";
    const [finding] = runRule(numberAsText, sheetOf("附件1", rows, { formulas }));
    expect(finding).toMatchObject({
      rule: "number-as-text",
      cell: "C5",
      message:
        "中山路街道2023年的“709 ”是文本形式的数字，Excel 的 SUM 会跳过它，公式合计C7因此漏算了709；请改为数值",
    });
  });

  test("rates typed as text and totals typed as text are not summed members: no warning", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年目标", "完成", "完成率"],
      ["a", 10, 5, "50%"],
      ["b", 10, 10, "100%"],
      ["合计", "20", 15, "75%"],
    ];
    expect(runRule(numberAsText, sheetOf("s", rows))).toEqual([]);
  });
});
