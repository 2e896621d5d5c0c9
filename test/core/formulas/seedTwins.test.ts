/**
 * The seed tables as a script would write them: every total a SUM formula, some units links to another sheet —
 * once with the values Excel caches, once without any. Both must give the same tables and findings.
 */
import { cellAddress, parseArea } from "../../../src/core/a1";
import { checkWorkbook } from "../../../src/core/check";
import type { SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { brief, checkTwins, cloneWorkbook, excelSum, setFormula } from "../../support/formulaTwins";
import { seedGrid } from "../../support/seeds";

/** One source sheet per sheet of the seed, so links keep their addresses. */
const SOURCE_SHEET = "源数据";

/** `C5:C30` → `C5:C29`: the last unit left out. */
function oneRowShort(range: string): string | null {
  const area = parseArea(range)!;
  if (area.left !== area.right || area.bottom <= area.top) return null;
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom - 1, area.left)}`;
}

/**
 * Every recognized total becomes `=SUM(its members)`; the first units of each table link to a source sheet.
 * With `short`, the grand totals of the first table stop one row short, in every column.
 */
function withFormulas(
  seed: WorkbookGrid,
  short = false
): { workbook: WorkbookGrid; shortened: string[] } {
  const workbook = cloneWorkbook(seed);
  const report = checkWorkbook(workbook);
  const sources = new Map<string, SheetGrid>();
  const sums = new Map<string, { sheet: SheetGrid; cell: string; members: string[] }>();
  const shortened: string[] = [];
  report.tables.forEach((table, index) => {
    const sheet = workbook.sheets.find((s) => s.name === table.sheet)!;
    const sourceName = `${SOURCE_SHEET}${table.sheet}`;
    if (!sources.has(sourceName))
      sources.set(sourceName, { name: sourceName, top: 0, left: 0, values: [] });
    const source = sources.get(sourceName)!;
    for (const sum of table.sums) {
      const key = `${table.sheet}!${sum.cell}`;
      if (sums.has(key)) continue;
      const row = Number(/\d+$/.exec(sum.cell)![0]);
      const cut = sum.members.length === 1 ? oneRowShort(sum.members[0]) : null;
      if (short && index === 0 && table.totalRows.includes(row) && cut) {
        sums.set(key, { sheet, cell: sum.cell, members: [cut] });
        shortened.push(key);
      } else sums.set(key, { sheet, cell: sum.cell, members: sum.members });
    }
    // Member links across sheets: the first two unit rows, every summable column.
    for (const row of table.unitRows.slice(0, 2))
      for (const period of table.periods.filter((p) => p.kind !== "rate")) {
        const address = `${period.column}${row}`;
        const { top, left } = parseArea(address)!;
        const value = sheet.values[top]?.[left];
        if (typeof value !== "number") continue;
        while (source.values.length <= top) source.values.push([]);
        source.values[top][left] = value;
        setFormula(sheet, address, `='${sourceName}'!${address}`, value);
      }
  });
  // Excel's cached values: totals over totals settle after a few passes.
  for (let pass = 0; pass < 4; pass++)
    for (const { sheet, cell, members } of sums.values())
      setFormula(sheet, cell, `=SUM(${members.join(",")})`, excelSum(sheet, members));
  workbook.sheets.push(...sources.values());
  return { workbook, shortened };
}

describe.each(["yongchuan.xlsx", "liangping.xlsx", "beibei.xlsx"])("seed %s", (file) => {
  test("with and without cached values: the same tables and findings", async () => {
    const { workbook } = withFormulas(await seedGrid(file));
    const formulas = workbook.sheets.flatMap((s) =>
      (s.formulas ?? []).flatMap((row, r) =>
        row.flatMap((f, c) => (f ? [`${s.name}!${cellAddress(r, c)}`] : []))
      )
    );
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.some((f) => f.startsWith(`${SOURCE_SHEET}!`))).toBe(false);
    const twins = checkTwins(workbook);
    expect(twins.tablesUncached).toEqual(twins.tablesCached);
    expect(twins.uncached).toEqual(twins.cached);
    expect(brief(twins.uncached).filter((f) => f.startsWith("formula-"))).toEqual([]);
  });

  test("every grand total of the first table one row short: each one reported, with or without cached values", async () => {
    const { workbook, shortened } = withFormulas(await seedGrid(file), true);
    expect(shortened.length).toBeGreaterThanOrEqual(4);
    const twins = checkTwins(workbook);
    expect(twins.tablesUncached).toEqual(twins.tablesCached);
    expect(twins.uncached).toEqual(twins.cached);
    const omits = brief(twins.uncached)
      .filter((f) => f.startsWith("formula-omits@"))
      .map((f) => f.slice("formula-omits@".length));
    expect(omits.sort()).toEqual([...shortened].sort());
  });
});
