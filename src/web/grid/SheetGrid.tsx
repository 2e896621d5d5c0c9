/**
 * One worksheet drawn as a table, as Excel shows it: column letters and row numbers, the file's fills, fonts,
 * borders, column widths, row heights and merged cells, its frozen rows and columns kept in place, the findings in
 * the marks palette with an icon and text (never colour alone), and the recognized tables framed. Only the rows
 * near the viewport are in the page, so a sheet of any length scrolls smoothly.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { cellAddress, columnLetters } from "../../core/a1";
import type { CellArea } from "../../core/grid";
import type { CellMark } from "../../core/marks";
import type { Severity } from "../../core/model";
import { SEVERITY_ICONS, SEVERITY_ICON_TONE } from "../../ui/components/SeverityBadge";
import { visuallyHidden } from "../../ui/styles";
import type { DisplaySheet } from "../display";
import type { PageTexts } from "../../i18n";
import {
  cellAt,
  MergeIndex,
  outlineEdges,
  outlineShadow,
  prefixOffsets,
  rowCells,
  rowWindow,
  scrollTopFor,
  windowCovers,
  type CellSpan,
  type RowWindow,
} from "./layout";

const HEADER_HEIGHT = 22;
/** Wide enough for the longest row number. */
function rowHeaderWidth(rows: number): number {
  return Math.max(40, 8 * String(Math.max(rows, 1)).length + 14);
}
const GRIDLINE = "#E1E1E1";
const FILE_BORDER = "#6B6B6B";
/** The recognized tables' frame; distinct from every mark fill. */
export const TABLE_OUTLINE = "#0F6CBD";
const SELECTION = "#107C41";
/** Narrow sans-serif faces first (Excel's Calibri or its metric twins), then Chinese faces for the CJK glyphs. */
const GRID_FONT =
  'Calibri, Carlito, "Segoe UI", Arial, "Liberation Sans", "Nimbus Sans", Helvetica, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif';
/**
 * Stacking of the sticky parts: text spilling into empty neighbours < frozen columns < frozen rows (their spilling
 * text above their other cells) < cells frozen both ways < row numbers < column letters < the corner.
 */
const Z = {
  spill: 1,
  frozenColumn: 2,
  frozenRow: 3,
  frozenRowSpill: 4,
  frozenBoth: 5,
  rowHead: 6,
  frozenRowHead: 7,
  head: 8,
  frozenHead: 9,
  corner: 10,
};

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    height: "100%",
    minHeight: "240px",
    backgroundColor: "#FFFFFF",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    color: "#242424",
    fontFamily: GRID_FONT,
    fontSize: "12px",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: Z.head,
    boxSizing: "border-box",
    height: `${HEADER_HEIGHT}px`,
    padding: 0,
    backgroundColor: "#F3F3F3",
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: "1px solid #C8C8C8",
    color: "#424242",
    fontWeight: tokens.fontWeightRegular,
    fontSize: "12px",
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: Z.rowHead,
    padding: "0 4px",
    backgroundColor: "#F3F3F3",
    borderRight: "1px solid #C8C8C8",
    borderBottom: `1px solid ${GRIDLINE}`,
    color: "#424242",
    fontWeight: tokens.fontWeightRegular,
    fontSize: "12px",
    textAlign: "center",
  },
  corner: { left: 0, zIndex: Z.corner },
  hiddenHead: { fontStyle: "italic", color: "#8A8A8A" },
  cell: {
    position: "relative",
    padding: "0 3px",
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    overflow: "hidden",
    cursor: "cell",
    // The focused cell is the selected one: it keeps the selection's frame (a plain `outline: none` here would win
    // over the frame below, a pseudo-class being more specific than a class).
    ":focus": { outline: `2px solid ${SELECTION}`, outlineOffset: "-2px" },
  },
  content: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    lineHeight: "1.25",
  },
  selected: {
    outline: `2px solid ${SELECTION}`,
    outlineOffset: "-2px",
    zIndex: Z.spill,
  },
  markIcon: {
    position: "absolute",
    top: "1px",
    left: "1px",
    width: "10px",
    height: "10px",
    pointerEvents: "none",
  },
  noteCorner: {
    position: "absolute",
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: "6px solid #C50F1F",
    borderLeft: "6px solid transparent",
    pointerEvents: "none",
  },
  visuallyHidden,
  spacer: { padding: 0, border: "none" },
});

export interface CellPosition {
  row: number;
  column: number;
}

export interface FocusRequest extends CellPosition {
  /** A new number for every request, so asking twice for the same cell scrolls to it twice. */
  seq: number;
}

export interface SheetGridProps {
  sheet: DisplaySheet;
  texts: PageTexts;
  /** Severity names, as the findings list shows them. */
  severityName: Record<Severity, string>;
  /** This sheet's marks by A1 address. */
  marks: ReadonlyMap<string, CellMark>;
  /** This sheet's recognized tables. */
  tables: readonly CellArea[];
  /** A range outlined in the selection colour (a table chosen in the list of tables found). */
  highlight?: CellArea | null;
  selected: CellPosition | null;
  focusRequest: FocusRequest | null;
  onSelect(position: CellPosition): void;
  /** Id of the element describing the grid (the hint). */
  describedBy?: string;
  /**
   * On a narrow screen (a phone), rows and columns kept in view besides the file's frozen panes: the recognized
   * tables' header rows and unit names, so a cell far down or to the right is still read with its row and column.
   */
  keepInView?: { rows: number; columns: number };
}

/** Narrower than this, the grid keeps the tables' header rows and unit names in view (`keepInView`). */
const NARROW = 640;

/** The scroller's width when it is narrow (a phone), else 0; follows resizes. */
function useNarrow(scroller: React.RefObject<HTMLDivElement>): number {
  const [narrow, setNarrow] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      setNarrow(width > 0 && width < NARROW ? width : 0);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  return narrow;
}

/** The element lies wholly inside the window's viewport. */
function fullyInView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  return box.top >= 0 && box.bottom <= view.innerHeight;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

export function SheetGrid(props: SheetGridProps) {
  const { sheet, texts, severityName, marks, tables, selected, focusRequest, onSelect } = props;
  const highlight = props.highlight ?? null;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const rowOffsets = useMemo(() => prefixOffsets(sheet.rowHeights), [sheet]);
  const columnOffsets = useMemo(() => prefixOffsets(sheet.columnWidths), [sheet]);
  const merges = useMemo(() => new MergeIndex(sheet.merges), [sheet]);
  const hiddenRows = useMemo(() => new Set(sheet.hiddenRows), [sheet]);
  const hiddenColumns = useMemo(() => new Set(sheet.hiddenColumns), [sheet]);
  const narrow = useNarrow(scroller);
  const keep = props.keepInView;
  // Kept in view only while they leave most of the grid for the rest (the width or height of a phone).
  const stickyRows =
    narrow &&
    keep &&
    keep.rows > sheet.frozenRows &&
    rowOffsets[Math.min(keep.rows, sheet.rows)] <= 200
      ? Math.min(keep.rows, sheet.rows)
      : sheet.frozenRows;
  const stickyColumns =
    narrow &&
    keep &&
    keep.columns > sheet.frozenColumns &&
    columnOffsets[Math.min(keep.columns, sheet.columns)] <= narrow * 0.6
      ? Math.min(keep.columns, sheet.columns)
      : sheet.frozenColumns;
  // The first render draws a screenful and no more; the rows around it follow a frame later (below), so opening a
  // large sheet paints at once.
  const [rendered, setWindow] = useState<RowWindow>(() =>
    rowWindow(rowOffsets, stickyRows, 0, 600, 0)
  );
  const pendingFocus = useRef<string | null>(null);
  const frame = useRef(0);

  const visibleWindow = useCallback(
    (overscan: number) => {
      const element = scroller.current;
      const top = element ? element.scrollTop : 0;
      const height = element ? element.clientHeight - HEADER_HEIGHT : 800;
      return rowWindow(rowOffsets, stickyRows, top, height, overscan);
    },
    [rowOffsets, stickyRows]
  );

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const needed = visibleWindow(0);
      setWindow((current) =>
        windowCovers(current, needed, sheet.rows) ? current : visibleWindow(20)
      );
    });
  }, [visibleWindow, sheet.rows]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // The first measurement, once the scroller has its real height.
  // The first measurement, once the scroller has its real height (no second render when the first one covers it);
  // then, after the first paint, the rows above and below the viewport.
  useLayoutEffect(() => {
    const needed = visibleWindow(0);
    setWindow((current) => (windowCovers(current, needed, sheet.rows) ? current : needed));
    const later = requestAnimationFrame(() =>
      setWindow((current) => {
        const wanted = visibleWindow(20);
        return windowCovers(current, wanted, sheet.rows) ? current : wanted;
      })
    );
    return () => cancelAnimationFrame(later);
  }, [visibleWindow, sheet.rows]);

  /** Scrolls so the cell is in view beside the frozen panes, renders its rows, and asks for it to take focus. */
  const reveal = useCallback(
    (position: CellPosition) => {
      const element = scroller.current;
      if (sheet.rows === 0 || sheet.columns === 0) return;
      const row = clamp(position.row, 0, sheet.rows - 1);
      const column = clamp(position.column, 0, sheet.columns - 1);
      if (element) {
        const top = scrollTopFor(rowOffsets, stickyRows, row);
        const frozenHeight = rowOffsets[stickyRows];
        const viewport = element.clientHeight - HEADER_HEIGHT - frozenHeight;
        const rowTop = rowOffsets[row] - frozenHeight;
        const rowBottom = rowOffsets[row + 1] - frozenHeight;
        if (
          top !== null &&
          (rowTop < element.scrollTop || rowBottom > element.scrollTop + viewport)
        ) {
          element.scrollTop = top;
        }
        const frozenWidth = columnOffsets[stickyColumns];
        if (column >= stickyColumns) {
          const left = columnOffsets[column] - frozenWidth;
          const right = columnOffsets[column + 1] - frozenWidth;
          const width = element.clientWidth - rowHeaderWidth(sheet.rows) - frozenWidth;
          if (left < element.scrollLeft || right > element.scrollLeft + width) {
            element.scrollLeft = Math.max(0, left - 24);
          }
        }
      }
      // The grid itself in view (on a phone the findings are below it): the page scrolls to it, no further.
      if (element && !fullyInView(element)) element.scrollIntoView({ block: "nearest" });
      pendingFocus.current = cellAddress(row, column);
      // Always a new object: the render it causes is what moves the focus (see below).
      setWindow((current) =>
        windowCovers(current, visibleWindow(0), sheet.rows) ? { ...current } : visibleWindow(20)
      );
    },
    [rowOffsets, columnOffsets, sheet, visibleWindow, stickyRows, stickyColumns]
  );

  useEffect(() => {
    if (focusRequest) reveal(focusRequest);
  }, [focusRequest, reveal]);

  // After the rows are rendered, the requested cell takes focus (without scrolling again).
  useLayoutEffect(() => {
    const address = pendingFocus.current;
    if (!address || !scroller.current) return;
    const cell = scroller.current.querySelector<HTMLElement>(`[data-cell="${address}"]`);
    if (cell) {
      pendingFocus.current = null;
      cell.focus({ preventScroll: true });
    }
  });

  const select = useCallback(
    (position: CellPosition, focus: boolean) => {
      onSelect(position);
      if (focus) reveal(position);
    },
    [onSelect, reveal]
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (!selected || !target.dataset.cell) return;
      const area = merges.at(selected.row, selected.column);
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / 24) - 2);
      let { row, column } = selected;
      switch (event.key) {
        case "ArrowUp":
          row = (area ? area.top : row) - 1;
          break;
        case "ArrowDown":
          row = (area ? area.bottom : row) + 1;
          break;
        case "ArrowLeft":
          column = (area ? area.left : column) - 1;
          break;
        case "ArrowRight":
          column = (area ? area.right : column) + 1;
          break;
        case "PageUp":
          row -= page;
          break;
        case "PageDown":
          row += page;
          break;
        case "Home":
          column = 0;
          if (event.ctrlKey) row = 0;
          break;
        case "End":
          column = sheet.columns - 1;
          if (event.ctrlKey) row = sheet.rows - 1;
          break;
        default:
          return;
      }
      event.preventDefault();
      row = clamp(row, 0, sheet.rows - 1);
      column = clamp(column, 0, sheet.columns - 1);
      const landed = merges.at(row, column);
      select(landed ? { row: landed.top, column: landed.left } : { row, column }, true);
    },
    [selected, merges, sheet.rows, sheet.columns, select]
  );

  const selectedArea = selected ? merges.at(selected.row, selected.column) : undefined;
  const isSelected = (span: CellSpan) =>
    selected !== null &&
    (selectedArea
      ? selectedArea === span.area
      : span.rowSpan === 1 &&
        span.colSpan === 1 &&
        span.area.top === selected.row &&
        span.area.left === selected.column);

  const headerWidth = rowHeaderWidth(sheet.rows);
  const totalWidth = headerWidth + columnOffsets[sheet.columns];
  const frozenWidth = (column: number) => headerWidth + columnOffsets[column];

  function renderCell(row: number, span: CellSpan, frozenRow: boolean): ReactNode {
    const { area } = span;
    const master = cellAt(sheet, area.top, area.left);
    const style = master ? sheet.styles[master.style] : undefined;
    const address = cellAddress(area.top, area.left);
    const mark = marks.get(address);
    const frozenColumn = area.left < stickyColumns;
    const spanHeight = rowOffsets[row + span.rowSpan] - rowOffsets[row];
    const fileBorders = style?.borders;
    const shadows = [
      // The chosen table's outline first: it is drawn over the tables' frame.
      highlight ? outlineShadow(outlineEdges(area, [highlight]), SELECTION, 3) : undefined,
      outlineShadow(outlineEdges(area, tables), TABLE_OUTLINE),
      fileBorders?.[0] ? `inset 0 1px 0 0 ${FILE_BORDER}` : undefined,
      fileBorders?.[3] ? `inset 1px 0 0 0 ${FILE_BORDER}` : undefined,
    ].filter(Boolean);
    const css: CSSProperties = {
      backgroundColor: mark ? mark.fill : style?.fill,
      color: style?.color,
      fontWeight: style?.bold ? 700 : undefined,
      fontStyle: style?.italic ? "italic" : undefined,
      textDecoration: style?.underline ? "underline" : undefined,
      fontSize: style?.size ? `${style.size}pt` : undefined,
      textAlign: style?.align ?? "left",
      verticalAlign: style?.valign ?? "bottom",
      borderRight: fileBorders?.[1] ? `1px solid ${FILE_BORDER}` : undefined,
      borderBottom: fileBorders?.[2] ? `1px solid ${FILE_BORDER}` : undefined,
      boxShadow: shadows.length ? shadows.join(", ") : undefined,
    };
    // Left-aligned text runs on over the empty cells to its right, as in Excel.
    let spill = 0;
    if (
      master?.text &&
      !style?.wrap &&
      (style?.align ?? "left") === "left" &&
      span.colSpan === 1 &&
      span.rowSpan === 1
    ) {
      for (let c = area.right + 1; c < sheet.columns && c <= area.right + 30; c++) {
        if (merges.at(row, c) || cellAt(sheet, row, c)?.text) break;
        spill += sheet.columnWidths[c];
      }
    }
    if (spill > 0) {
      css.overflow = "visible";
      css.zIndex = Z.spill;
    }
    if (frozenRow || frozenColumn) {
      css.position = "sticky";
      css.zIndex =
        frozenRow && frozenColumn
          ? Z.frozenBoth
          : frozenRow
            ? spill > 0
              ? Z.frozenRowSpill
              : Z.frozenRow
            : Z.frozenColumn;
      if (frozenRow) css.top = HEADER_HEIGHT + rowOffsets[row];
      if (frozenColumn) css.left = frozenWidth(area.left);
      if (!css.backgroundColor) css.backgroundColor = "#FFFFFF";
    }
    const chosen = isSelected(span);
    const Icon = mark ? SEVERITY_ICONS[mark.severity] : null;
    const wrap = style?.wrap;
    return (
      <td
        key={span.column}
        rowSpan={span.rowSpan > 1 ? span.rowSpan : undefined}
        colSpan={span.colSpan > 1 ? span.colSpan : undefined}
        className={chosen ? `${styles.cell} ${styles.selected}` : styles.cell}
        style={css}
        data-cell={address}
        data-severity={mark?.severity}
        title={mark ? mark.note : undefined}
        tabIndex={chosen ? 0 : -1}
        aria-current={chosen ? "true" : undefined}
        onMouseDown={() => select({ row: area.top, column: area.left }, true)}
      >
        {Icon && mark && (
          <Icon
            className={styles.markIcon}
            style={{ color: SEVERITY_ICON_TONE[mark.severity] }}
            aria-hidden="true"
            data-mark={mark.severity}
          />
        )}
        {mark && <span className={styles.noteCorner} aria-hidden="true" />}
        <span
          className={styles.content}
          style={{
            maxHeight: `${Math.max(spanHeight - 1, 12)}px`,
            whiteSpace: wrap ? "normal" : "nowrap",
            paddingLeft: Icon ? "10px" : undefined, // room for the mark's icon
            ...(spill > 0
              ? {
                  width: "max-content",
                  maxWidth: `${sheet.columnWidths[area.left] + spill - 8}px`,
                  textOverflow: "clip",
                }
              : null),
          }}
        >
          {master?.text ?? ""}
        </span>
        {mark && (
          <span className={styles.visuallyHidden}>
            {mark.note
              .split("\n")
              .map((line) => texts.markText(severityName[mark.severity], line))
              .join("；")}
          </span>
        )}
      </td>
    );
  }

  function renderRow(row: number, groupStart: number, groupEnd: number, frozenRow: boolean) {
    const hidden = hiddenRows.has(row);
    const headStyle: CSSProperties = frozenRow
      ? { top: HEADER_HEIGHT + rowOffsets[row], zIndex: Z.frozenRowHead }
      : {};
    return (
      <tr key={row} style={{ height: `${sheet.rowHeights[row]}px` }}>
        <th
          scope="row"
          className={hidden ? `${styles.rowHead} ${styles.hiddenHead}` : styles.rowHead}
          style={headStyle}
          title={hidden ? texts.hiddenRow(row + 1) : undefined}
        >
          {row + 1}
        </th>
        {rowCells(row, sheet.columns, merges, groupStart, groupEnd).map((span) =>
          renderCell(row, span, frozenRow)
        )}
      </tr>
    );
  }

  const frozenRows: ReactNode[] = [];
  for (let r = 0; r < stickyRows; r++) frozenRows.push(renderRow(r, 0, stickyRows, true));
  const bodyRows: ReactNode[] = [];
  for (let r = rendered.start; r < rendered.end; r++)
    bodyRows.push(renderRow(r, rendered.start, rendered.end, false));
  const topGap = rowOffsets[rendered.start] - rowOffsets[stickyRows];
  const bottomGap = rowOffsets[sheet.rows] - rowOffsets[rendered.end];
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" style={{ height: `${height}px` }}>
        <td className={styles.spacer} colSpan={sheet.columns + 1} />
      </tr>
    ) : null;

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={texts.gridLabel(sheet.name)}
      aria-describedby={props.describedBy}
      tabIndex={0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      data-sheet={sheet.name}
    >
      <table className={styles.table} style={{ width: `${totalWidth}px` }}>
        <colgroup>
          <col style={{ width: `${headerWidth}px` }} />
          {sheet.columnWidths.map((width, c) => (
            <col key={c} style={{ width: `${width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} scope="col">
              <span className={styles.visuallyHidden}>{texts.cornerHeader}</span>
            </th>
            {sheet.columnWidths.map((_, c) => {
              const frozenColumn = c < stickyColumns;
              const hidden = hiddenColumns.has(c);
              return (
                <th
                  key={c}
                  scope="col"
                  className={hidden ? `${styles.head} ${styles.hiddenHead}` : styles.head}
                  style={frozenColumn ? { left: frozenWidth(c), zIndex: Z.frozenHead } : undefined}
                  title={hidden ? texts.hiddenColumn(columnLetters(c)) : undefined}
                >
                  {columnLetters(c)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {frozenRows}
          {spacer(topGap, "top-gap")}
          {bodyRows}
          {spacer(bottomGap, "bottom-gap")}
        </tbody>
      </table>
    </div>
  );
}
