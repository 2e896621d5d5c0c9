/**
 * One worksheet part, edited cell by cell: a cell's style index (`s`), or its value (the 目标 sheet), and a
 * `<legacyDrawing>` for the notes. A cell the sheet XML does not hold gets a `<c>` (and, if needed, a `<row>`)
 * inserted in order; everything else in the part — other cells, sparklines and other extensions, validations,
 * conditional formats — keeps its bytes.
 */
import { cellAddress, columnIndex } from "../../core/a1";
import { applySplices, attributesText, escapeText, xmlSafe, type Splice } from "./xmlText";
import { child, children, deepText, parseXml, prefixFor, type XmlElement } from "./xmlTree";
import { REL_NS } from "./opcParts";

/** Excel's limit for the text of one cell (and of one note). */
export const EXCEL_TEXT_LIMIT = 32767;

/** A cell value to write: a number, a text (written inline, so sharedStrings.xml is untouched), or nothing. */
export type CellWrite = number | string | null;

interface CellEdit {
  style?: (old: number) => number;
  value?: { write: CellWrite };
}

interface RowEntry {
  element: XmlElement;
  cells: Map<number, XmlElement>;
}

/** The elements after `legacyDrawing` in CT_Worksheet (and the markup-compatibility wrapper used for controls). */
const AFTER_LEGACY_DRAWING = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

function parseCellRef(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return match ? { row: Number(match[2]) - 1, column: columnIndex(match[1].toUpperCase()) } : null;
}

export class SheetPart {
  readonly root: XmlElement;
  private readonly sheetData: XmlElement | undefined;
  private readonly rows = new Map<number, RowEntry>();
  private readonly edits = new Map<number, Map<number, CellEdit>>();
  private readonly extra: Splice[] = [];

  constructor(
    readonly text: string,
    readonly part: string,
    options: {
      /** Keep cell contents (values); only their tags otherwise, which is lighter on a big sheet. */
      withValues?: boolean;
      /** The only rows whose cells will be edited (0-based); all rows when absent. Others' cells are not kept. */
      rows?: ReadonlySet<number>;
    } = {}
  ) {
    const rows = options.rows;
    let rowAt = -1;
    this.root = parseXml(text, part, {
      maxDepth: options.withValues ? 6 : 3,
      skipInside: rows
        ? (element, depth) => {
            if (depth !== 2 || element.local !== "row") return false;
            rowAt = element.attributes.r ? Number(element.attributes.r) - 1 : rowAt + 1;
            return !rows.has(rowAt);
          }
        : undefined,
    });
    this.sheetData = child(this.root, "sheetData");
    let rowIndex = -1;
    for (const row of this.sheetData ? children(this.sheetData, "row") : []) {
      // `r` is optional: a row without it follows the one before.
      rowIndex = row.attributes.r ? Number(row.attributes.r) - 1 : rowIndex + 1;
      const cells = new Map<number, XmlElement>();
      let columnIndexAt = -1;
      for (const cell of children(row, "c")) {
        const at = cell.attributes.r ? parseCellRef(cell.attributes.r) : null;
        columnIndexAt = at ? at.column : columnIndexAt + 1;
        cells.set(columnIndexAt, cell);
      }
      this.rows.set(rowIndex, { element: row, cells });
    }
  }

  /** The cell's element, if the sheet XML holds it. */
  cell(row: number, column: number): XmlElement | undefined {
    return this.rows.get(row)?.cells.get(column);
  }

  /** The style a cell shows now: its own `s`, else its row's (customFormat) or its column's. */
  styleOf(row: number, column: number): number {
    const cell = this.cell(row, column);
    if (cell) return Number(cell.attributes.s ?? 0) || 0;
    const rowElement = this.rows.get(row)?.element;
    if (
      rowElement &&
      rowElement.attributes.customFormat &&
      /^(1|true)$/.test(rowElement.attributes.customFormat)
    )
      return Number(rowElement.attributes.s ?? 0) || 0;
    const cols = child(this.root, "cols");
    for (const col of cols ? children(cols, "col") : []) {
      const min = Number(col.attributes.min) - 1;
      const max = Number(col.attributes.max) - 1;
      if (column >= min && column <= max) return Number(col.attributes.style ?? 0) || 0;
    }
    return 0;
  }

  /** A cell's value as Excel shows it to a reader: number, text (shared, inline or a formula's), or null. */
  valueOf(row: number, column: number, sharedStrings: readonly string[]): CellWrite | boolean {
    const cell = this.cell(row, column);
    if (!cell) return null;
    const v = child(cell, "v");
    switch (cell.attributes.t) {
      case "s":
        return v ? (sharedStrings[Number(v.text)] ?? null) : null;
      case "inlineStr": {
        const is = child(cell, "is");
        return is ? deepText(is) : null;
      }
      case "str":
      case "e":
        return v ? v.text : null;
      case "b":
        return v ? v.text === "1" : null;
      default:
        return v && v.text.trim() !== "" ? Number(v.text) : null;
    }
  }

  hasFormula(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return cell !== undefined && child(cell, "f") !== undefined;
  }

  setStyle(row: number, column: number, style: (old: number) => number): void {
    const edit = this.edit(row, column);
    const before = edit.style;
    edit.style = before ? (old) => style(before(old)) : style;
  }

  setValue(row: number, column: number, write: CellWrite): void {
    this.edit(row, column).value = { write };
  }

  /** Adds `<legacyDrawing r:id="…"/>` where the schema puts it (the sheet has none). */
  addLegacyDrawing(relationshipId: string): void {
    const existing = child(this.root, "legacyDrawing");
    if (existing) throw new Error(`${this.part} already has a legacy drawing`);
    const bound = prefixFor(this.root, REL_NS);
    const p = this.root.prefix;
    const xml =
      bound !== null && bound !== ""
        ? `<${p}legacyDrawing ${bound}id="${relationshipId}"/>`
        : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${relationshipId}"/>`;
    const after = this.root.children.find((c) => AFTER_LEGACY_DRAWING.has(c.local));
    const at = after ? after.start : this.root.closeStart;
    this.extra.push({ start: at, end: at, text: xml });
  }

  /** The relationship id of the sheet's legacy drawing (notes' shapes, form controls), if any. */
  legacyDrawingId(): string | null {
    const element = child(this.root, "legacyDrawing");
    if (!element) return null;
    const id = Object.entries(element.attributes).find(
      ([name]) => name === "id" || name.endsWith(":id")
    );
    return id ? id[1] : null;
  }

  get edited(): boolean {
    return this.edits.size > 0 || this.extra.length > 0;
  }

  /** The part's text with the edits made. */
  save(): string {
    if (!this.edited) return this.text;
    const splices: Splice[] = [...this.extra];
    const newRows: { row: number; xml: string }[] = [];
    const p = this.sheetData?.prefix ?? this.root.prefix;
    for (const [row, columns] of [...this.edits].sort((a, b) => a[0] - b[0])) {
      const entry = this.rows.get(row);
      const newCells: { column: number; xml: string }[] = [];
      for (const [column, edit] of [...columns].sort((a, b) => a[0] - b[0])) {
        const element = entry?.cells.get(column);
        if (element) splices.push(this.rewriteCell(element, edit));
        else newCells.push({ column, xml: this.newCell(row, column, edit, p) });
      }
      if (newCells.length === 0) continue;
      if (!entry) {
        newRows.push({
          row,
          xml: `<${p}row r="${row + 1}">${newCells.map((c) => c.xml).join("")}</${p}row>`,
        });
        continue;
      }
      // Each new cell goes before the first existing cell to its right, or at the end of the row.
      const existing = [...entry.cells].sort((a, b) => a[0] - b[0]);
      const tail: string[] = [];
      for (const cell of newCells) {
        const next = existing.find(([c]) => c > cell.column);
        if (next) splices.push({ start: next[1].start, end: next[1].start, text: cell.xml });
        else tail.push(cell.xml);
      }
      if (tail.length > 0) splices.push(...this.appendToElement(entry.element, tail.join("")));
    }
    if (newRows.length > 0) {
      if (!this.sheetData) throw new Error(`${this.part} has no sheetData`);
      const existing = [...this.rows].sort((a, b) => a[0] - b[0]);
      const tail: string[] = [];
      for (const row of newRows) {
        const next = existing.find(([r]) => r > row.row);
        if (next)
          splices.push({ start: next[1].element.start, end: next[1].element.start, text: row.xml });
        else tail.push(row.xml);
      }
      if (tail.length > 0) splices.push(...this.appendToElement(this.sheetData, tail.join("")));
    }
    return applySplices(this.text, splices);
  }

  private edit(row: number, column: number): CellEdit {
    let columns = this.edits.get(row);
    if (!columns) this.edits.set(row, (columns = new Map()));
    let edit = columns.get(column);
    if (!edit) columns.set(column, (edit = {}));
    return edit;
  }

  /** A new element's content inserted at the end of `element` (a self-closing one is opened). */
  private appendToElement(element: XmlElement, xml: string): Splice[] {
    if (!element.selfClosing)
      return [{ start: element.closeStart, end: element.closeStart, text: xml }];
    return [
      {
        start: element.start,
        end: element.end,
        text: `<${element.name}${attributesText(element.attributes)}>${xml}</${element.name}>`,
      },
    ];
  }

  private rewriteCell(element: XmlElement, edit: CellEdit): Splice {
    const attributes = { ...element.attributes };
    const oldStyle = Number(attributes.s ?? 0) || 0;
    if (edit.style) attributes.s = String(edit.style(oldStyle));
    if (!edit.value) {
      const tag = `<${element.name}${attributesText(attributes)}${element.selfClosing ? "/>" : ">"}`;
      return { start: element.start, end: element.openEnd, text: tag };
    }
    // A new value replaces the whole cell: its type, formula and value (and rich-value references) go.
    delete attributes.t;
    delete attributes.cm;
    delete attributes.vm;
    return {
      start: element.start,
      end: element.end,
      text: this.cellXml(element.name, attributes, edit.value.write, element.prefix),
    };
  }

  private newCell(row: number, column: number, edit: CellEdit, p: string): string {
    const base = this.styleOf(row, column);
    const style = edit.style ? edit.style(base) : base;
    const attributes: Record<string, string> = { r: cellAddress(row, column) };
    if (style !== 0) attributes.s = String(style);
    return this.cellXml(`${p}c`, attributes, edit.value?.write ?? null, p);
  }

  private cellXml(
    name: string,
    attributes: Record<string, string>,
    write: CellWrite,
    p: string
  ): string {
    if (write === null) return `<${name}${attributesText(attributes)}/>`;
    if (typeof write === "number")
      return `<${name}${attributesText(attributes)}><${p}v>${write}</${p}v></${name}>`;
    return `<${name}${attributesText({ ...attributes, t: "inlineStr" })}>${inlineString(write, p)}</${name}>`;
  }
}

/** `<is><t>…</t></is>`, the text kept within a cell's limit. */
export function inlineString(text: string, p = ""): string {
  const kept = text.length > EXCEL_TEXT_LIMIT ? text.slice(0, EXCEL_TEXT_LIMIT) : text;
  return `<${p}is><${p}t xml:space="preserve">${escapeText(xmlSafe(kept))}</${p}t></${p}is>`;
}
