/**
 * Hosts without ExcelApi 1.13 cannot list merged areas, and a merged header or label read cell by cell shows its
 * text only in its top-left cell: a two-group table (北碚, 梁平) then looks like different columns and gives
 * false errors. Since a merged area's other cells are always empty, a table whose header rows and unit labels have
 * no empty cell looks the same with or without merges; its findings stand. A table with an empty cell there may
 * hide a merge: its findings are left out (fewer findings, never false ones), and the user is told which tables.
 * Pure: no Office.js.
 */
import { parseArea, parseCell } from "../core/a1";
import type { WorkbookReport } from "../core/check";
import { valueAt, type SheetGrid, type WorkbookGrid } from "../core/grid";
import type { RecognizedTable } from "../core/model";
import type { MergeLimit } from "./writeNotices";

export function certainWithoutMerges(
  grid: WorkbookGrid,
  report: WorkbookReport
): { report: WorkbookReport; limit: MergeLimit } {
  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const uncertain = report.tables.filter((table) => {
    const sheet = sheets.get(table.sheet);
    return sheet !== undefined && mayHideMerges(sheet, table);
  });
  if (uncertain.length === 0) return { report, limit: { tablesSkipped: [], findingsDropped: 0 } };

  const areas = uncertain.map((table) => ({ sheet: table.sheet, area: parseArea(table.range) }));
  const inUncertain = (sheet: string, cell: string | undefined, table?: string) =>
    uncertain.some((t) => t.sheet === sheet && t.range === table) ||
    (cell !== undefined &&
      areas.some(({ sheet: s, area }) => {
        const position = parseCell(cell);
        return (
          s === sheet &&
          area !== null &&
          position !== null &&
          position.row >= area.top &&
          position.row <= area.bottom &&
          position.column >= area.left &&
          position.column <= area.right
        );
      }));
  const findings = report.findings.filter((f) => !inUncertain(f.sheet, f.cell, f.table));
  const filtered: WorkbookReport = {
    ...report,
    findings,
    ...(report.progress
      ? { progress: report.progress.filter((p) => !inUncertain(p.sheet, undefined, p.table)) }
      : {}),
    ...(report.targets
      ? {
          targets: report.targets.filter(
            (t) => t.sheet === undefined || !inUncertain(t.sheet, t.cell)
          ),
        }
      : {}),
  };
  return {
    report: filtered,
    limit: {
      tablesSkipped: uncertain.map((t) => `${t.sheet}!${t.range}`),
      findingsDropped: report.findings.length - findings.length,
    },
  };
}

/** An empty cell in the header rows (across the table) or in a unit row's label columns could be inside a merge. */
export function mayHideMerges(sheet: SheetGrid, table: RecognizedTable): boolean {
  const area = parseArea(table.range);
  if (!area) return true;
  const firstUnitRow = Math.min(...table.unitRows, area.bottom + 2) - 1; // 0-based
  const empty = (row: number, column: number) => {
    const value = valueAt(sheet, row, column);
    return value === null || (typeof value === "string" && value.trim() === "");
  };
  for (let row = area.top; row < firstUnitRow; row++)
    for (let column = area.left; column <= area.right; column++)
      if (empty(row, column)) return true;
  const label = parseCell(`${table.labelColumn}1`)?.column ?? area.left;
  for (const unitRow of table.unitRows)
    for (let column = area.left; column <= label; column++)
      if (empty(unitRow - 1, column)) return true;
  return false;
}
