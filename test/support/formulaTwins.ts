/**
 * Twins of a workbook: as Excel saves it (every formula with its cached value) and as scripts write it (the same
 * formulas, no values). The cached values here are worked out by the test itself, not by the evaluator.
 */
import { columnIndex, parseArea } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { CheckOptions, Finding } from "../../src/core/model";

/** The same workbook with every formula's cached value removed. */
export function withoutCachedValues(workbook: WorkbookGrid): WorkbookGrid {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row, r) =>
        row.map((value, c) => (sheet.formulas?.[r]?.[c] ? null : value))
      ),
    })),
  };
}

/** Sets a formula and its cached value at an A1 address (worksheet coordinates, grid anchored at A1). */
export function setFormula(sheet: SheetGrid, address: string, formula: string, cached: CellValue) {
  const area = parseArea(address)!;
  sheet.formulas ??= sheet.values.map((row) => row.map(() => null));
  while (sheet.formulas.length <= area.top) sheet.formulas.push([]);
  sheet.formulas[area.top][area.left] = formula;
  while (sheet.values.length <= area.top) sheet.values.push([]);
  sheet.values[area.top][area.left] = cached;
}

/** What Excel's SUM caches for A1 ranges of one sheet: the numbers in them (text, blanks skipped). */
export function excelSum(sheet: SheetGrid, ranges: string[]): number {
  let total = 0;
  for (const range of ranges) {
    const area = parseArea(range)!;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const value = sheet.values[r]?.[c];
        if (typeof value === "number") total += value;
      }
  }
  return total;
}

export function cloneWorkbook(workbook: WorkbookGrid): WorkbookGrid {
  return JSON.parse(JSON.stringify(workbook)) as WorkbookGrid;
}

export function columnOf(address: string): number {
  return columnIndex(/^[A-Z]+/.exec(address)![0]);
}

export interface TwinReports {
  cached: Finding[];
  uncached: Finding[];
  tablesCached: unknown;
  tablesUncached: unknown;
}

export function checkTwins(workbook: WorkbookGrid, options: CheckOptions = {}): TwinReports {
  const cached = checkWorkbook(workbook, options);
  const uncached = checkWorkbook(withoutCachedValues(workbook), options);
  return {
    cached: cached.findings,
    uncached: uncached.findings,
    tablesCached: cached.tables,
    tablesUncached: uncached.tables,
  };
}

export const brief = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
