/**
 * A row's label is remembered per view, and one reading serves every limit it holds for (recognize/rows.ts: the
 * scan for totals reads up to the sheet's edge, the walks up to the table's numbers). Whatever limits were asked
 * before, a row's label is the one a fresh view reads with the limit asked now.
 */
import type { CellValue } from "../../src/core/grid";
import { rowLabel } from "../../src/core/recognize/rows";
import { SheetView } from "../../src/core/recognize/sheetView";
import { sheetOf } from "../support/gridBuilder";

const rows: CellValue[][] = [
  // A serial, a name, a class, then the numbers: the numbers end the reading.
  [1, "中山路街道", "A类", 10, 20, 30, 40],
  // A total label ends the reading where it stands.
  ["合计", null, null, 30, 40, 50, 60],
  // A name, then a 其中 label further right: the nearer limit sees only the name.
  [null, "朱沱镇", null, "其中：高新区", 5, 6, 7],
  // Only numbers: no label at any limit.
  [3, 4, 5, 6, 7, 8, 9],
  // Text far to the right of the first filled cell: out of a label's reach.
  [2, null, null, null, null, null, null, "备注"],
  // A name merged across two cells, a number, another word after it.
  ["项目", null, 12, "说明", null, null, null],
];
const sheet = sheetOf("表", rows, { mergeRanges: ["A6:B6"] });
const limits = [-1, 0, 1, 2, 3, 4, 5, 6, 7];

describe("a row's label read for several limits", () => {
  test.each(rows.map((_, row) => [row]))(
    "row %d: the label for each limit is the one read afresh, in any order of asking",
    (row) => {
      const fresh = (limit: number) => rowLabel(new SheetView(sheet), row, 0, limit);
      for (const first of limits) {
        const view = new SheetView(sheet);
        rowLabel(view, row, 0, first);
        for (const limit of [...limits, ...[...limits].reverse()])
          expect([first, limit, rowLabel(view, row, 0, limit)]).toEqual([
            first,
            limit,
            fresh(limit),
          ]);
      }
    }
  );
});
