/**
 * Where the user is in the workbook: the sheet shown, the selected cell, the recognized table outlined (chosen in
 * the list of tables found), and the cell the grid is asked to scroll to and focus.
 */
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import { parseArea, parseCell } from "../../core/a1";
import type { CellArea } from "../../core/grid";
import type { DisplayWorkbook } from "../display";
import { notFound } from "../fileHost";
import type { CellPosition, FocusRequest } from "../grid/SheetGrid";

export interface Selection extends CellPosition {
  sheet: string;
}

/** A recognized table chosen in the list of tables found: outlined in the grid. */
export interface Highlight {
  sheet: string;
  area: CellArea;
}

export function useSheetView(workbookRef: MutableRefObject<DisplayWorkbook | null>) {
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [focusRequest, setFocusRequest] = useState<(FocusRequest & { sheet: string }) | null>(null);
  const focusSeq = useRef(0);

  /** Shows the sheet and focuses the cell; with `range`, outlines it. Throws `notFound` when there is no such sheet. */
  const reveal = useCallback(
    (sheet: string, cell: string, range?: string) => {
      const position = parseCell(cell);
      if (!position || !workbookRef.current?.sheets.some((s) => s.name === sheet)) {
        throw notFound(`${sheet}!${cell}`);
      }
      const area = range ? parseArea(range) : null;
      setActiveSheet(sheet);
      setSelection({ sheet, ...position });
      setHighlight(area ? { sheet, area } : null);
      setFocusRequest({ sheet, ...position, seq: ++focusSeq.current });
    },
    [workbookRef]
  );

  /** A cell clicked in the grid: selected, and the table outline goes. */
  const select = useCallback((sheet: string, position: CellPosition) => {
    setSelection({ sheet, ...position });
    setHighlight(null);
  }, []);

  /** Another workbook: its first shown sheet, nothing selected. */
  const reset = useCallback((workbook: DisplayWorkbook) => {
    setActiveSheet(firstSheet(workbook));
    setSelection(null);
    setHighlight(null);
    setFocusRequest(null);
  }, []);

  const clearHighlight = useCallback(() => setHighlight(null), []);

  return {
    activeSheet,
    setActiveSheet,
    selection,
    highlight,
    focusRequest,
    reveal,
    select,
    reset,
    clearHighlight,
  };
}

function firstSheet(workbook: DisplayWorkbook): string | null {
  return (workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0])?.name ?? null;
}
