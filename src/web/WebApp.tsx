/**
 * The browser page: open an .xlsx (button, drag and drop, or a bundled example), see the sheet, press 校验, see the
 * findings in the sheet and in the task pane's list (its filters, grouped by sheet and table), the tables found, edit
 * the plan targets, see the progress charts, and download the annotated copy. Everything happens in this page and
 * its worker; nothing is sent anywhere.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ChartMultiple20Regular,
  FolderOpen20Regular,
  Globe20Regular,
} from "@fluentui/react-icons";
import type { ChangeEvent, DragEvent } from "react";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { cellAddress, parseArea, parseCell } from "../core/a1";
import type { ChartSpec } from "../core/charts";
import type { WorkbookReport } from "../core/check";
import type { CellArea } from "../core/grid";
import { planMarks, type CellMark } from "../core/marks";
import { summarizeReport } from "../core/results";
import { catalog, reportWords, type Locale } from "../i18n";
import { CleanResult, type CleanKind } from "../taskpane/components/CleanResult";
import { FailureBar } from "../taskpane/components/FailureBar";
import { FindingsList } from "../taskpane/components/FindingsList";
import { PaletteLegend } from "../taskpane/components/PaletteLegend";
import { RunSummary } from "../taskpane/components/RunSummary";
import {
  asOfUsed,
  cleanKindOf,
  countLights,
  NO_FILTER,
  SEVERITIES,
  type FindingFilter,
} from "../taskpane/reportView";
import { paneText, type PaneTexts } from "../taskpane/strings";
import { usePaneSession } from "../taskpane/usePaneSession";
import { useTargets } from "../taskpane/useTargets";
import { DropOverlay } from "./components/DropOverlay";
import { EmptyState } from "./components/EmptyState";
import { PrivacyNote } from "./components/PrivacyNote";
import { ProgressCharts, TablesFound, TargetsEditor } from "./components/lazyPanels";
import { ProgressPanel } from "./components/ProgressPanel";
import type { DisplaySheet, DisplayWorkbook } from "./display";
import { EXAMPLES, EXAMPLES_PATH } from "./examples";
import { createFileHost, notFound } from "./fileHost";
import {
  annotatedFileName,
  fetchBytes,
  readFileBytes,
  saveBytes,
  type ByteProgress,
} from "./files";
import { cellAt } from "./grid/layout";
import { SheetGrid, TABLE_OUTLINE, type CellPosition, type FocusRequest } from "./grid/SheetGrid";
import type { Progress } from "./protocol";
import { webText, type WebTexts } from "./strings";
import { EngineError, type EngineClient } from "./workerClient";

/** More findings than this are counted but not listed: thousands of buttons would slow the page down. */
export const LISTED_FINDINGS = 1000;

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  lead: { margin: 0, color: tokens.colorNeutralForeground2 },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, flexGrow: 1 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  examples: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  examplesLabel: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  separator: {
    width: "1px",
    alignSelf: "stretch",
    backgroundColor: tokens.colorNeutralStroke2,
    margin: `0 ${tokens.spacingHorizontalXS}`,
  },
  downloadHint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  workspace: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(300px, 380px)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 960px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  sheetArea: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  workbookHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  tabs: { flexWrap: "wrap" },
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
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxHeight: "max(420px, calc(100vh - 230px))",
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalXS,
  },
  outlineLegend: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  outlineSwatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    border: `2px solid ${TABLE_OUTLINE}`,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

interface Notice {
  intent: "error" | "success";
  title?: string;
  body: string;
}

interface Selection extends CellPosition {
  sheet: string;
}

/** A recognized table chosen in the list of tables found: outlined in the grid. */
interface Highlight {
  sheet: string;
  area: CellArea;
}

type TargetsNote = "savedOnCheck" | "invalidNotSaved" | null;

export interface WebAppProps {
  client: EngineClient;
  initialLocale: Locale;
  /** Called once, after the first render. */
  onFirstRender?(): void;
}

function firstSheet(workbook: DisplayWorkbook): string | null {
  return (workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0])?.name ?? null;
}

function failureText(error: unknown, locale: Locale, texts: WebTexts): string {
  const core = catalog(locale).cli;
  if (error instanceof EngineError) {
    if (error.reason === "not-xlsx") return core.notXlsx;
    if (error.reason === "encrypted") return core.encrypted;
    if (error.reason === "corrupt") return core.corrupt;
    if (error.reason === "no-workbook") return texts.noWorkbook;
  }
  return texts.internalFailure;
}

export function WebApp({ client, initialLocale, onFirstRender }: WebAppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const localeRef = useRef(locale);
  const texts = webText(locale);
  const pane = paneText(locale);
  // The targets editor says where the page keeps its targets: in its checks and the copy, not in the user's file.
  const targetTexts = useMemo<PaneTexts>(
    () => ({ ...pane, targets: { ...pane.targets, ...texts.targetsInPage } }),
    [pane, texts]
  );
  const ids = {
    hint: useId("grid-hint"),
    examples: useId("examples"),
    download: useId("download"),
  };

  const [workbook, setWorkbook] = useState<DisplayWorkbook | null>(null);
  const workbookRef = useRef<DisplayWorkbook | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [opening, setOpening] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [targetsNote, setTargetsNote] = useState<TargetsNote>(null);
  /** Which file the page shows (a new number for each file opened): the host, and so the targets, follow it. */
  const [fileSeq, setFileSeq] = useState(0);
  /** The progress charts: null = not shown; [] with `chartsShown` = shown, nothing to chart. */
  const [charts, setCharts] = useState<ChartSpec[] | null>(null);
  const [chartsShown, setChartsShown] = useState(false);
  const chartsShownRef = useRef(false);
  const [chartsFocus, setChartsFocus] = useState(0);
  const [focusRequest, setFocusRequest] = useState<(FocusRequest & { sheet: string }) | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const focusSeq = useRef(0);
  const working = useRef(false);

  const firstRender = useRef(onFirstRender);
  useEffect(() => {
    firstRender.current?.();
  }, []);

  const reveal = useCallback((sheet: string, cell: string, range?: string) => {
    const position = parseCell(cell);
    if (!position || !workbookRef.current?.sheets.some((s) => s.name === sheet)) {
      throw notFound(`${sheet}!${cell}`);
    }
    const area = range ? parseArea(range) : null;
    setActiveSheet(sheet);
    setSelection({ sheet, ...position });
    setHighlight(area ? { sheet, area } : null);
    setFocusRequest({ sheet, ...position, seq: ++focusSeq.current });
  }, []);

  /** The 目标 sheet after the targets were applied: shown in place of the file's (or added, as Excel would). */
  const onTargetSheet = useCallback((shown: DisplaySheet) => {
    const current = workbookRef.current;
    if (!current) return;
    const sheets = current.sheets.some((s) => s.name === shown.name)
      ? current.sheets.map((s) => (s.name === shown.name ? shown : s))
      : [...current.sheets, shown];
    const next = { ...current, sheets };
    workbookRef.current = next;
    setWorkbook(next);
  }, []);

  const showCharts = useCallback((specs: ChartSpec[]) => {
    chartsShownRef.current = true;
    setCharts(specs);
    setChartsShown(true);
    setChartsFocus((n) => n + 1);
  }, []);

  const hideCharts = useCallback(() => {
    chartsShownRef.current = false;
    setChartsShown(false);
    setCharts(null);
  }, []);

  // A host per opened file: the targets editor reads the new file's targets when it changes.
  const host = useMemo(
    () =>
      createFileHost({
        client,
        opened: () => workbookRef.current !== null,
        onProgress: setProgress,
        reveal,
        onTargetSheet,
        showCharts,
      }),
    // fileSeq: a new host for each file opened.
    [client, reveal, onTargetSheet, showCharts, fileSeq]
  );
  const session = usePaneSession(host);
  const targets = useTargets(host, targetTexts);
  const { report } = session;
  const busy = opening || downloading || session.busy !== null || targets.saving;

  // Charts on show follow each new report (a check again, another language); a report cleared takes them away.
  const chartsFor = useRef<WorkbookReport | null>(null);
  useEffect(() => {
    if (!report || !chartsShownRef.current || chartsFor.current === report) return;
    chartsFor.current = report;
    let live = true;
    setCharts(null);
    client.charts().then(
      (specs) => live && setCharts(specs),
      () => live && setCharts([])
    );
    return () => {
      live = false;
    };
  }, [report, client]);

  const open = useCallback(
    async (name: string, load: (onBytes: ByteProgress) => Promise<ArrayBuffer>) => {
      if (working.current) return;
      working.current = true;
      setOpening(true);
      setNotice(null);
      setAnnouncement(texts.phase.read);
      setTargetsNote(null);
      hideCharts();
      await session.clearMarks(); // the previous workbook's findings no longer apply
      try {
        setProgress({ phase: "read" });
        const bytes = await load((done, total) => setProgress({ phase: "read", done, total }));
        const opened = await client.open(name, bytes, setProgress);
        workbookRef.current = opened;
        setWorkbook(opened);
        setActiveSheet(firstSheet(opened));
        setSelection(null);
        setHighlight(null);
        setFocusRequest(null);
        setAnnouncement(texts.opened(name, opened.sheets.length));
      } catch (error) {
        workbookRef.current = null;
        setWorkbook(null);
        const body = failureText(error, localeRef.current, texts);
        setNotice({ intent: "error", title: texts.openFailed(name), body });
        setAnnouncement(`${texts.openFailed(name)}：${body}`);
      } finally {
        setProgress(null);
        setOpening(false);
        setFileSeq((n) => n + 1);
        working.current = false;
      }
    },
    [client, session, texts, hideCharts]
  );

  const openFile = useCallback(
    (file: File) => void open(file.name, (onBytes) => readFileBytes(file, onBytes)),
    [open]
  );

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again opens it again
    if (file) openFile(file);
  };

  /** The check uses what the editor shows: changed targets are applied first (as the pane saves them first). */
  const check = async () => {
    setTargetsNote(null);
    if (targets.dirty) {
      if (!targets.valid) setTargetsNote("invalidNotSaved");
      else if (await targets.save()) setTargetsNote("savedOnCheck");
      else return false;
    }
    await session.runCheck();
    return true;
  };

  const runCheck = async () => {
    if (working.current || !workbook) return;
    working.current = true;
    setNotice(null);
    try {
      await check();
    } finally {
      working.current = false;
    }
  };

  /** 插入图表 on the page: the charts section, from this check (checked first when there is none yet). */
  const insertCharts = async () => {
    if (working.current || !workbook) return;
    working.current = true;
    setNotice(null);
    try {
      if ((!report || targets.dirty) && !(await check())) return;
      await session.insertCharts();
    } finally {
      working.current = false;
    }
  };

  const clearMarks = async () => {
    hideCharts();
    setHighlight(null);
    await session.clearMarks();
  };

  const download = async () => {
    if (working.current || !workbook) return;
    working.current = true;
    setDownloading(true);
    setNotice(null);
    try {
      const bytes = await client.annotate(localeRef.current, setProgress);
      const fileName = annotatedFileName(workbook.name);
      saveBytes(bytes, fileName);
      setNotice({ intent: "success", body: texts.downloaded(fileName) });
      setAnnouncement(texts.downloaded(fileName));
    } catch {
      setNotice({ intent: "error", body: texts.downloadFailed });
    } finally {
      setProgress(null);
      setDownloading(false);
      working.current = false;
    }
  };

  const switchLanguage = () => {
    const next: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
    localeRef.current = next;
    setLocale(next);
    // The report is data: every message is rendered at display, so the new language needs no new check.
  };

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = texts.pageTitle;
  }, [locale, texts.pageTitle]);

  const hasFiles = (event: DragEvent) =>
    Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const dragHandlers = {
    onDragEnter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = busy ? "none" : "copy";
    },
    onDragLeave: (event: DragEvent) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !event.currentTarget.contains(next)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files?.[0];
      if (file && !busy) openFile(file);
    },
  };

  const summary = report ? summarizeReport(report) : null;
  const counts = summary?.counts ?? null;
  const clean: CleanKind | null = summary ? cleanKindOf(summary.kind) : null;

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

  const sheet = workbook?.sheets.find((s) => s.name === activeSheet) ?? null;
  const sheetTables = useMemo(
    () => (report && sheet ? report.tables.filter((t) => t.sheet === sheet.name) : []),
    [report, sheet]
  );
  const sheetHighlight =
    highlight && sheet && highlight.sheet === sheet.name ? highlight.area : null;
  const tableAreas = useMemo(
    () => sheetTables.map((t) => parseArea(t.range)).filter((a): a is CellArea => a !== null),
    [sheetTables]
  );
  const noMarks = useMemo(() => new Map<string, CellMark>(), []);

  const selectionText = (() => {
    if (!selection || !sheet || selection.sheet !== sheet.name) return texts.nothingSelected;
    const address = `${selection.sheet}!${cellAddressOf(selection)}`;
    const content = cellAt(sheet, selection.row, selection.column)?.text ?? "";
    const mark = marksBySheet.get(sheet.name)?.get(cellAddressOf(selection));
    const note = mark
      ? texts.markText(pane.severity[mark.severity], mark.note.replace(/\n/g, " / "))
      : "";
    return texts.selection(address, content, note);
  })();

  const statusText = session.busy
    ? texts.phase.check
    : session.charts
      ? texts.chartsShown(session.charts.charts)
      : report && counts && !opening && !downloading
        ? clean === "noTables"
          ? pane.noTables
          : pane.resultAnnouncement(
              pane.tablesChecked(report.tables.length),
              SEVERITIES.map((s) => pane.severityCount(pane.severity[s], counts[s]))
            )
        : announcement;

  return (
    <div className={styles.page} lang={locale} {...dragHandlers}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{texts.pageTitle}</h1>
          <Button
            appearance="subtle"
            icon={<Globe20Regular />}
            onClick={switchLanguage}
            aria-label={texts.switchLanguage}
            lang={locale === "zh-CN" ? "en-US" : "zh-CN"}
          >
            {texts.otherLanguage}
          </Button>
        </div>
        <p className={styles.lead}>{texts.lead}</p>
        <PrivacyNote />
      </header>

      <main className={styles.main}>
        <div className={styles.actions} role="group" aria-label={texts.actionsLabel}>
          <Button
            icon={<FolderOpen20Regular />}
            disabledFocusable={busy}
            onClick={() => fileInput.current?.click()}
          >
            {texts.openFile}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={texts.fileInputLabel}
            onChange={onFileChosen}
            hidden
            data-testid="file-input"
          />
          <div className={styles.examples} role="group" aria-labelledby={ids.examples}>
            <span id={ids.examples} className={styles.examplesLabel}>
              {texts.examplesLabel}
            </span>
            {EXAMPLES.map((example) => (
              <Button
                key={example.file}
                size="small"
                disabledFocusable={busy}
                data-example={example.file}
                onClick={() =>
                  void open(example.file, (onBytes) =>
                    fetchBytes(`${EXAMPLES_PATH}${example.file}`, onBytes)
                  )
                }
              >
                {example.label[locale]}
              </Button>
            ))}
          </div>
          <span className={styles.separator} aria-hidden="true" />
          <Button
            appearance="primary"
            disabledFocusable={busy || !workbook}
            onClick={() => void runCheck()}
          >
            {pane.runCheck}
          </Button>
          <Button disabledFocusable={busy || !report} onClick={() => void clearMarks()}>
            {pane.clearMarks}
          </Button>
          <Button
            icon={<ChartMultiple20Regular />}
            disabledFocusable={busy || !workbook}
            onClick={() => void insertCharts()}
          >
            {texts.showCharts}
          </Button>
          <Button
            icon={<ArrowDownload20Regular />}
            disabledFocusable={busy || !report}
            onClick={() => void download()}
            aria-describedby={workbook ? ids.download : undefined}
          >
            {texts.download}
          </Button>
          {workbook && (
            <span id={ids.download} className={styles.downloadHint}>
              {texts.downloadHint(annotatedFileName(workbook.name))}
            </span>
          )}
        </div>

        {progress && <ProgressPanel texts={texts} progress={progress} />}
        <div role="status" className={styles.visuallyHidden} data-testid="status">
          {statusText}
        </div>
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
              {notice.body}
            </MessageBarBody>
          </MessageBar>
        )}
        {session.failure && (
          <FailureBar
            texts={pane}
            action={session.failure.action}
            failure={session.failure.failure}
            onDismiss={session.dismissFailure}
          />
        )}
        {targetsNote && (
          <MessageBar
            intent={targetsNote === "savedOnCheck" ? "info" : "warning"}
            layout="multiline"
          >
            <MessageBarBody>{targetTexts.targets[targetsNote]}</MessageBarBody>
          </MessageBar>
        )}

        <div className={styles.workspace}>
          <section
            className={styles.sheetArea}
            aria-label={workbook ? workbook.name : texts.emptyTitle}
          >
            {!workbook || !sheet ? (
              <EmptyState texts={texts} />
            ) : (
              <>
                <h2 className={styles.workbookHeading}>{texts.workbookHeading(workbook.name)}</h2>
                <TabList
                  className={styles.tabs}
                  size="small"
                  aria-label={texts.sheetTabsLabel}
                  selectedValue={sheet.name}
                  onTabSelect={(_, data) => setActiveSheet(String(data.value))}
                >
                  {workbook.sheets.map((s) => {
                    const count = findingsPerSheet.get(s.name) ?? 0;
                    const label = texts.sheetTab(s.name, s.hidden);
                    return (
                      <Tab key={s.name} value={s.name} data-sheet-tab={s.name}>
                        {count ? pane.sheetGroup(label, count) : label}
                      </Tab>
                    );
                  })}
                </TabList>
                <div className={styles.gridBox}>
                  <SheetGrid
                    key={`${workbook.name}|${sheet.name}`}
                    sheet={sheet}
                    texts={texts}
                    severityName={pane.severity}
                    marks={marksBySheet.get(sheet.name) ?? noMarks}
                    tables={tableAreas}
                    highlight={sheetHighlight}
                    selected={selection && selection.sheet === sheet.name ? selection : null}
                    focusRequest={
                      focusRequest && focusRequest.sheet === sheet.name ? focusRequest : null
                    }
                    onSelect={(position) => {
                      setSelection({ sheet: sheet.name, ...position });
                      setHighlight(null);
                    }}
                    describedBy={ids.hint}
                  />
                </div>
                <p id={ids.hint} className={styles.hint}>
                  {texts.gridHint}
                </p>
                <p className={styles.selection} aria-live="polite" data-testid="selection">
                  {selectionText}
                </p>
              </>
            )}
          </section>

          <section className={styles.results} aria-label={texts.resultsPanel}>
            {report && counts && (
              <>
                {report.tables.length > 0 && (
                  <RunSummary
                    texts={pane}
                    tables={report.tables.length}
                    counts={counts}
                    lights={countLights(report)}
                    asOf={asOfUsed(report)}
                  />
                )}
                {clean && <CleanResult texts={pane} kind={clean} />}
                {report.findings.length > 0 && (
                  <FindingsList
                    texts={pane}
                    findings={report.findings}
                    tables={report.tables}
                    filter={filter}
                    onFilterChange={setFilter}
                    limit={LISTED_FINDINGS}
                    limitNote={texts.listLimited}
                    disabled={busy}
                    onSelect={(finding) => void session.selectFinding(finding)}
                  />
                )}
                {report.tables.length > 0 && (
                  <Suspense fallback={null}>
                    <TablesFound
                      texts={pane}
                      tables={report.tables}
                      disabled={busy}
                      onSelect={(table) => void session.selectTable(table)}
                    />
                  </Suspense>
                )}
              </>
            )}
            {workbook && (
              <Suspense fallback={null}>
                <TargetsEditor
                  texts={targetTexts}
                  locale={locale}
                  state={targets}
                  report={report}
                  disabled={opening || downloading || session.busy !== null}
                />
              </Suspense>
            )}
            <PaletteLegend texts={pane} />
            <p className={styles.outlineLegend}>
              <span className={styles.outlineSwatch} aria-hidden="true" />
              {texts.outlineLegend}
            </p>
          </section>
        </div>
        {chartsShown && (
          <Suspense fallback={null}>
            <ProgressCharts
              focusRequest={chartsFocus}
              texts={texts}
              locale={locale}
              charts={charts}
              noneText={catalog(locale).charts.chartsNone}
            />
          </Suspense>
        )}
      </main>
      {dragging && <DropOverlay text={texts.dropOverlay} />}
    </div>
  );
}

function cellAddressOf(position: CellPosition): string {
  return cellAddress(position.row, position.column);
}
