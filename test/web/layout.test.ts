import type { DisplaySheet } from "../../src/web/display";
import {
  cellAt,
  indexAt,
  MergeIndex,
  outlineEdges,
  outlineShadow,
  prefixOffsets,
  rowCells,
  rowWindow,
  scrollTopFor,
  windowCovers,
} from "../../src/web/grid/layout";

describe("sheet grid geometry", () => {
  const heights = [20, 20, 40, 20, 20, 20, 20, 20, 20, 20];
  const offsets = prefixOffsets(heights);

  it("row offsets and the row under a position", () => {
    expect(Array.from(offsets)).toEqual([0, 20, 40, 80, 100, 120, 140, 160, 180, 200, 220]);
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 39.9)).toBe(1);
    expect(indexAt(offsets, 40)).toBe(2);
    expect(indexAt(offsets, 79)).toBe(2);
    expect(indexAt(offsets, 10_000)).toBe(9);
    expect(indexAt(prefixOffsets([]), 5)).toBe(0);
  });

  it("renders the rows under the viewport below the frozen rows, plus overscan", () => {
    // 3 frozen rows (80px) in a viewport 100px tall: 20px are left for the scrolling rows. Scrolled 0, that is row 3
    // (and row 4 starting at the very edge); scrolled 40px, row 4 slides under the frozen rows and row 5 shows.
    expect(rowWindow(offsets, 3, 0, 100, 0)).toEqual({ start: 3, end: 5 });
    expect(rowWindow(offsets, 3, 40, 100, 0)).toEqual({ start: 5, end: 7 });
    expect(rowWindow(offsets, 3, 40, 100, 2)).toEqual({ start: 3, end: 9 });
    // Everything frozen: nothing scrolls.
    expect(rowWindow(prefixOffsets([20, 20]), 2, 0, 100)).toEqual({ start: 2, end: 2 });
  });

  it("keeps the rendered rows while the visible ones stay inside them", () => {
    expect(windowCovers({ start: 3, end: 30 }, { start: 5, end: 20 }, 100)).toBe(true);
    expect(windowCovers({ start: 3, end: 30 }, { start: 25, end: 35 }, 100)).toBe(false);
    expect(windowCovers({ start: 80, end: 100 }, { start: 90, end: 100 }, 100)).toBe(true);
  });

  it("scrolls a row to just below the frozen rows, with a row of context", () => {
    expect(scrollTopFor(offsets, 3, 1)).toBeNull();
    expect(scrollTopFor(offsets, 3, 3)).toBe(0);
    expect(scrollTopFor(offsets, 3, 9)).toBe(180 - 80);
  });

  it("splits merged areas over the rendered row groups and keeps their text in each part", () => {
    const merges = new MergeIndex([
      { top: 0, left: 0, bottom: 0, right: 2 }, // a title over A1:C1
      { top: 2, left: 0, bottom: 8, right: 0 }, // a category down A3:A9
    ]);
    expect(rowCells(0, 3, merges, 0, 1)).toEqual([
      { column: 0, rowSpan: 1, colSpan: 3, area: { top: 0, left: 0, bottom: 0, right: 2 } },
    ]);
    // Rendered rows 2..5: the category starts at row 2 and is cut at row 4.
    expect(rowCells(2, 3, merges, 2, 5)[0]).toMatchObject({ column: 0, rowSpan: 3, colSpan: 1 });
    expect(rowCells(3, 3, merges, 2, 5).map((c) => c.column)).toEqual([1, 2]);
    // Scrolled to rows 6..9: the rest of the category is drawn from row 6.
    expect(rowCells(6, 3, merges, 6, 10)[0]).toMatchObject({ column: 0, rowSpan: 3 });
  });

  it("finds a cell in the compressed rows", () => {
    const sheet = {
      rows: 3,
      rowStart: Int32Array.from([0, 2, 2, 3]),
      cellColumns: Int32Array.from([0, 4, 1]),
      cellStyles: Int32Array.from([0, 1, 0]),
      texts: ["附件1", "x", "709"],
    } as unknown as DisplaySheet;
    expect(cellAt(sheet, 0, 4)).toEqual({ text: "x", style: 1 });
    expect(cellAt(sheet, 0, 2)).toBeUndefined();
    expect(cellAt(sheet, 1, 0)).toBeUndefined();
    expect(cellAt(sheet, 2, 1)).toEqual({ text: "709", style: 0 });
    expect(cellAt(sheet, 3, 0)).toBeUndefined();
  });

  it("frames a table: each edge cell draws its part of the outline", () => {
    const table = { top: 3, left: 0, bottom: 31, right: 6 };
    const at = (row: number, column: number) => ({
      top: row,
      left: column,
      bottom: row,
      right: column,
    });
    expect(outlineEdges(at(3, 0), [table])).toEqual([true, false, false, true]);
    expect(outlineEdges(at(31, 6), [table])).toEqual([false, true, true, false]);
    expect(outlineEdges(at(10, 3), [table])).toEqual([false, false, false, false]);
    expect(outlineEdges(at(40, 3), [table])).toEqual([false, false, false, false]);
    expect(outlineEdges({ top: 31, left: 0, bottom: 31, right: 1 }, [table])).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(outlineShadow([true, false, false, true], "#0F6CBD")).toBe(
      "inset 0 2px 0 0 #0F6CBD, inset 2px 0 0 0 #0F6CBD"
    );
    expect(outlineShadow([false, false, false, false], "#0F6CBD")).toBeUndefined();
  });
});
