/**
 * One worksheet part read as a stream of XML events into the rows of cells that hold something (for the core's
 * grid), with its merges, hidden rows and columns and the cells its styles indent — no object per empty cell, nothing for rows holding only a
 * height, so stray far cells and empty extents cost nothing. For the page (`display`), every cell also becomes the
 * small cell object the page's display model reads (value, format, fill), and row heights and column widths are kept.
 */
import type { CellObject, ColInfo, RowInfo } from "@e965/xlsx";
import type { CellArea, CellIndent, CellValue } from "../../../core/grid";
import { unreadable } from "../errors";
import { RowList, type RowCells, type SheetExtras } from "../sheetGrid";
import { localStart, scanXml } from "./sax";
import { columnNumber, shiftFormula } from "./sharedFormulas";
import { RichText } from "./strings";
import type { CellStyles } from "./styles";

/** Excel's error values (others, such as #SPILL!, read as #N/A, as the other reader gives them). */
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
ERRORS.add("#GETTING_DATA");
const ERROR_CODES: Record<string, number> = {
  "#NULL!": 0x00,
  "#DIV/0!": 0x07,
  "#VALUE!": 0x0f,
  "#REF!": 0x17,
  "#NAME?": 0x1d,
  "#NUM!": 0x24,
  "#N/A": 0x2a,
  "#GETTING_DATA": 0x2b,
};

export interface SheetDisplay {
  data: (CellObject[] | undefined)[];
  rows: RowInfo[];
  cols: ColInfo[];
}

export interface WorksheetRead {
  rows: RowCells[];
  extras: SheetExtras;
  /** Only when asked for (the page). */
  display?: SheetDisplay;
}

export interface WorksheetContext {
  strings: string[];
  styles: CellStyles;
  date1904: boolean;
  display: boolean;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function parseArea(ref: string): CellArea | null {
  const [from, to = from] = ref.split(":");
  const a = A1.exec(from);
  const b = A1.exec(to);
  if (!a || !b) return null;
  const top = Number(a[2]) - 1;
  const bottom = Number(b[2]) - 1;
  const left = columnNumber(a[1]);
  const right = columnNumber(b[1]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** An ISO date cell (`t="d"`) as the serial number Excel stores. */
function dateSerial(text: string, date1904: boolean): number | null {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !/T/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(/T/.test(zoned) ? zoned : `${zoned}T00:00:00Z`);
  if (!Number.isFinite(ms)) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1462 : 0);
}

const NONE = 0;
const IN_V = 1;
const IN_F = 2;
const IN_IS = 3;

// The elements this reader acts on, by local name (`x:c` from WPS is `c`); every other is OTHER.
const OTHER = 0;
const C = 1;
const V = 2;
const F = 3;
const IS = 4;
const ROW = 5;
const SHEET_DATA = 6;
const COL = 7;
const MERGE_CELL = 8;

/** The element a local name is (the usual one-letter ones by their letter, without a new string). */
function elementCode(xml: string, start: number, end: number): number {
  const from = localStart(xml, start, end);
  switch (end - from) {
    case 1: {
      const letter = xml.charCodeAt(from);
      return letter === 99 ? C : letter === 118 ? V : letter === 102 ? F : OTHER;
    }
    case 2:
      return xml.startsWith("is", from) ? IS : OTHER;
    case 3:
      return xml.startsWith("row", from) ? ROW : xml.startsWith("col", from) ? COL : OTHER;
    case 9:
      return xml.startsWith("sheetData", from)
        ? SHEET_DATA
        : xml.startsWith("mergeCell", from)
          ? MERGE_CELL
          : OTHER;
    default:
      return OTHER;
  }
}

// A cell's attributes: r, s, t.
const R_NAME = 114;
const S_NAME = 115;
const T_NAME = 116;

const CELL_TYPES = ["s", "n", "b", "e", "d", "str", "inlineStr"];

/** A cell's `t`, the usual ones without a new string. */
function cellTypeAt(xml: string, start: number, end: number): string {
  for (const type of CELL_TYPES)
    if (type.length === end - start && xml.startsWith(type, start)) return type;
  return xml.slice(start, end);
}

/**
 * The number written as 1 to 15 plain digits at these positions (exact in a double), read without a new string;
 * -1 where it is written otherwise (the callers then read it as parseInt or parseFloat would).
 */
function plainDigits(xml: string, start: number, end: number): number {
  if (end === start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** A cell's `s` as parseInt reads it (0 where it is not a number). */
function styleIndex(xml: string, start: number, end: number): number {
  const n = plainDigits(xml, start, end);
  return n >= 0 ? n : parseInt(xml.slice(start, end), 10) || 0;
}

/** A value as parseFloat reads it. */
function numberAt(xml: string, start: number, end: number): number {
  const negative = xml.charCodeAt(start) === 45;
  const n = plainDigits(xml, negative ? start + 1 : start, end);
  if (n < 0) return parseFloat(xml.slice(start, end));
  return negative ? -n : n;
}

/** A shared string's index as parseInt reads it. */
function integerAt(xml: string, start: number, end: number): number {
  const n = plainDigits(xml, start, end);
  return n >= 0 ? n : parseInt(xml.slice(start, end), 10);
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

export function readWorksheet(
  text: string,
  part: string,
  context: WorksheetContext
): WorksheetRead {
  const { strings, styles, date1904 } = context;
  const formats = styles.formats;
  const fills = styles.fills;
  const indentLevels = styles.indents;
  const indents: CellIndent[] = [];
  const display: SheetDisplay | undefined = context.display
    ? { data: [], rows: [], cols: [] }
    : undefined;
  const list = new RowList();
  const merges: CellArea[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  const shared = new Map<string, { text: string; row: number; column: number }>();
  let inSheetData = false;
  let rowNumber = 0; // 1-based, as in the file
  let column = -1;
  let lastRow = -1;
  let lastColumn = -1;
  let ordered = true;
  // The cell being read.
  let cellRow = 0;
  let cellColumn = 0;
  let cellType: string | undefined;
  let cellStyle = 0;
  let child = NONE;
  // A value's text: where it is written (vStart..vEnd, the usual case), or joined in vText.
  let vStart = -1;
  let vEnd = -1;
  let vText: string | undefined;
  let fText = "";
  let fAttributes: Record<string, string> | null = null;
  let fSelfClosing = false;
  let isDepth = 0;
  const rich = new RichText();
  let inlineText: string | null = null;

  const sharedString = (index: number): string => {
    const s = strings[index];
    if (s === undefined)
      throw unreadable.corrupt(
        `${part} 引用了不存在的文字`,
        `${part} refers to a shared string that does not exist`
      );
    return s;
  };

  const endCell = () => {
    let formula: string | null = null;
    if (fAttributes) {
      if (fText !== "") {
        formula = fText.indexOf("_xlfn.") >= 0 ? fText.replace(/_xlfn\./g, "") : fText;
        if (fAttributes.t === "shared" && fAttributes.si !== undefined)
          shared.set(fAttributes.si, { text: formula, row: cellRow, column: cellColumn });
      } else if (fAttributes.t === "shared" || fSelfClosing) {
        const master = shared.get(fAttributes.si ?? "");
        if (master)
          formula = shiftFormula(master.text, cellRow - master.row, cellColumn - master.column);
      }
      if (formula === "") formula = null;
    }
    let value: CellValue = null;
    let type = cellType ?? "n";
    // A number or a shared string's index is read where it is written; the other kinds from its text.
    if (vStart >= 0 && (type === "n" || type === "s")) {
      if (type === "n") value = numberAt(text, vStart, vEnd);
      else value = sharedString(integerAt(text, vStart, vEnd));
    } else {
      if (vStart >= 0) vText = text.slice(vStart, vEnd);
      switch (type) {
        case "n":
          if (vText !== undefined) value = parseFloat(vText);
          break;
        case "s":
          if (vText !== undefined) value = sharedString(parseInt(vText, 10));
          break;
        case "str":
          value = vText ?? "";
          type = "s";
          break;
        case "inlineStr":
          value = inlineText ?? "";
          type = "s";
          break;
        case "b":
          value = isTrue(vText);
          break;
        case "e":
          value = { error: vText !== undefined && ERRORS.has(vText) ? vText : "#N/A" };
          break;
        case "d":
          value = vText === undefined ? null : dateSerial(vText, date1904);
          type = "n";
          break;
        default:
          value = null;
      }
    }
    const code = cellStyle < formats.length ? formats[cellStyle] : "General";
    if (value !== null || formula !== null) {
      if (cellRow < lastRow || (cellRow === lastRow && cellColumn <= lastColumn)) ordered = false;
      lastRow = cellRow;
      lastColumn = cellColumn;
      list.add(
        cellRow,
        cellColumn,
        value,
        formula === null ? null : `=${formula}`,
        code === undefined || code === "General" ? null : code
      );
      const level = cellStyle < indentLevels.length ? indentLevels[cellStyle] : 0;
      if (level > 0) indents.push({ row: cellRow, column: cellColumn, level });
    }
    if (display) {
      const cell: CellObject = { t: value === null ? "z" : (type as CellObject["t"]) };
      if (value !== null) {
        if (typeof value === "object") {
          cell.t = "e";
          cell.w = (value as { error: string }).error;
          cell.v = ERROR_CODES[cell.w] ?? 0x2a;
        } else cell.v = value;
      }
      if (formula !== null) cell.f = formula;
      if (code !== undefined) cell.z = code;
      const fill = fills[cellStyle] ?? fills[0];
      if (fill) cell.s = fill;
      (display.data[cellRow] ??= [])[cellColumn] = cell;
    }
  };

  // The cell's `r`, `s` and `t`, read from the text where they are (this runs once per cell).
  let refRow = -1;
  let refColumn = -1;
  /** A cell reference (`AB12`): letters then digits, decoded by hand; refRow stays -1 where it is not one. */
  const readReference = (ref: string, start: number, end: number) => {
    let i = start;
    let c = 0;
    for (; i < end; i++) {
      const code = ref.charCodeAt(i);
      if (code < 65 || code > 90) break;
      c = c * 26 + code - 64;
    }
    if (i === start || i === end) return;
    let r = plainDigits(ref, i, end);
    if (r < 0) r = Number(ref.slice(i, end));
    if (Number.isInteger(r) && r > 0) {
      refRow = r - 1;
      refColumn = c - 1;
    }
  };
  /** The local names of the elements open inside an inline string (its rich-text runs), innermost last. */
  const innerNames: string[] = [];
  let innerName = "";
  let typeAttribute: string | undefined;
  let styleAttribute = 0;
  /** The attributes of elements other than cells and values (rows, columns, merges, formulas: few). */
  let attributes: Record<string, string> = {};

  const openElement = (element: number, a: Record<string, string>, selfClosing: boolean) => {
    switch (element) {
      case C: {
        if (!inSheetData) return;
        if (refRow >= 0) {
          cellRow = refRow;
          cellColumn = refColumn;
          column = cellColumn;
        } else {
          column++;
          cellRow = rowNumber - 1;
          cellColumn = column;
        }
        cellType = typeAttribute;
        cellStyle = styleAttribute;
        vText = undefined;
        vStart = -1;
        fAttributes = null;
        fText = "";
        inlineText = null;
        // A self-closing cell (`<c r="E4" s="3"/>`) ends where it is closed, as every cell.
        return;
      }
      case V:
        if (!inSheetData) return;
        child = IN_V;
        return;
      case F:
        if (!inSheetData) return;
        child = IN_F;
        fAttributes = a;
        fSelfClosing = selfClosing;
        return;
      case IS:
        if (!inSheetData) return;
        child = IN_IS;
        isDepth = 1;
        rich.reset();
        return;
      case ROW: {
        if (!inSheetData) return;
        rowNumber = a.r ? parseInt(a.r, 10) : rowNumber + 1;
        column = -1;
        const hidden = a.hidden !== undefined && isTrue(a.hidden);
        if (hidden) hiddenRows.push(rowNumber - 1);
        if (display && (hidden || a.ht || a.outlineLevel !== undefined)) {
          const info: RowInfo = {};
          if (a.ht) {
            info.hpt = parseFloat(a.ht);
            info.hpx = (info.hpt * 96) / 72;
          }
          if (hidden) info.hidden = true;
          if (a.outlineLevel !== undefined) info.level = Number(a.outlineLevel);
          display.rows[rowNumber - 1] = info;
        }
        return;
      }
      case SHEET_DATA:
        inSheetData = !selfClosing;
        return;
      case COL: {
        const min = parseInt(a.min, 10);
        const max = Math.min(parseInt(a.max, 10), 16384);
        if (!(min > 0 && max >= min)) return;
        const hidden = a.hidden !== undefined && isTrue(a.hidden);
        if (hidden) for (let c = min - 1; c < max; c++) hiddenColumns.push(c);
        if (display) {
          const info: ColInfo = {};
          if (a.width) info.width = parseFloat(a.width);
          if (hidden) info.hidden = true;
          for (let c = min - 1; c < max; c++) display.cols[c] = info;
        }
        return;
      }
      case MERGE_CELL: {
        const area = a.ref ? parseArea(a.ref) : null;
        if (area) merges.push(area);
        return;
      }
    }
  };

  scanXml(text, part, {
    start(nameStart, nameEnd) {
      const element = elementCode(text, nameStart, nameEnd);
      if (element === C) {
        refRow = -1;
        typeAttribute = undefined;
        styleAttribute = 0;
      } else attributes = NO_ATTRIBUTES;
      // Inside an inline string, its elements (t, r, rPh …) by local name.
      if (child === IN_IS) innerName = text.slice(localStart(text, nameStart, nameEnd), nameEnd);
      return element;
    },
    attribute(element, nameStart, nameEnd, valueStart, valueEnd, decoded) {
      if (element !== C) {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        attributes[text.slice(nameStart, nameEnd)] = decoded ?? text.slice(valueStart, valueEnd);
        return;
      }
      if (nameEnd - nameStart !== 1) return;
      const name = text.charCodeAt(nameStart);
      if (name === R_NAME) {
        if (decoded === null) readReference(text, valueStart, valueEnd);
        else readReference(decoded, 0, decoded.length);
      } else if (name === S_NAME) {
        styleAttribute = styleIndex(
          decoded ?? text,
          decoded === null ? valueStart : 0,
          decoded === null ? valueEnd : decoded.length
        );
      } else if (name === T_NAME) {
        typeAttribute = decoded ?? cellTypeAt(text, valueStart, valueEnd);
      }
    },
    opened(element, selfClosing) {
      if (child !== NONE) {
        if (child === IN_IS) {
          rich.open(innerName, isDepth === 1);
          innerNames.push(innerName);
          isDepth++;
        }
        return;
      }
      openElement(element, attributes, selfClosing);
    },
    closed(element) {
      if (child === IN_IS) {
        isDepth--;
        if (isDepth === 0) {
          child = NONE;
          inlineText = rich.value();
        } else rich.close(innerNames.pop() ?? "");
        return;
      }
      if (child !== NONE) {
        if ((child === IN_V && element === V) || (child === IN_F && element === F)) child = NONE;
        return;
      }
      if (element === C) {
        if (inSheetData) endCell();
      } else if (element === SHEET_DATA) inSheetData = false;
    },
    text(start, end, decoded) {
      if (child === IN_V) {
        if (decoded === null && vStart < 0 && vText === undefined) {
          vStart = start;
          vEnd = end;
        } else {
          const before = vText ?? (vStart >= 0 ? text.slice(vStart, vEnd) : "");
          vText = before + (decoded ?? text.slice(start, end));
          vStart = -1;
        }
      } else if (child === IN_F) fText += decoded ?? text.slice(start, end);
      else if (child === IN_IS) rich.text(decoded ?? text.slice(start, end));
    },
  });
  return {
    rows: ordered ? list.rows : sortedRows(list.rows),
    extras: {
      merges,
      hiddenRows: unique(hiddenRows),
      hiddenColumns: unique(hiddenColumns),
      ...(indents.length ? { indents } : {}),
    },
    ...(display ? { display } : {}),
  };
}

/** Rows and cells in sheet order, the last of two cells at one place kept (as a spreadsheet reads them). */
function sortedRows(rows: RowCells[]): RowCells[] {
  type Cell = [value: CellValue, formula: string | null, format: string | null];
  const byRow = new Map<number, Map<number, Cell>>();
  for (const r of rows) {
    let cells = byRow.get(r.row);
    if (!cells) byRow.set(r.row, (cells = new Map()));
    r.columns.forEach((c, i) =>
      cells.set(c, [r.values[i], r.formulas?.[i] ?? null, r.formats?.[i] ?? null])
    );
  }
  const list = new RowList();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!;
    for (const c of [...cells.keys()].sort((a, b) => a - b)) list.add(row, c, ...cells.get(c)!);
  }
  return list.rows;
}

function unique(sorted: number[]): number[] {
  if (sorted.every((n, i) => i === 0 || n > sorted[i - 1])) return sorted;
  return [...new Set(sorted)].sort((a, b) => a - b);
}
