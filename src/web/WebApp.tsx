/**
 * The browser page: open an .xlsx (button, drag and drop, or a bundled example), see the sheet, press 校验, see the
 * findings in the sheet and in the shared results block (filters, grouped by sheet and table), the tables found,
 * edit the plan targets, see the progress charts, and download the annotated copy. Everything happens in this page
 * and its worker; nothing is sent anywhere. This file wires the page's parts together; each job has its own hook
 * (hooks/) or component (components/).
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useMemo, useRef } from "react";
import { catalog, pageText, uiText, type Locale, type UiTexts } from "../i18n";
import { failureLines } from "../i18n/failure";
import { FailureBar } from "../ui/components/FailureBar";
import { StatusLine } from "../ui/components/StatusLine";
import { TargetsNoteBar } from "../ui/components/TargetsNoteBar";
import { useCheckFlow } from "../ui/hooks/useCheckFlow";
import { usePreviousFile } from "../ui/hooks/usePreviousFile";
import { useSession } from "../ui/hooks/useSession";
import { useTargets } from "../ui/hooks/useTargets";
import { resultAnnouncement } from "../ui/resultStatus";
import { DropOverlay } from "./components/DropOverlay";
import { EmptyState } from "./components/EmptyState";
import { IgnoredFilesNote } from "./components/IgnoredFilesNote";
import { ProgressCharts } from "./components/lazyPanels";
import { PageActions } from "./components/PageActions";
import { PageHeader } from "./components/PageHeader";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsPanel } from "./components/ResultsPanel";
import { LazyBatchPanel } from "./batch/LazyBatchPanel";
import type { BatchClient } from "./batch/batchClient";
import { useBatch } from "./batch/useBatch";
import { useOpenFromList } from "./batch/useOpenFromList";
import { SheetView } from "./components/SheetView";
import { EXAMPLES_PATH } from "./examples";
import { createFileHost } from "./fileHost";
import { fetchBytes, readFileBytes } from "./files";
import { useChosenFiles } from "./hooks/useChosenFiles";
import { useFileDrop } from "./hooks/useFileDrop";
import { useApplyTargets } from "./hooks/useApplyTargets";
import { useChartsFollowReport, usePageCharts } from "./hooks/usePageCharts";
import { usePageLocale } from "./hooks/usePageLocale";
import { useSheetView } from "./hooks/useSheetView";
import { useWorkbookFile } from "./hooks/useWorkbookFile";
import type { EngineClient } from "./workerClient";

export { LISTED_FINDINGS } from "./components/ResultsPanel";

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
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, flexGrow: 1 },
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
});

export interface WebAppProps {
  client: EngineClient;
  initialLocale: Locale;
  /** The file list's own worker (several files dropped or chosen at once); without it, only the first opens. */
  batchClient?: BatchClient;
  /** Called once, after the first render. */
  onFirstRender?(): void;
}

export function WebApp({ client, initialLocale, batchClient, onFirstRender }: WebAppProps) {
  const styles = useStyles();
  const { locale, localeRef, switchLocale } = usePageLocale(initialLocale);
  const texts = pageText(locale);
  const ui = uiText(locale);
  // The targets editor says where the page keeps its targets: in its checks and the copy, not in the user's file.
  const targetTexts = useMemo<UiTexts>(
    () => ({ ...ui, targets: { ...ui.targets, ...texts.targetsInPage } }),
    [ui, texts]
  );

  const firstRender = useRef(onFirstRender);
  useEffect(() => {
    firstRender.current?.();
  }, []);

  const getLocale = useCallback(() => localeRef.current, [localeRef]);
  const file = useWorkbookFile({
    client,
    locale: getLocale,
    beforeOpen: async () => {
      flow.clearTargetsNote();
      charts.hide();
      await session.clearMarks(); // the previous workbook's findings no longer apply
    },
    onOpened: (opened) => view.reset(opened),
  });
  const { workbook, workbookRef } = file;
  const view = useSheetView(workbookRef);
  const charts = usePageCharts();

  // A host per opened file: the targets editor reads the new file's targets when it changes.
  const host = useMemo(
    () =>
      createFileHost({
        client,
        opened: () => workbookRef.current !== null,
        onProgress: file.setProgress,
        reveal: view.reveal,
        onTargetSheet: file.onTargetSheet,
        showCharts: charts.show,
      }),
    // fileSeq: a new host for each file opened.
    [client, getLocale, view.reveal, file.onTargetSheet, charts.show, file.fileSeq]
  );
  const session = useSession(host);
  const targets = useTargets(host, targetTexts);
  const flow = useCheckFlow(session, targets);
  const previousFile = usePreviousFile(host, ui);
  const { report } = session;
  useChartsFollowReport(charts, client, report);
  /** A job that nothing may interrupt; a file loading is not one (another choice replaces it, or it is cancelled). */
  const working = file.downloading || session.busy !== null || targets.saving;
  const busy = file.opening || working;

  const { open: openWorkbook } = file;
  const openFile = useCallback(
    (chosen: File) => void openWorkbook(chosen.name, (onBytes) => readFileBytes(chosen, onBytes)),
    [openWorkbook]
  );
  const chosen = useChosenFiles(openFile);
  const batch = useBatch(batchClient ?? null, getLocale);
  const openMany = batchClient ? batch.add : undefined;
  const drop = useFileDrop(working, chosen.choose, openMany);

  const runCheck = () => file.exclusive(() => flow.check());
  const openFromList = useOpenFromList(file.open, file.fileSeq, runCheck);
  const { exclusive } = file;
  const { runCheck: checkAgain } = session;
  const recheck = useCallback(() => exclusive(() => checkAgain()), [exclusive, checkAgain]);
  const editorTargets = useApplyTargets(targets, report !== null, recheck);

  /** 插入图表 on the page: the charts section, from this check (checked first when there is none yet). */
  const insertCharts = () =>
    file.exclusive(async () => {
      if ((!report || targets.dirty) && !(await flow.check())) return;
      await session.insertCharts();
    });

  const clearMarks = async () => {
    charts.hide();
    view.clearHighlight();
    await session.clearMarks();
  };

  // The report is data: every message is rendered at display, so the new language needs no new check.
  const switchLanguage = () => void switchLocale();

  const statusText = session.busy
    ? texts.phase.check
    : session.charts
      ? texts.chartsShown(session.charts.charts)
      : report && !file.opening && !file.downloading
        ? resultAnnouncement(ui, report)
        : file.announcement;

  const sheet = workbook?.sheets.find((s) => s.name === view.activeSheet) ?? null;
  /** The page's words, the shared ones, and the language: what every part of the page is given. */
  const words = { texts, ui, locale };
  return (
    <div className={styles.page} lang={locale} {...drop.handlers}>
      <PageHeader texts={texts} locale={locale} onSwitchLanguage={switchLanguage} />
      <main className={styles.main}>
        <PageActions
          {...words}
          busy={busy}
          opening={file.opening && !working}
          workbookName={workbook?.name ?? null}
          checked={report !== null}
          onOpenFiles={chosen.choose}
          onOpenMany={openMany}
          onOpenExample={(example) => {
            chosen.dismiss();
            void file.open(example.file, (onBytes) =>
              fetchBytes(`${EXAMPLES_PATH}${example.file}`, onBytes)
            );
          }}
          onCheck={() => void runCheck()}
          onClearMarks={() => void clearMarks()}
          onShowCharts={() => void insertCharts()}
          onDownload={() => void file.download()}
        />
        {file.progress && (
          <ProgressPanel
            texts={texts}
            progress={file.progress}
            onCancel={file.opening ? file.cancelOpen : undefined}
          />
        )}
        <StatusLine text={statusText} />
        {file.notice && (
          <MessageBar intent={file.notice.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>
              {file.notice.title && <MessageBarTitle>{file.notice.title}</MessageBarTitle>}
              {file.notice.body}
            </MessageBarBody>
          </MessageBar>
        )}
        <IgnoredFilesNote texts={texts} names={chosen.ignored} />
        <FailureBar texts={ui} failed={session.failure} onDismiss={session.dismissFailure} />
        <TargetsNoteBar texts={targetTexts} note={flow.targetsNote} />
        {batch.entries.length > 0 && (
          <LazyBatchPanel batch={batch} locale={locale} pageBusy={busy} onOpen={openFromList} />
        )}

        <div className={styles.workspace}>
          <section
            className={styles.sheetArea}
            aria-label={workbook ? workbook.name : texts.emptyTitle}
          >
            {!workbook || !sheet ? (
              <EmptyState texts={texts} />
            ) : (
              <SheetView
                {...words}
                workbook={workbook}
                sheet={sheet}
                report={report}
                selection={view.selection}
                highlight={view.highlight}
                focusRequest={view.focusRequest}
                onSheetChange={view.setActiveSheet}
                onSelect={view.select}
              />
            )}
          </section>
          <ResultsPanel
            {...words}
            targetTexts={targetTexts}
            session={session}
            targets={editorTargets}
            opened={workbook !== null}
            busy={working}
            targetsDisabled={file.opening || file.downloading || session.busy !== null}
            previousFile={previousFile}
          />
        </div>
        {charts.shown && (
          <Suspense fallback={null}>
            <ProgressCharts
              focusRequest={charts.focus}
              texts={texts}
              locale={locale}
              charts={charts.charts}
              noneText={catalog(locale).charts.chartsNone}
              failure={charts.failure ? failureLines(charts.failure, locale).join(" ") : null}
            />
          </Suspense>
        )}
      </main>
      {drop.dragging && <DropOverlay text={texts.dropOverlay} />}
    </div>
  );
}
