/**
 * A worksheet part we write whole (the 校验结果 sheet, a 目标 sheet the workbook lacked): every text is an inline
 * string, so the workbook's sharedStrings.xml is never touched; formulas only where we build them (links).
 */
import { cellAddress } from "../../core/a1";
import { inlineString } from "./sheetPart";
import { escapeText, xmlSafe } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type NewCell =
  | { kind: "value"; value: string | number | null; style: number }
  | { kind: "formula"; formula: string; result: string; style: number };

export interface NewSheet {
  /** 0-based rows of cells (sparse rows and cells allowed). */
  rows: (NewCell | undefined)[][];
  /** Row formats (whole rows, such as a bold header row), by 0-based row. */
  rowStyles?: Map<number, number>;
  /** Column widths in characters, from column A. */
  widths?: number[];
}

function cellXml(row: number, column: number, cell: NewCell): string {
  const r = cellAddress(row, column);
  const s = cell.style ? ` s="${cell.style}"` : "";
  if (cell.kind === "formula")
    return `<c r="${r}"${s} t="str"><f>${escapeText(xmlSafe(cell.formula))}</f><v>${escapeText(xmlSafe(cell.result))}</v></c>`;
  if (cell.value === null || cell.value === "") return s ? `<c r="${r}"${s}/>` : "";
  if (typeof cell.value === "number") return `<c r="${r}"${s}><v>${cell.value}</v></c>`;
  return `<c r="${r}"${s} t="inlineStr">${inlineString(cell.value)}</c>`;
}

export function newSheetXml(sheet: NewSheet): string {
  const cols = (sheet.widths ?? [])
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join("");
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = (cells ?? []).map((cell, c) => (cell ? cellXml(r, c, cell) : "")).join("");
      const style = sheet.rowStyles?.get(r);
      const format = style ? ` s="${style}" customFormat="1"` : "";
      return xml || format ? `<row r="${r + 1}"${format}>${xml}</row>` : "";
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}
