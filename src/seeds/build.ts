/**
 * Builds the bundled example workbooks `seeds/*.xlsx` from `seeds/source/*.json`.
 *
 * The JSON files are hand-checked transcriptions of real district plan documents
 * (任务分解表 attached to 行动计划). They keep the published numbers exactly, mistakes
 * included: the checker is meant to find those mistakes, so the seeds must carry them.
 *
 * Source format (one JSON file per workbook, see `SeedSource`):
 * - `sheets[].header` and `sheets[].rows` are full-width arrays of cells: a number, a
 *   string (`"/"` for "not applicable" is kept as text) or null for a blank cell.
 *   A cell covered by a merged area (not its top-left cell) must be null.
 * - `sheets[].merges` are A1 ranges in worksheet coordinates. The layout is fixed:
 *   row 1 caption (`附件1`), row 2 title, row 3 unit line (left empty when the table
 *   has none), header rows from row 4 (`HEADER_ROW`), then the data rows; so the
 *   first data row is `HEADER_ROW + header.length`.
 *   Merges of the caption rows are added by the builder and are not listed.
 * - `targets` are the headline targets the plan text states for the table indicators.
 *   `op` is the plan's own verb (超过, 突破, 达到, 不低于 …, or 翻番 for a doubling
 *   goal); `value` is in the table's unit (60亿元 against a 万元 table is 600000);
 *   a 翻番 target has no value but a `base` period.
 *
 * Every workbook also gets a `目标` sheet with the header `指标 | 期间 | 条件 | 目标值 | 依据`
 * (the checker's target-sheet format) and one row per target. When a workbook has a
 * doubling target, a sixth column `基期` holds the base period of the 翻番 rows.
 *
 * Totals are typed numbers, never formulas: the published totals were typed, which is
 * how a total can disagree with its units.
 *
 * Usage (from the repository root): `node lib/seeds/build.js` reads `seeds/source/*.json`
 * and writes `seeds/<file>`; a workbook whose content is unchanged is left untouched,
 * because ExcelJS stamps the zip entries with the current time and every rewrite
 * would otherwise show up as a binary change (`--force` rewrites them all).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export type SeedCell = number | string | null;

export interface SeedSheet {
  /** Worksheet name, e.g. `附件1`. */
  name: string;
  /** Row 1, e.g. `附件1`. */
  caption: string;
  /** Row 2, merged across the table width. */
  title: string;
  /** Row 3, e.g. `（单位：万元）`; null when the published table has none. */
  unitLine: string | null;
  /** Header rows, top to bottom, each as wide as the table. */
  header: SeedCell[][];
  /** Merged areas (header groups, category columns, the 合计 label) in worksheet A1 coordinates. */
  merges: string[];
  /** Data rows including total rows, as published. */
  rows: SeedCell[][];
  /** Lines printed under the table (注：…), if any. */
  notes: string[];
}

export interface SeedTarget {
  /** A word contained in the matching table's title or group header, e.g. `高新技术企业`. */
  indicator: string;
  /** Target year as text, e.g. `2025`. */
  period: string;
  /** The plan's own verb: 超过, 突破, 达到, 不低于 …, or 翻番. */
  op: string;
  /** In the table's unit; absent for 翻番. */
  value?: number;
  /** Base period of a 翻番 goal, e.g. `2022`. */
  base?: string;
  /** The sentence of the plan that states the target, verbatim. */
  source: string;
}

export interface SeedSource {
  /** A note on the format for whoever edits the JSON; ignored by the builder. */
  $comment?: string;
  /** Output file name under `seeds/`, e.g. `yongchuan.xlsx`. */
  file: string;
  /** Full title of the plan the tables are attached to. */
  plan: string;
  /** 发文字号, e.g. `永川府办发〔2023〕26号`. */
  document: string;
  issuer?: string;
  /** Date of the document, `YYYY-MM-DD`. */
  date?: string;
  /** Name of the plain-text extraction the data was transcribed from. */
  sourceText?: string;
  sheets: SeedSheet[];
  targets: SeedTarget[];
}

export const CAPTION_ROW = 1;
export const TITLE_ROW = 2;
export const UNIT_ROW = 3;
export const HEADER_ROW = 4;

export const TARGET_SHEET = "目标";
export const TARGET_HEADER = ["指标", "期间", "条件", "目标值", "依据"] as const;
export const BASE_HEADER = "基期";
export const DOUBLING_OP = "翻番";

/** Fixed document dates so that rebuilding yields the same workbook content. */
export const FIXED_DATE = new Date(Date.UTC(2023, 0, 1));

const FONT_NAME = "宋体";
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TOTAL_LABEL = /^(合\s*计|总\s*计|小\s*计)$/;

// ---------------------------------------------------------------------------
// A1 helpers (kept local so the builder depends on nothing but ExcelJS)

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

export function parseRange(range: string): Area {
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function areaRange(area: Area): string {
  return `${columnLetter(area.left)}${area.top}:${columnLetter(area.right)}${area.bottom}`;
}

// ---------------------------------------------------------------------------
// Validation: catch transcription slips (a short row, a value under a merge) early.

function tableWidth(sheet: SeedSheet): number {
  return sheet.header[0]?.length ?? 0;
}

function lastTableRow(sheet: SeedSheet): number {
  return HEADER_ROW + sheet.header.length + sheet.rows.length - 1;
}

/** The cell at a worksheet position of the table, as transcribed. */
function seedCellAt(sheet: SeedSheet, row: number, column: number): SeedCell {
  const index = row - HEADER_ROW;
  const line =
    index < sheet.header.length ? sheet.header[index] : sheet.rows[index - sheet.header.length];
  return line?.[column - 1] ?? null;
}

export function validateSeedSheet(sheet: SeedSheet): void {
  const where = `sheet ${sheet.name}`;
  const width = tableWidth(sheet);
  if (width === 0) throw new Error(`${where}: no header`);
  [...sheet.header, ...sheet.rows].forEach((line, i) => {
    if (line.length !== width) {
      throw new Error(
        `${where}: table row ${i + 1} has ${line.length} cells, the header has ${width}`
      );
    }
    for (const cell of line) {
      if (cell !== null && typeof cell !== "number" && typeof cell !== "string") {
        throw new Error(`${where}: table row ${i + 1} holds ${JSON.stringify(cell)}`);
      }
    }
  });
  const areas: Area[] = [];
  for (const range of sheet.merges) {
    const area = parseRange(range);
    if (area.top < HEADER_ROW || area.bottom > lastTableRow(sheet) || area.right > width) {
      throw new Error(`${where}: merge ${range} lies outside the table`);
    }
    if (
      areas.some(
        (a) =>
          a.top <= area.bottom &&
          area.top <= a.bottom &&
          a.left <= area.right &&
          area.left <= a.right
      )
    ) {
      throw new Error(`${where}: merge ${range} overlaps another merge`);
    }
    areas.push(area);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if ((r !== area.top || c !== area.left) && seedCellAt(sheet, r, c) !== null) {
          throw new Error(
            `${where}: ${columnLetter(c)}${r} is covered by merge ${range} but holds a value`
          );
        }
      }
    }
  }
}

export function validateSeedSource(source: SeedSource): void {
  if (!/^[\w.-]+\.xlsx$/.test(source.file)) throw new Error(`bad output file name: ${source.file}`);
  const names = new Set<string>();
  for (const sheet of source.sheets) {
    if (names.has(sheet.name) || sheet.name === TARGET_SHEET) {
      throw new Error(`${source.file}: duplicate sheet name ${sheet.name}`);
    }
    names.add(sheet.name);
    validateSeedSheet(sheet);
  }
  for (const t of source.targets) {
    const doubling = t.op === DOUBLING_OP;
    if (doubling ? t.base === undefined || t.value !== undefined : typeof t.value !== "number") {
      const need = doubling ? "翻番 needs a base and no value" : "needs a numeric value";
      throw new Error(`${source.file}: target ${t.indicator} ${t.period} ${t.op}: ${need}`);
    }
    // The checker matches a target to the table whose title or group header contains the indicator.
    const mentions = (c: SeedCell) => typeof c === "string" && c.includes(t.indicator);
    const matches = source.sheets.some(
      (s) => s.title.includes(t.indicator) || s.header.some((line) => line.some(mentions))
    );
    if (!matches)
      throw new Error(
        `${source.file}: target indicator ${t.indicator} names no table title or group header`
      );
  }
}

// ---------------------------------------------------------------------------
// Layout

/** CJK, full-width forms and the Chinese quotation marks. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d]/;

/** Display width in Excel character units: CJK and full-width characters count double. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Column widths from the content of cells that occupy a single column (a group header
 * spanning several columns does not widen any of them). Header text wraps, so it counts
 * for at most `maxHeader` characters.
 */
function columnWidths(sheet: SeedSheet): number[] {
  const spanned = new Set<string>();
  for (const range of sheet.merges) {
    const a = parseRange(range);
    if (a.right > a.left) for (let r = a.top; r <= a.bottom; r++) spanned.add(`${r}:${a.left}`);
  }
  const maxHeader = 14;
  const widths: number[] = [];
  for (let c = 1; c <= tableWidth(sheet); c++) {
    let width = 4;
    for (let r = HEADER_ROW; r <= lastTableRow(sheet); r++) {
      const value = seedCellAt(sheet, r, c);
      if (value === null || spanned.has(`${r}:${c}`)) continue;
      const w = textWidth(String(value));
      width = Math.max(width, r < HEADER_ROW + sheet.header.length ? Math.min(w, maxHeader) : w);
    }
    const padded = Math.min(width + 2, 30);
    // ExcelJS treats a width of exactly 9 as its default and leaves it out of the file.
    widths.push(padded === 9 ? 10 : padded);
  }
  return widths;
}

function isTotalRow(line: SeedCell[]): boolean {
  return line.some((c) => typeof c === "string" && TOTAL_LABEL.test(c.trim()));
}

function addTableSheet(workbook: ExcelJS.Workbook, sheet: SeedSheet): void {
  const width = tableWidth(sheet);
  const lastColumn = columnLetter(width);
  const lastHeaderRow = HEADER_ROW + sheet.header.length - 1;
  const lastRow = lastTableRow(sheet);
  const firstData = `A${lastHeaderRow + 1}`;
  const ws = workbook.addWorksheet(sheet.name, {
    properties: { defaultRowHeight: 18 },
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: lastHeaderRow,
        topLeftCell: firstData,
        activeCell: firstData,
      },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: width > 8 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${lastHeaderRow}`,
    },
  });

  ws.getCell(`A${CAPTION_ROW}`).value = sheet.caption;
  ws.getCell(`A${CAPTION_ROW}`).font = { name: FONT_NAME, size: 12, bold: true };

  ws.mergeCells(`A${TITLE_ROW}:${lastColumn}${TITLE_ROW}`);
  const title = ws.getCell(`A${TITLE_ROW}`);
  title.value = sheet.title;
  title.font = { name: FONT_NAME, size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(TITLE_ROW).height = 32;

  if (sheet.unitLine !== null) {
    ws.mergeCells(`A${UNIT_ROW}:${lastColumn}${UNIT_ROW}`);
    const unit = ws.getCell(`A${UNIT_ROW}`);
    unit.value = sheet.unitLine;
    unit.font = { name: FONT_NAME, size: 11 };
    unit.alignment = { horizontal: "right", vertical: "middle" };
  }

  sheet.header.forEach((line, i) => {
    const row = ws.getRow(HEADER_ROW + i);
    row.height = 30;
    line.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = value;
      cell.font = { name: FONT_NAME, size: 11, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = HEADER_FILL;
      cell.border = BOX;
    });
  });

  sheet.rows.forEach((line, i) => {
    const row = ws.getRow(lastHeaderRow + 1 + i);
    const total = isTotalRow(line);
    line.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = value;
      cell.font = { name: FONT_NAME, size: 11, bold: total };
      cell.alignment = {
        horizontal: "center",
        vertical: "middle",
        wrapText: typeof value === "string",
      };
      cell.border = BOX;
    });
  });

  // Merge after styling every cell: Excel draws a merged area's border from its
  // member cells, so each of them carries the box.
  for (const range of sheet.merges) ws.mergeCells(range);

  sheet.notes.forEach((note, i) => {
    const cell = ws.getCell(`A${lastRow + 2 + i}`);
    cell.value = note;
    cell.font = { name: FONT_NAME, size: 11 };
  });

  columnWidths(sheet).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

function addTargetSheet(workbook: ExcelJS.Workbook, targets: SeedTarget[]): void {
  const withBase = targets.some((t) => t.base !== undefined);
  const header: string[] = [...TARGET_HEADER, ...(withBase ? [BASE_HEADER] : [])];
  const ws = workbook.addWorksheet(TARGET_SHEET, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const rows: (string | number | null)[][] = [
    header,
    ...targets.map((t) => {
      const line: (string | number | null)[] = [
        t.indicator,
        t.period,
        t.op,
        t.value ?? null,
        t.source,
      ];
      if (withBase) line.push(t.base ?? null);
      return line;
    }),
  ];
  rows.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    line.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = value;
      cell.border = BOX;
      cell.font = { name: FONT_NAME, size: 11, bold: i === 0 };
      // The 依据 column holds whole sentences: left-aligned and wrapped.
      const sentence = i > 0 && j === 4;
      cell.alignment = {
        horizontal: sentence ? "left" : "center",
        vertical: "middle",
        wrapText: sentence,
      };
      if (i === 0) cell.fill = HEADER_FILL;
    });
  });
  [14, 8, 8, 10, 70, 8].slice(0, header.length).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** The workbook for one seed source: its tables, then the `目标` sheet. */
export function buildSeedWorkbook(source: SeedSource): ExcelJS.Workbook {
  validateSeedSource(source);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "breakdown-check";
  workbook.lastModifiedBy = "breakdown-check";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = source.plan;
  workbook.subject = source.document;
  for (const sheet of source.sheets) addTableSheet(workbook, sheet);
  addTargetSheet(workbook, source.targets);
  return workbook;
}

// ---------------------------------------------------------------------------
// Comparison: what "the same workbook" means for the committed files.

export interface SheetSnapshot {
  name: string;
  /** Non-empty cell values by A1 address; cells covered by a merge are left out. */
  cells: Record<string, string | number | boolean>;
  /** Font, alignment, border and fill of every styled cell, as JSON, by A1 address. */
  styles: Record<string, string>;
  /** Explicit row heights by row number. */
  heights: Record<number, number>;
  merges: string[];
  widths: (number | null)[];
  views: { xSplit: number; ySplit: number }[];
}

/** The content of a workbook as plain data, for comparing a build with a committed file. */
export function snapshotWorkbook(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, string | number | boolean> = {};
    const styles: Record<string, string> = {};
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height !== undefined) heights[rowNumber] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { font, alignment, border, fill, numFmt } = cell.style;
        const style = JSON.stringify({ font, alignment, border, fill, numFmt });
        if (style !== "{}") styles[cell.address] = style;
      });
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = cell.value;
        if (value === null || value === undefined) return;
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
          cells[cell.address] = value;
        } else {
          // Seeds hold numbers and text only; anything else would be a builder bug.
          cells[cell.address] = JSON.stringify(value);
        }
      });
    });
    const merges = [...(ws.model.merges ?? [])].map((r) => areaRange(parseRange(r))).sort();
    const widths: (number | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width ?? null);
    const views = (ws.views ?? []).map((v) => {
      const frozen = v as Partial<ExcelJS.WorksheetViewFrozen>;
      return { xSplit: frozen.xSplit ?? 0, ySplit: frozen.ySplit ?? 0 };
    });
    return { name: ws.name, cells, styles, heights, merges, widths, views };
  });
}

/** Human-readable differences between two snapshots; empty when they agree. */
export function diffSnapshots(expected: SheetSnapshot[], actual: SheetSnapshot[]): string[] {
  const out: string[] = [];
  const names = (s: SheetSnapshot[]) => s.map((x) => x.name).join(", ");
  if (names(expected) !== names(actual))
    out.push(`sheets: expected [${names(expected)}], found [${names(actual)}]`);
  for (const e of expected) {
    const a = actual.find((x) => x.name === e.name);
    if (!a) continue;
    const addresses = new Set([...Object.keys(e.cells), ...Object.keys(a.cells)]);
    for (const address of addresses) {
      if (e.cells[address] !== a.cells[address]) {
        const [want, got] = [e.cells[address] ?? null, a.cells[address] ?? null].map((v) =>
          JSON.stringify(v)
        );
        out.push(`${e.name}!${address}: expected ${want}, found ${got}`);
      }
    }
    const styled = new Set([...Object.keys(e.styles), ...Object.keys(a.styles)]);
    const restyled = [...styled].filter((address) => e.styles[address] !== a.styles[address]);
    if (restyled.length > 0) {
      out.push(
        `${e.name}: cell styles differ at ${restyled.slice(0, 5).join(", ")}${restyled.length > 5 ? " …" : ""}`
      );
    }
    if (JSON.stringify(e.heights) !== JSON.stringify(a.heights))
      out.push(`${e.name}: row heights differ`);
    if (e.merges.join() !== a.merges.join())
      out.push(`${e.name}: merges expected [${e.merges}], found [${a.merges}]`);
    if (JSON.stringify(e.widths) !== JSON.stringify(a.widths))
      out.push(`${e.name}: column widths differ`);
    if (JSON.stringify(e.views) !== JSON.stringify(a.views))
      out.push(`${e.name}: frozen panes differ`);
  }
  return out;
}

/** Round-trips a workbook through xlsx, so that it compares like a file read from disk. */
export async function reloadWorkbook(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(buffer as ArrayBuffer);
  return reloaded;
}

// ---------------------------------------------------------------------------
// Command line

export function readSeedSources(sourceDir: string): SeedSource[] {
  return fs
    .readdirSync(sourceDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(sourceDir, name), "utf8")) as SeedSource);
}

/**
 * Builds every seed workbook; `seedsDir` defaults to `./seeds` of the working directory.
 * With `force`, files are rewritten even when their content is unchanged.
 */
export async function main(seedsDir: string = path.resolve("seeds"), force = false): Promise<void> {
  const sources = readSeedSources(path.join(seedsDir, "source"));
  if (sources.length === 0) throw new Error(`no seed sources in ${path.join(seedsDir, "source")}`);
  for (const source of sources) {
    const target = path.join(seedsDir, source.file);
    const built = buildSeedWorkbook(source);
    if (!force && fs.existsSync(target)) {
      const committed = new ExcelJS.Workbook();
      await committed.xlsx.readFile(target);
      const fresh = await reloadWorkbook(built);
      if (diffSnapshots(snapshotWorkbook(fresh), snapshotWorkbook(committed)).length === 0) {
        console.log(`${target}: unchanged`);
        continue;
      }
    }
    await built.xlsx.writeFile(target);
    console.log(`${target}: written`);
  }
}

if (require.main === module) {
  main(path.resolve("seeds"), process.argv.includes("--force")).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
