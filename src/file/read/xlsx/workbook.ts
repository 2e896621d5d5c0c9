/**
 * An .xlsx/.xlsm package (already unzipped and checked whole, ../ooxmlPackage.ts) read part by part with a
 * streaming XML reader: the shared strings, the styles, then each worksheet straight into the core's grid.
 * Several times faster than a general spreadsheet library and without its per-cell objects; the page's display
 * model gets its cell objects only when asked (`display`).
 */
import type { CellObject, Range, WorkSheet } from "@e965/xlsx";
import { strFromU8 } from "fflate";
import type { SheetGrid } from "../../../core/grid";
import { CHART_SHEET_NAME } from "../../../core/charts";
import { RESULTS_SHEET_NAME } from "../../../core/marks";
import { sheetHead, workbookParts, type PackageKind } from "../ooxmlPackage";
import type { ReadWorkbook, SourceSheet } from "../readWorkbook";
import { gridsFromRows } from "../sheetGrid";
import type { ZipParts } from "../unzip";
import { readSharedStrings } from "./strings";
import { NO_STYLES, readStyles, readThemeColors } from "./styles";
import { readWorksheet } from "./worksheet";

function text(parts: ZipParts, name: string | undefined): string | null {
  const bytes = name ? parts.get(name) : undefined;
  return bytes ? strFromU8(bytes) : null;
}

function range(merge: { top: number; left: number; bottom: number; right: number }): Range {
  return { s: { r: merge.top, c: merge.left }, e: { r: merge.bottom, c: merge.right } };
}

export function readXlsxPackage(
  parts: ZipParts,
  format: Extract<PackageKind, "xlsx" | "xlsm">,
  display: boolean
): ReadWorkbook {
  const book = workbookParts(parts);
  const strings = book.sharedStrings
    ? readSharedStrings(text(parts, book.sharedStrings) ?? "", book.sharedStrings)
    : [];
  const themeColors =
    display && book.theme ? readThemeColors(text(parts, book.theme), book.theme) : null;
  const styles = book.styles
    ? readStyles(text(parts, book.styles), book.styles, display ? (themeColors ?? []) : null)
    : NO_STYLES;
  const grids: SheetGrid[] = [];
  const sheets: SourceSheet[] = [];
  for (const sheet of book.sheets) {
    if (!/\/worksheet$/.test(sheet.type) || !sheet.part) continue; // chart, macro and dialog sheets hold no table
    const bytes = parts.get(sheet.part);
    const read = readWorksheet(bytes ? strFromU8(bytes) : "", sheet.part, {
      strings,
      styles,
      date1904: book.date1904,
      display,
    });
    const ws: WorkSheet = { "!merges": read.extras.merges.map(range) };
    if (read.display) {
      ws["!data"] = read.display.data as CellObject[][];
      if (read.display.rows.length) ws["!rows"] = read.display.rows;
      if (read.display.cols.length) ws["!cols"] = read.display.cols;
    }
    sheets.push({
      name: sheet.name,
      hidden: sheet.state !== undefined,
      sheet: ws,
      ...(display ? sheetHead(bytes) : { frozen: { rows: 0, columns: 0 } }),
    });
    // The 校验结果 and 进度图表 sheets this tool (or the add-in) wrote earlier are not checked.
    if (sheet.name === RESULTS_SHEET_NAME || sheet.name === CHART_SHEET_NAME) continue;
    for (const grid of gridsFromRows(sheet.name, read.rows, read.extras)) grids.push(grid);
  }
  return { format, grid: { sheets: grids }, sheets };
}
