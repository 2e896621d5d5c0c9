/**
 * The open workbook as the sheet shows it: its sheet tabs (with each sheet's number of findings), the grid with the
 * findings marked and the recognized tables framed, and the selected cell's content and note in words.
 */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import { cellAddress, columnIndex, parseArea } from "../../core/a1";
import type { WorkbookReport } from "../../core/check";
import type { CellArea } from "../../core/grid";
import { planMarks, type CellMark } from "../../core/marks";
import { reportWords, type Locale, type PageTexts, type UiTexts } from "../../i18n";
import type { DisplaySheet, DisplayWorkbook } from "../display";
import { cellAt } from "../grid/layout";
import { SheetGrid, type CellPosition, type FocusRequest } from "../grid/SheetGrid";
import { SheetTabs } from "./SheetTabs";
import type { Highlight, Selection } from "../hooks/useSheetView";

const useStyles = makeStyles({
  workbookHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  gridBox: { height: "max(360px, calc(100vh - 420px))" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  selection: {
    margin: 0,
    minHeight: "20px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

const NO_MARKS = new Map<string, CellMark>();

export interface SheetViewProps {
  texts: PageTexts;
  ui: UiTexts;
  locale: Locale;
  workbook: DisplayWorkbook;
  sheet: DisplaySheet;
  report: WorkbookReport | null;
  selection: Selection | null;
  highlight: Highlight | null;
  focusRequest: (FocusRequest & { sheet: string }) | null;
  onSheetChange(sheet: string): void;
  onSelect(sheet: string, position: CellPosition): void;
}

export function SheetView(props: SheetViewProps) {
  const { texts, ui, locale, workbook, sheet, report, selection, highlight, focusRequest } = props;
  const styles = useStyles();
  const hintId = useId("grid-hint");

  const marksBySheet = useMemo(() => {
    const bySheet = new Map<string, Map<string, CellMark>>();
    if (!report) return bySheet;
    for (const mark of planMarks(report.findings, reportWords(locale)).cells) {
      let marks = bySheet.get(mark.sheet);
      if (!marks) bySheet.set(mark.sheet, (marks = new Map()));
      marks.set(mark.cell, mark);
    }
    return bySheet;
  }, [report, locale]);

  const findingsPerSheet = useMemo(() => {
    const perSheet = new Map<string, number>();
    for (const f of report?.findings ?? []) perSheet.set(f.sheet, (perSheet.get(f.sheet) ?? 0) + 1);
    return perSheet;
  }, [report]);

  const tableAreas = useMemo(
    () =>
      (report?.tables ?? [])
        .filter((t) => t.sheet === sheet.name)
        .map((t) => parseArea(t.range))
        .filter((a): a is CellArea => a !== null),
    [report, sheet]
  );

  // On a phone: the recognized tables' header rows and unit names stay in view (SheetGrid's keepInView).
  const keepInView = useMemo(() => {
    let rows = 0;
    let columns = 0;
    for (const table of report?.tables ?? []) {
      if (table.sheet !== sheet.name) continue;
      if (table.unitRows.length > 0) rows = Math.max(rows, Math.min(...table.unitRows) - 1);
      columns = Math.max(columns, columnIndex(table.labelColumn) + 1);
    }
    return { rows, columns };
  }, [report, sheet]);

  const selected = selection && selection.sheet === sheet.name ? selection : null;
  const marks = marksBySheet.get(sheet.name) ?? NO_MARKS;
  const selectionText = (() => {
    if (!selected) return texts.nothingSelected;
    const cell = cellAddress(selected.row, selected.column);
    const content = cellAt(sheet, selected.row, selected.column)?.text ?? "";
    const mark = marks.get(cell);
    const note = mark
      ? texts.markText(ui.severity[mark.severity], mark.note.replace(/\n/g, " / "))
      : "";
    return texts.selection(`${selected.sheet}!${cell}`, content, note);
  })();

  return (
    <>
      <h2 className={styles.workbookHeading}>{texts.workbookHeading(workbook.name)}</h2>
      <SheetTabs
        label={texts.sheetTabsLabel}
        selected={sheet.name}
        onSelect={props.onSheetChange}
        tabs={workbook.sheets.map((s) => {
          const count = findingsPerSheet.get(s.name) ?? 0;
          const label = texts.sheetTab(s.name, s.hidden);
          return { value: s.name, label: count ? ui.sheetGroup(label, count) : label };
        })}
      />
      <div className={styles.gridBox}>
        <SheetGrid
          key={`${workbook.name}|${sheet.name}`}
          sheet={sheet}
          texts={texts}
          severityName={ui.severity}
          marks={marks}
          tables={tableAreas}
          highlight={highlight && highlight.sheet === sheet.name ? highlight.area : null}
          selected={selected}
          focusRequest={focusRequest && focusRequest.sheet === sheet.name ? focusRequest : null}
          onSelect={(position) => props.onSelect(sheet.name, position)}
          describedBy={hintId}
          keepInView={keepInView}
        />
      </div>
      <p id={hintId} className={styles.hint}>
        {texts.gridHint}
      </p>
      <p className={styles.selection} aria-live="polite" data-testid="selection">
        {selectionText}
      </p>
    </>
  );
}
