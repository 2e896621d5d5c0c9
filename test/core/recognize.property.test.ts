/**
 * Random and hostile grids: the recognizer and the checks never throw, return well-formed tables, and stay
 * within their time budget (a loose bound against runaway growth; speed itself is measured in `npm run bench`).
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import type { CellArea, CellValue, SheetGrid } from "../../src/core/grid";
import { renderFinding } from "../../src/i18n";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false, noDefaultInfinity: false }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "合计",
      "合  计",
      "小计",
      "Total",
      "其中：",
      "序号",
      "2023年",
      "一季度",
      "/",
      "—",
      "约30",
      "709 ",
      "１２３",
      "420家",
      "=SUM(A1)",
      ""
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#DIV/0!" }, true),
  }
);

const sheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    top: fc.nat({ max: 50 }),
    left: fc.nat({ max: 20 }),
    values: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({
        top: fc.nat({ max: 60 }),
        left: fc.nat({ max: 30 }),
        h: fc.nat({ max: 5 }),
        w: fc.nat({ max: 5 }),
      }),
      { maxLength: 6 }
    ),
    hiddenRows: fc.array(fc.nat({ max: 60 }), { maxLength: 4 }),
  })
  .map(({ top, left, values, merges, hiddenRows }) => ({
    name: "s",
    top,
    left,
    values,
    merges: merges.map((m): CellArea => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
    hiddenRows,
  }));

function expectWellFormed(grid: { sheets: SheetGrid[] }) {
  const report = checkWorkbook(grid);
  for (const table of report.tables) {
    expect(table.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    for (const sum of table.sums) {
      expect(sum.cell).toMatch(/^[A-Z]+\d+$/);
      expect(sum.members.length).toBeGreaterThan(0);
    }
  }
  for (const finding of report.findings) expect(typeof renderFinding(finding)).toBe("string");
  return report;
}

describe("the recognizer on random and hostile grids", () => {
  test("random grids with total words, merges and odd values never throw", () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        expectWellFormed({ sheets });
      }),
      { numRuns: 400 }
    );
  });

  const timed = (grid: { sheets: SheetGrid[] }) => {
    const started = performance.now();
    expectWellFormed(grid);
    return performance.now() - started;
  };

  test.each([
    ["empty", [] as CellValue[][]],
    ["one empty row", [[]] as CellValue[][]],
    [
      "all text",
      Array.from({ length: 300 }, (_, r) => Array.from({ length: 30 }, (_, c) => `文字${r}-${c}`)),
    ],
    [
      "ragged",
      Array.from({ length: 500 }, (_, r) =>
        Array.from({ length: r % 37 }, (_, c) =>
          c === 0 ? (r % 9 === 0 ? "合计" : `单位${r}`) : r * c
        )
      ),
    ],
    [
      "10,000 columns wide",
      [
        Array.from({ length: 10_000 }, (_, c) => (c === 0 ? "单位" : `${2000 + (c % 50)}年`)),
        ...Array.from({ length: 6 }, (_, r) =>
          Array.from({ length: 10_000 }, (_, c) => (c === 0 ? (r === 5 ? "合计" : `单位${r}`) : c))
        ),
      ],
    ],
    ["every row a total", Array.from({ length: 2000 }, (_, r) => ["合计", r, r + 1, r + 2])],
  ])("%s: no throw, bounded time", (_name, values) => {
    expect(timed({ sheets: [{ name: "s", top: 0, left: 0, values }] })).toBeLessThan(10_000);
  });

  test("all merged: one merge over a whole block", () => {
    const values = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (r === 0 && c === 0 ? "合计" : null))
    );
    const merges = [{ top: 0, left: 0, bottom: 199, right: 19 }];
    expect(timed({ sheets: [{ name: "s", top: 0, left: 0, values, merges }] })).toBeLessThan(
      10_000
    );
  });

  test("huge: 200,000 cells of a real-looking table in bounded time", () => {
    const units = 9_998;
    const values: CellValue[][] = [
      ["序号", "单位", ...Array.from({ length: 18 }, (_, i) => `${2000 + i}年`)],
    ];
    for (let r = 0; r < units; r++)
      values.push([r + 1, `单位${r}`, ...Array.from({ length: 18 }, (_, c) => (r * 7 + c) % 100)]);
    values.push([
      null,
      "合计",
      ...Array.from({ length: 18 }, (_, c) =>
        values.slice(1).reduce((s, row) => s + (row[c + 2] as number), 0)
      ),
    ]);
    const report = checkWorkbook({ sheets: [{ name: "s", top: 0, left: 0, values }] });
    expect(report.tables).toHaveLength(1);
    // Its made-up values go up and down from year to year (target-decrease); the sums all agree.
    expect(report.findings.filter((f) => f.rule !== "target-decrease")).toEqual([]);
    expect(timed({ sheets: [{ name: "s", top: 0, left: 0, values }] })).toBeLessThan(10_000);
  });
});
