/** Read access to one sheet in worksheet coordinates, with merged cells resolved to their top-left value. */
import {
  gridSize,
  isCellError,
  isUnknownValue,
  type CellArea,
  type CellValue,
  type SheetGrid,
} from "../grid";

export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeOf = new Map<number, CellArea>();
  /** Rows that some merge covers lie within these (most rows of a large sheet do not: no lookup for them). */
  private mergedTop = Infinity;
  private mergedBottom = -Infinity;
  private readonly hiddenRows: Set<number>;
  private readonly hiddenColumns: Set<number>;
  /** Style indent levels by cell key; empty where the door read none. */
  private readonly indents = new Map<number, number>();

  constructor(readonly sheet: SheetGrid) {
    const size = gridSize(sheet);
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheet.top + size.rows - 1;
    this.right = sheet.left + size.columns - 1;
    for (const area of sheet.merges ?? []) {
      // Index only the cells inside the grid: a merge may extend beyond the used range.
      const bottom = Math.min(area.bottom, this.bottom);
      const right = Math.min(area.right, this.right);
      this.mergedTop = Math.min(this.mergedTop, area.top);
      this.mergedBottom = Math.max(this.mergedBottom, bottom);
      for (let r = Math.max(area.top, this.top); r <= bottom; r++)
        for (let c = Math.max(area.left, this.left); c <= right; c++)
          this.mergeOf.set(this.key(r, c), area);
    }
    this.hiddenRows = new Set(sheet.hiddenRows ?? []);
    this.hiddenColumns = new Set(sheet.hiddenColumns ?? []);
    for (const i of sheet.indents ?? []) this.indents.set(this.key(i.row, i.column), i.level);
  }

  private key(row: number, column: number): number {
    return row * 16384 + column;
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The cell's own value (null inside a merge except at its top-left). */
  value(row: number, column: number): CellValue {
    // `valueAt(this.sheet, row, column)`, written out: the recognizer and the rules read most cells of a sheet
    // several times, and this is the one call they all make.
    const r = row - this.top;
    const c = column - this.left;
    if (r < 0 || c < 0) return null;
    const value = this.sheet.values[r]?.[c];
    return value === undefined ? null : value;
  }

  /** The value shown at a position: a merged area shows its top-left value in every cell it covers. */
  shown(row: number, column: number): CellValue {
    const area = this.merge(row, column);
    return area ? this.value(area.top, area.left) : this.value(row, column);
  }

  /** Text shown at a position, trimmed; numbers as their digits; empty string for blank (and an unknown value). */
  shownText(row: number, column: number): string {
    const v = this.shown(row, column);
    if (v === null || isUnknownValue(v)) return "";
    if (isCellError(v)) return v.error;
    return String(v).trim();
  }

  /** The indent level the cell's style gives its text (`<alignment indent>`), 0 where none. */
  indent(row: number, column: number): number {
    return this.indents.size === 0 ? 0 : (this.indents.get(this.key(row, column)) ?? 0);
  }

  merge(row: number, column: number): CellArea | undefined {
    if (row < this.mergedTop || row > this.mergedBottom) return undefined;
    return this.mergeOf.get(this.key(row, column));
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  isHiddenColumn(column: number): boolean {
    return this.hiddenColumns.has(column);
  }

  isBlankRow(row: number, from = this.left, to = this.right): boolean {
    // Blank: nothing shown, or only spaces (a number, a truth value, an error or an unknown value is not blank).
    for (let c = from; c <= to; c++) {
      const v = this.shown(row, c);
      if (v === null) continue;
      if (typeof v !== "string" || v.trim() !== "") return false;
    }
    return true;
  }
}
