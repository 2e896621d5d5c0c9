/**
 * Reading and writing cell fills with few calls: reads go through getCellProperties per row run, writes through
 * `worksheet.getRanges("C4,D9:D12,…")` grouped by colour; only unusual fills (patterns, tints) are set cell by cell.
 */
import { areaAddress, cellAddress } from "../core/a1";
import { addressLists, cellKey, rowRuns } from "./addresses";
import type { CellFill, OriginalFill } from "./markRecord";

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
};

const UNRESTORABLE_PATTERNS = new Set(["LinearGradient", "RectangularGradient"]);

/**
 * Queues reading the fill of the given cells (sheet → cells), one getCellProperties per row run.
 * Call the returned function after the sync: it gives each cell's fill by cellKey.
 */
export function queueFillReads(
  context: Excel.RequestContext,
  cellsBySheet: Map<string, string[]>
): () => Map<string, CellFill> {
  const reads: {
    sheet: string;
    top: number;
    left: number;
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  for (const [sheet, cells] of cellsBySheet) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const run of rowRuns(cells)) {
      const result = worksheet.getRange(areaAddress(run)).getCellProperties(FILL_PROPERTIES);
      reads.push({ sheet, top: run.top, left: run.left, result });
    }
  }
  return () => {
    const fills = new Map<string, CellFill>();
    for (const read of reads) {
      read.result.value.forEach((row, r) =>
        row.forEach((properties, c) =>
          fills.set(
            cellKey(read.sheet, cellAddress(read.top + r, read.left + c)),
            fillOf(properties)
          )
        )
      );
    }
    return fills;
  };
}

function fillOf(properties: Excel.CellProperties): CellFill {
  const fill = properties.format?.fill ?? {};
  const result: CellFill = {
    color: (fill.color ?? "#FFFFFF").toUpperCase(),
    pattern: fill.pattern ?? "None",
  };
  if (fill.patternColor && result.pattern !== "None" && result.pattern !== "Solid")
    result.patternColor = fill.patternColor.toUpperCase();
  if (fill.tintAndShade) result.tintAndShade = fill.tintAndShade;
  return result;
}

/** What to record for a cell about to be marked; undefined when its fill could not be written back (gradients). */
export function originalFillOf(fill: CellFill): OriginalFill | undefined {
  if (UNRESTORABLE_PATTERNS.has(fill.pattern)) return undefined;
  if (fill.pattern === "None") return "none";
  if (fill.pattern === "Solid" && !fill.tintAndShade) return fill.color;
  return { ...fill };
}

/** The cell still shows the colour the add-in wrote (the user has not re-coloured it since). */
export function showsMark(fill: CellFill | undefined, mark: string | undefined): boolean {
  return Boolean(
    fill &&
    mark &&
    fill.pattern === "Solid" &&
    !fill.tintAndShade &&
    fill.color.toUpperCase() === mark.toUpperCase()
  );
}

/** Fill writes collected for one sync: solid colours and clears by getRanges, the rest cell by cell. */
export class FillWrites {
  private readonly solid = new Map<string, Map<string, string[]>>();
  private readonly cleared = new Map<string, string[]>();
  private readonly detailed: { sheet: string; cell: string; fill: CellFill }[] = [];

  /** Writes a fill back as it was recorded. */
  restore(sheet: string, cell: string, original: OriginalFill): void {
    if (original === "none") push(this.cleared, sheet, cell);
    else if (typeof original === "string") this.colour(sheet, cell, original);
    else this.detailed.push({ sheet, cell, fill: original });
  }

  colour(sheet: string, cell: string, color: string): void {
    let byColour = this.solid.get(sheet);
    if (!byColour) this.solid.set(sheet, (byColour = new Map()));
    push(byColour, color, cell);
  }

  get size(): number {
    let size = this.detailed.length;
    for (const cells of this.cleared.values()) size += cells.length;
    for (const byColour of this.solid.values())
      for (const cells of byColour.values()) size += cells.length;
    return size;
  }

  queue(context: Excel.RequestContext): void {
    const worksheets = context.workbook.worksheets;
    for (const [sheet, cells] of this.cleared) {
      const worksheet = worksheets.getItem(sheet);
      for (const list of addressLists(cells)) worksheet.getRanges(list).format.fill.clear();
    }
    for (const [sheet, byColour] of this.solid) {
      const worksheet = worksheets.getItem(sheet);
      for (const [color, cells] of byColour) {
        for (const list of addressLists(cells)) worksheet.getRanges(list).format.fill.color = color;
      }
    }
    for (const { sheet, cell, fill } of this.detailed) {
      const properties: Excel.CellPropertiesFill = {
        color: fill.color,
        pattern: fill.pattern as Excel.FillPattern,
      };
      if (fill.patternColor) properties.patternColor = fill.patternColor;
      if (fill.tintAndShade) properties.tintAndShade = fill.tintAndShade;
      worksheets
        .getItem(sheet)
        .getRange(cell)
        .setCellProperties([[{ format: { fill: properties } }]]);
    }
  }
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
