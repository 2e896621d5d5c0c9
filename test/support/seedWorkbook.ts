/** A bundled seeds/*.xlsx workbook as the fake Excel holds it: values, number formats, merges. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { cellAddress } from "../../src/core/a1";
import { isUnknownValue } from "../../src/core/grid";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import type { FakeSheet, FakeWorkbook } from "./fakeExcel";
import { SEEDS_DIR } from "./seeds";

export async function seedAsFakeWorkbook(file: string): Promise<FakeWorkbook> {
  const bytes = await fs.readFile(path.join(SEEDS_DIR, file));
  const { grid } = await readWorkbookBytes(new Uint8Array(bytes));
  const sheets = grid.sheets.map((sheet): FakeSheet => {
    const cells: FakeSheet["cells"] = {};
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || isUnknownValue(value)) return;
        const format = sheet.numberFormats?.[r]?.[c];
        cells[cellAddress(sheet.top + r, sheet.left + c)] = {
          value,
          ...(format ? { numberFormat: format } : {}),
        };
      })
    );
    const merges = (sheet.merges ?? []).map(
      (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
    );
    return { name: sheet.name, cells, merges };
  });
  return { sheets };
}
