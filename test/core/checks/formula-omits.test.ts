import { formulaOmits } from "../../../src/core/checks/formula-omits";
import type { Rule } from "../../../src/core/checks/rule";
import { sumMismatch } from "../../../src/core/checks/sum-mismatch";

/** formula-omits, and the typed total among formulas (an info of sum-mismatch, judged from the formulas too). */
const typedTotals: Rule = {
  ...sumMismatch,
  check: (ctx) => sumMismatch.check(ctx).filter((f) => f.severity === "info"),
};
const checkFormulas = [formulaOmits, typedTotals];
import type { CellValue } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { cells, runRule } from "../../support/rules";

/** 永川-style: 序号 | 园区/镇街 | 2023年 | 2024年, three units in rows 5–7, 合计 in row 8. */
function table(
  total: CellValue[],
  formulas: (string | null)[],
  units?: [string, ...CellValue[]][]
) {
  const rows = yongchuanLike(
    units ?? [
      ["中山路街道", 709, 815],
      ["胜利路街道", 3863, 4443],
      ["南大街街道", 479, 551],
    ],
    total
  );
  const formulaGrid = rows.map((r) => r.map(() => null as string | null));
  formulaGrid[rows.length - 1] = [null, null, ...formulas];
  return sheetOf("附件1", rows, { formulas: formulaGrid });
}

describe("formula-omits", () => {
  test("correct formula totals (SUM, a + chain, SUBTOTAL, absolute references) give no finding", () => {
    for (const [c, d] of [
      ["=SUM(C5:C7)", "=SUM(D5:D7)"],
      ["=C5+C6+C7", "=D5+D6+D7"],
      ["=SUBTOTAL(9,C5:C7)", "=SUBTOTAL(109,$D$5:$D$7)"],
    ])
      expect(runRule(checkFormulas, table([5051, 5809], [c, d]))).toEqual([]);
  });

  test("a range that stops one unit short is an error at the total, naming the unit left out", () => {
    // The cached value agrees with the formula, not with the units.
    const findings = runRule(checkFormulas, table([4572, 5809], ["=SUM(C5:C6)", "=SUM(D5:D7)"]));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "formula-omits",
        severity: "error",
        sheet: "附件1",
        cell: "C8",
        expected: 5051,
        actual: 4572,
        difference: -479,
        related: ["C5:C7"],
        message:
          "2023年合计的公式=SUM(C5:C6)漏算了C7（南大街街道）（各单位之和为5051，公式结果为4572）",
      }),
    ]);
  });

  test("a total typed by hand among formula totals is an info (sum-mismatch)", () => {
    const rows = yongchuanLike(
      [
        ["a", 1, 2, 3],
        ["b", 1, 2, 3],
      ],
      [2, 4, 6]
    );
    const formulas = rows.map((r) => r.map(() => null as string | null));
    formulas[6] = [null, null, "=SUM(C5:C6)", "=SUM(D5:D6)", null];
    const findings = runRule(checkFormulas, sheetOf("s", rows, { formulas }));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "sum-mismatch",
        severity: "info",
        cell: "E7",
        message:
          "2025年合计6是手工录入的数值，而本行其他合计都是公式：单位数据改动后它不会随之更新",
      }),
    ]);
  });

  test("a unit left out whose cell is blank or '/' adds nothing today: no finding", () => {
    const units: [string, ...CellValue[]][] = [
      ["中山路街道", 709, 815],
      ["胜利路街道", 3863, 4443],
      ["南大街街道", "/", null],
    ];
    expect(runRule(checkFormulas, table([4572, 5258], ["=SUM(C5:C6)", "=D5+D6"], units))).toEqual(
      []
    );
  });

  test("a cell named twice, a 其中 row and the total itself are reported as extra", () => {
    const rows: CellValue[][] = [
      ["单位", "2024年", "2025年", "2026年"],
      ["高新区", 100, 110, 120],
      ["其中：高新技术企业", 60, 70, 80],
      ["镇街", 50, 55, 60],
      ["合计", 150, 165, 180],
    ];
    const formulas = rows.map((r) => r.map(() => null as string | null));
    formulas[4] = [null, "=SUM(B2:B4)", "=SUM(C2,C4,C4)", "=SUM(D2:D5)"];
    const findings = runRule(checkFormulas, sheetOf("s", rows, { formulas }));
    expect(cells(findings)).toEqual(["formula-omits@B5", "formula-omits@C5", "formula-omits@D5"]);
    expect(findings[0].message).toContain("多计入了B3（其中：高新技术企业）");
    expect(findings[1].message).toContain("重复计入了C4（镇街）");
    expect(findings[2].message).toContain("多计入了D3（其中：高新技术企业）、D5（合计）");
  });

  describe("subtotals", () => {
    const rows: CellValue[][] = [
      ["序号", "单位", "2025年"],
      [1, "高新区", 10],
      [2, "港桥园区", 20],
      [null, "园区小计", 30],
      [1, "中山路街道", 5],
      [2, "胜利路街道", 7],
      [null, "镇街小计", 12],
      [null, "合计", 42],
    ];
    const withFormulas = (subtotal1: string, subtotal2: string, total: string) => {
      const formulas = rows.map((r) => r.map(() => null as string | null));
      formulas[3][2] = subtotal1;
      formulas[6][2] = subtotal2;
      formulas[7][2] = total;
      return sheetOf("s", rows, { formulas });
    };

    test("a grand total may add up the subtotals, or the units around them", () => {
      expect(runRule(checkFormulas, withFormulas("=SUM(C2:C3)", "=SUM(C5:C6)", "=C4+C7"))).toEqual(
        []
      );
      expect(
        runRule(checkFormulas, withFormulas("=SUM(C2:C3)", "=SUM(C5:C6)", "=SUM(C2:C3,C5:C6)"))
      ).toEqual([]);
    });

    test("a grand total over units and subtotals counts the units twice", () => {
      const findings = runRule(
        checkFormulas,
        withFormulas("=SUM(C2:C3)", "=SUM(C5:C6)", "=SUM(C2:C7)")
      );
      expect(findings).toEqual([
        expect.objectContaining({
          rule: "formula-omits",
          cell: "C8",
          expected: 42,
          message:
            "2025年合计的公式=SUM(C2:C7)把C4（园区小计）、C7（镇街小计）与其所含单位重复计入（各单位之和为42，公式结果为42）",
        }),
      ]);
    });

    test("SUBTOTAL skips SUBTOTAL cells: a SUBTOTAL grand total over SUBTOTAL subtotals is right", () => {
      expect(
        runRule(
          checkFormulas,
          withFormulas("=SUBTOTAL(9,C2:C3)", "=SUBTOTAL(9,C5:C6)", "=SUBTOTAL(9,C2:C7)")
        )
      ).toEqual([]);
      // …but SUBTOTAL over SUM subtotals counts them.
      expect(
        cells(
          runRule(checkFormulas, withFormulas("=SUM(C2:C3)", "=SUM(C5:C6)", "=SUBTOTAL(9,C2:C7)"))
        )
      ).toEqual(["formula-omits@C8"]);
    });

    test("a subtotal whose range reaches into the other group", () => {
      const findings = runRule(checkFormulas, withFormulas("=SUM(C2:C3)", "=SUM(C4:C6)", "=C4+C7"));
      expect(cells(findings)).toEqual(["formula-omits@C7"]);
      expect(findings[0].message).toContain("C4（园区小计）");
    });
  });

  test("a total column (合计 after the quarters) whose formula skips a quarter", () => {
    const rows: CellValue[][] = [
      ["序号", "乡镇(街道)", "新增科技型企业总数(家)", null, null, null, null],
      [null, null, "一季度", "二季度", "三季度", "四季度", "合计"],
      [1, "高新区管委会", 10, 10, 10, 10, 40],
      [2, "梁山街道", 3, 3, 3, 3, 12],
      [3, "双桂街道", 3, 2, 3, 4, 12],
      ["合计", null, 16, 15, 16, 17, 64],
    ];
    const formulas = rows.map((r) => r.map(() => null as string | null));
    formulas[2][6] = "=SUM(C3:F3)";
    formulas[3][6] = "=SUM(C4:E4)+F4";
    formulas[4][6] = "=SUM(C5:E5)";
    const sheet = sheetOf("附件", rows, {
      formulas,
      mergeRanges: ["A1:A2", "B1:B2", "C1:G1", "A6:B6"],
    });
    const findings = runRule(checkFormulas, sheet);
    expect(cells(findings)).toEqual(["formula-omits@G5"]);
    expect(findings[0].message).toBe(
      "双桂街道合计的公式=SUM(C5:E5)漏算了F5（四季度）（各单位之和为12，公式结果为12）"
    );
  });

  test("SUBTOTAL(109, …) leaves out hidden unit rows; SUM and SUBTOTAL(9, …) do not", () => {
    const hidden = (formula: string) => {
      const sheet = table([5051, 5809], [formula, "=SUM(D5:D7)"]);
      return runRule(checkFormulas, { ...sheet, hiddenRows: [5] });
    };
    expect(hidden("=SUM(C5:C7)")).toEqual([]);
    expect(hidden("=SUBTOTAL(9,C5:C7)")).toEqual([]);
    expect(hidden("=SUBTOTAL(109,C5:C7)").map((f) => f.message)).toEqual([
      "2023年合计的公式=SUBTOTAL(109,C5:C7)漏算了C6（胜利路街道）（各单位之和为5051，公式结果为5051）",
    ]);
  });

  test("formulas that are not plain sums are not judged", () => {
    expect(runRule(checkFormulas, table([5051, 5809], ["=ROUND(SUM(C5:C7),0)", "=D9"]))).toEqual(
      []
    );
  });

  test("English tables: the message in English", () => {
    const rows: CellValue[][] = [
      ["Region", "2023", "2024"],
      ["North", 1, 2],
      ["South", 3, 4],
      ["East", 5, 5],
      ["Total", 4, 11],
    ];
    const formulas = rows.map((r) => r.map(() => null as string | null));
    formulas[4] = [null, "=SUM(B2:B3)", "=SUM(C2:C4)"];
    const findings = runRule(checkFormulas, sheetOf("s", rows, { formulas }), "en-US");
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "B5",
        message:
          "2023 Total: the formula =SUM(B2:B3) leaves out B4 (East) (the units add up to 9, the formula gives 4)",
      }),
    ]);
  });
});
