import { notANumber } from "../../../src/core/checks/not-a-number";
import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { cells, runRule } from "../../support/rules";

describe("not-a-number", () => {
  test("approximate text, words and error values in the numeric area are errors", () => {
    // (One odd cell per row: a row of mostly words would read as a header row.)
    const rows = yongchuanLike(
      [
        ["中山路街道", "约30", 815, 904],
        ["胜利路街道", { error: "#REF!" }, 4443, 4933],
        ["南大街街道", 479, "待定", 612],
        ["茶山竹海街道", 162, 186, "30左右"],
        ["大安街道", 3345, 3847, true],
      ],
      [3986, 9291, 6449]
    );
    const findings = runRule(notANumber, sheetOf("附件1", rows));
    expect(cells(findings)).toEqual([
      "not-a-number@C5",
      "not-a-number@C6",
      "not-a-number@D7",
      "not-a-number@E8",
      "not-a-number@E9",
    ]);
    expect(findings.map((f) => f.severity)).toEqual(Array(5).fill("error"));
    expect(findings[0].message).toBe(
      "中山路街道2023年填的是“约30”，既不是数字，也不是“/”等不适用标记，无法参与合计"
    );
    expect(findings[1].message).toBe("胜利路街道2023年是错误值#REF!，无法参与合计");
  });

  test("a 其中 row is in the numeric area too", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年", "2025年", "2026年"],
      ["高新区", 100, 110, 120],
      ["其中：高新技术企业", "约60", 70, 80],
      ["镇街", 50, 55, 60],
      ["合计", 150, 165, 180],
    ];
    expect(cells(runRule(notANumber, sheetOf("s", rows)))).toEqual(["not-a-number@B3"]);
  });

  test("a column whose total is #REF! while its units are numbers is still checked", () => {
    const rows = yongchuanLike(
      [
        ["中山路街道", 709, 815, 904],
        ["胜利路街道", 3863, 4443, 4933],
      ],
      [4572, { error: "#REF!" }, 5837]
    );
    expect(cells(runRule(notANumber, sheetOf("附件1", rows)))).toEqual(["not-a-number@D7"]);
  });

  test("a clean table, the seeds' '/' included, gives nothing", () => {
    const rows = yongchuanLike(
      [
        ["永川高新区管委会", 139, 166],
        ["区招商投资局", "/", 10],
      ],
      [139, 176]
    );
    expect(runRule(notANumber, sheetOf("附件2", rows))).toEqual([]);
  });

  test("English messages", () => {
    const rows: CellValue[][] = [
      ["Region", "2023", "2024", "2025"],
      ["North", "about 3", 2, 3],
      ["South", "4 ", 4, 5],
      ["Total", 4, 6, 8],
    ];
    const findings = runRule(notANumber, sheetOf("s", rows), "en-US");
    expect(findings.map((f) => f.message)).toEqual([
      'North 2023: "about 3" is neither a number nor a not-applicable mark such as "/"; it cannot be added up',
    ]);
  });
});
