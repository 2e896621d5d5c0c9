/**
 * Workbooks without cached values give the same findings as the same workbooks saved by Excel with cached
 * values — plus `formula-uncomputed` infos only where evaluation is impossible.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { checkWorkbook } from "../../../src/core/check";
import { renderFinding } from "../../../src/i18n";
import { brief, checkTwins, setFormula, withoutCachedValues } from "../../support/formulaTwins";

/** 永川-style: 序号 | 园区/镇街 | 2023年 | 2024年; units in rows 5…, 合计 below them. */
function table(
  units: [string, ...CellValue[]][] = [
    ["中山路街道", 709, 815],
    ["胜利路街道", 3863, 4443],
    ["南大街街道", 479, 551],
  ],
  total: CellValue[] = [5051, 5809],
  name = "附件1"
): SheetGrid {
  return sheetOf(name, yongchuanLike(units, total));
}

const book = (...sheets: SheetGrid[]): WorkbookGrid => ({ sheets });

function expectTwinsAgree(workbook: WorkbookGrid) {
  const twins = checkTwins(workbook);
  expect(twins.uncached).toEqual(twins.cached);
  expect(twins.tablesUncached).toEqual(twins.tablesCached);
  return twins;
}

describe("twins: saved by Excel and written by a script give the same findings", () => {
  test("correct SUM totals", () => {
    const s = table();
    setFormula(s, "C8", "=SUM(C5:C7)", 5051);
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    expect(expectTwinsAgree(book(s)).cached).toEqual([]);
  });

  test("one SUM short by a row: its column stays, and the formula is reported", () => {
    const s = table();
    setFormula(s, "C8", "=SUM(C5:C6)", 4572);
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    const twins = expectTwinsAgree(book(s));
    expect(brief(twins.uncached)).toEqual(["sum-mismatch@附件1!C8", "formula-omits@附件1!C8"]);
  });

  test("every SUM short by one row, two columns (the last unit left out in every column)", () => {
    const s = table();
    setFormula(s, "C8", "=SUM(C5:C6)", 4572);
    setFormula(s, "D8", "=SUM(D5:D6)", 5258);
    const twins = expectTwinsAgree(book(s));
    expect(brief(twins.uncached)).toEqual([
      "sum-mismatch@附件1!C8",
      "sum-mismatch@附件1!D8",
      "formula-omits@附件1!C8",
      "formula-omits@附件1!D8",
    ]);
  });

  test("every SUM short by one row in a five-year table of six units", () => {
    const units: [string, ...number[]][] = [
      ["中山路街道", 709, 815, 937, 1078, 1240],
      ["胜利路街道", 3863, 4443, 5109, 5875, 6757],
      ["南大街街道", 479, 551, 634, 729, 838],
      ["茶山竹海街道", 120, 138, 159, 183, 210],
      ["大安街道", 95, 109, 125, 144, 166],
      ["凤凰湖产业园", 400, 460, 529, 608, 699],
    ];
    const s = table(units, [null, null, null, null, null]);
    "CDEFG".split("").forEach((col, i) => {
      const short = units.slice(0, 5).reduce((sum, u) => sum + (u[i + 1] as number), 0);
      setFormula(s, `${col}11`, `=SUM(${col}5:${col}9)`, short);
    });
    const twins = expectTwinsAgree(book(s));
    const totals = "CDEFG".split("").map((col) => `附件1!${col}11`);
    expect(brief(twins.uncached)).toEqual([
      ...totals.map((c) => `sum-mismatch@${c}`),
      ...totals.map((c) => `formula-omits@${c}`),
    ]);
    expect(renderFinding(twins.uncached.find((f) => f.rule === "formula-omits")!)).toBe(
      "2023年合计的公式=SUM(C5:C9)漏算了C10（凤凰湖产业园）（各单位之和为5666，公式结果为5266）"
    );
  });

  test("a member that is a formula", () => {
    const s = table();
    setFormula(s, "C6", "=3000+863", 3863);
    setFormula(s, "D6", "=D5+3628", 4443);
    expect(expectTwinsAgree(book(s)).cached).toEqual([]);
  });

  test("cross-sheet references: a summary sheet linking every unit to 附件1, with a SUM total", () => {
    const source = table();
    const summary = table(
      [
        ["中山路街道", null, null],
        ["胜利路街道", null, null],
        ["南大街街道", null, null],
      ],
      [null, null],
      "汇总"
    );
    for (const [r, values] of [
      [5, [709, 815]],
      [6, [3863, 4443]],
      [7, [479, 551]],
    ] as const) {
      setFormula(summary, `C${r}`, `='附件1'!C${r}`, values[0]);
      setFormula(summary, `D${r}`, `=附件1!$D$${r}`, values[1]);
    }
    setFormula(summary, "C8", "=SUM(C5:C7)", 5051);
    setFormula(summary, "D8", "=SUM(D5:D7)-1", 5808); // the summary's own total is off by one
    const twins = expectTwinsAgree(book(source, summary));
    expect(brief(twins.uncached)).toEqual(["sum-mismatch@汇总!D8"]);
  });

  test("SUBTOTAL 9 and 109 over a hidden unit row: 9 counts it, 109 leaves it out", () => {
    const s = table(
      [
        ["中山路街道", 709, 815],
        ["胜利路街道", 3863, 4443],
        ["南大街街道", 479, 551],
      ],
      [null, null]
    );
    s.hiddenRows = [5]; // row 6, 胜利路街道
    setFormula(s, "C8", "=SUBTOTAL(9,C5:C7)", 5051);
    setFormula(s, "D8", "=SUBTOTAL(109,D5:D7)", 1366);
    const twins = expectTwinsAgree(book(s));
    expect(brief(twins.uncached)).toEqual(["sum-mismatch@附件1!D8", "formula-omits@附件1!D8"]);
  });

  test("a number typed as text inside a SUM: skipped by SUM in both twins", () => {
    const s = table([
      ["中山路街道", 709, 815],
      ["胜利路街道", "3863 ", 4443],
      ["南大街街道", 479, 551],
    ]);
    setFormula(s, "C8", "=SUM(C5:C7)", 1188);
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    const twins = expectTwinsAgree(book(s));
    expect(brief(twins.uncached)).toEqual(["sum-mismatch@附件1!C8", "number-as-text@附件1!C6"]);
  });

  test("a number typed as text added with `+`: counted, as Excel does", () => {
    const s = table([
      ["中山路街道", 709, 815],
      ["胜利路街道", "3863 ", 4443],
      ["南大街街道", 479, 551],
    ]);
    setFormula(s, "C8", "=C5+C6+C7", 5051);
    setFormula(s, "D8", "=D5+D6+D7", 5809);
    const twins = expectTwinsAgree(book(s));
    expect(brief(twins.uncached)).toEqual(["number-as-text@附件1!C6"]);
  });
});

describe("where evaluation is impossible: formula-uncomputed, the value unknown — never 0, never a dropped column", () => {
  const withoutUncomputed = (findings: { rule: string }[]) =>
    findings.filter((f) => f.rule !== "formula-uncomputed");

  test("a member that is a VLOOKUP: an info on it; its column's total is not judged, the others are", () => {
    const s = table(
      [
        ["中山路街道", 709, 815],
        ["胜利路街道", 3863, 4443],
        ["南大街街道", 479, 551],
      ],
      [5051, 5808]
    );
    setFormula(s, "C6", "=VLOOKUP(B6,数据!A:C,2,FALSE)", 3863);
    const twins = checkTwins(book(s));
    expect(brief(twins.cached)).toEqual(["sum-mismatch@附件1!D8"]);
    expect(brief(twins.uncached)).toEqual(["sum-mismatch@附件1!D8", "formula-uncomputed@附件1!C6"]);
    expect(twins.tablesUncached).toEqual(twins.tablesCached);
    const info = twins.uncached.find((f) => f.rule === "formula-uncomputed")!;
    expect(info).toMatchObject({ severity: "info", table: "A4:D8" });
    expect(renderFinding(info)).toBe(
      "公式=VLOOKUP(B6,数据!A:C,2,FALSE)没有保存计算结果，且无法计算（本工具不计算函数 VLOOKUP）：" +
        "按未知值处理，用到它的合计未作核对。请在 Excel 中打开并保存后再校验"
    );
  });

  test("a total that is a VLOOKUP: its column stays in the table, the total is unknown, no false error", () => {
    const s = table();
    setFormula(s, "C8", "=VLOOKUP(B8,汇总!A:C,2,FALSE)", 5051);
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    const twins = checkTwins(book(s));
    expect(twins.cached).toEqual([]);
    expect(brief(twins.uncached)).toEqual(["formula-uncomputed@附件1!C8"]);
    expect(twins.tablesUncached).toEqual(twins.tablesCached);
  });

  test("a cycle (the total's range takes in the total itself): reported, never taken as 0", () => {
    const s = table();
    setFormula(s, "C8", "=SUM(C5:C8)", 0); // Excel shows 0 for a circular reference
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    const twins = checkTwins(book(s));
    expect(brief(twins.cached)).toEqual(["sum-mismatch@附件1!C8", "formula-omits@附件1!C8"]);
    // Without a cached value the total is unknown: its sum is not compared, the formula's reach still is.
    expect(brief(twins.uncached)).toEqual([
      "formula-omits@附件1!C8",
      "formula-uncomputed@附件1!C8",
    ]);
    const omits = twins.uncached[0];
    expect(omits.expected).toBeUndefined();
    expect(renderFinding(omits)).toBe(
      "2023年合计的公式=SUM(C5:C8)多计入了C8（合计）（有数值无法计算，未比较合计）"
    );
    expect(renderFinding(twins.uncached[1])).toContain("循环引用");
    expect(withoutUncomputed(twins.uncached).length).toBeGreaterThan(0);
  });

  test("formulas outside every table are said once per sheet", () => {
    const s = table();
    s.values.push([], ["备注", null, null, null]);
    setFormula(s, "C10", '=INDIRECT("C5")', 709);
    setFormula(s, "D10", "=C10*2", 1418);
    const twins = checkTwins(book(s));
    expect(twins.cached).toEqual([]);
    expect(brief(twins.uncached)).toEqual(["formula-uncomputed@附件1!C10"]);
    expect(twins.uncached[0].severity).toBe("info");
    expect(twins.uncached[0].table).toBeUndefined();
    expect(renderFinding(twins.uncached[0])).toBe(
      '本工作表的分解表以外还有2个公式没有保存计算结果且无法计算，如此处的=INDIRECT("C5")（本工具不计算函数 INDIRECT）：' +
        "按未知值处理。请在 Excel 中打开并保存后再校验"
    );
  });

  test("plan targets: a total formula without a value is computed and compared, not 'no column for 2024'", () => {
    const s = table(
      [
        ["中山路街道", 709, 815],
        ["胜利路街道", 3863, 4443],
        ["南大街街道", 479, 551],
      ],
      [null, null]
    );
    s.values[1][0] = "研发投入任务分解";
    setFormula(s, "C8", "=SUM(C5:C7)", 5051);
    setFormula(s, "D8", "=SUM(D5:D7)", 5809);
    const targets = [{ indicator: "研发投入", period: "2024", op: ">" as const, value: 6000 }];
    const cached = checkWorkbook(book(s), { targets });
    const uncached = checkWorkbook(withoutCachedValues(book(s)), { targets });
    expect(uncached.findings).toEqual(cached.findings);
    expect(uncached.targets).toEqual(cached.targets);
    expect(uncached.targets?.[0]).toMatchObject({ status: "not-met", cell: "D8", actual: 5809 });

    // A total nobody can compute: the target is unchecked for that reason, not for a missing column.
    setFormula(s, "D8", "=VLOOKUP(B8,汇总!A:C,3,FALSE)", 5809);
    const unknown = checkWorkbook(withoutCachedValues(book(s)), { targets });
    expect(unknown.targets?.[0]).toMatchObject({
      status: "unchecked",
      reason: { kind: "uncomputed-total", column: "2024年" },
    });
    expect(unknown.tables[0].periods.map((p) => p.column)).toEqual(["C", "D"]);
  });
});
