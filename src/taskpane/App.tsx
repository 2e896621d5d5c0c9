/**
 * The task pane: commands and the as-of date, what this Excel lacks, progress, failures, the result of the last
 * run (summary, filtered findings by sheet and table, the tables recognized or why none was), the plan targets
 * editor, and the colour legend.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { summarizeReport } from "../core/results";
import type { Locale } from "../i18n";
import { AsOfField, isValidDate } from "./components/AsOfField";
import { CapabilityNotice } from "./components/CapabilityNotice";
import { CleanResult, type CleanKind } from "./components/CleanResult";
import { FailureBar } from "./components/FailureBar";
import { FindingsList } from "./components/FindingsList";
import { PaletteLegend } from "./components/PaletteLegend";
import { PaneHeader } from "./components/PaneHeader";
import { progressText, RunProgress } from "./components/RunProgress";
import { RunSummary } from "./components/RunSummary";
import { TablesFound } from "./components/TablesFound";
import { TargetsEditor } from "./components/TargetsEditor";
import { WriteNotices } from "./components/WriteNotices";
import type { PaneHost } from "./host";
import {
  asOfInTables,
  asOfUsed,
  cleanKindOf,
  countLights,
  isoDate,
  NO_FILTER,
  SEVERITIES,
  type FindingFilter,
  type SeverityCounts,
} from "./reportView";
import { paneText, type PaneTexts } from "./strings";
import { usePaneSession } from "./usePaneSession";
import { useTargets } from "./useTargets";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  grow: { flexGrow: 1 },
  block: { display: "block" },
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

export interface AppProps {
  host: PaneHost;
  locale: Locale;
  /** The date the as-of field starts from (tests and screenshots); today when omitted. */
  today?: Date;
}

type TargetsNote = "savedOnCheck" | "invalidNotSaved" | null;

export function App({ host, locale, today }: AppProps) {
  const styles = useStyles();
  const texts = paneText(locale);
  const session = usePaneSession(host);
  const targets = useTargets(host, texts);
  const { busy, report, failure } = session;
  const summary = report ? summarizeReport(report) : null;
  const counts = summary?.counts ?? null;
  const clean = summary ? cleanKindOf(summary.kind) : null;

  const capabilities = useMemo(() => host.capabilities(), [host]);
  const [capabilityNotice, setCapabilityNotice] = useState(true);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [targetsNote, setTargetsNote] = useState<TargetsNote>(null);

  // The as-of date: the user's choice goes to the check; otherwise the field shows the tables' date or today.
  const [chosenAsOf, setChosenAsOf] = useState<string | null>(null);
  // The tables' date stays known after 清除标记 takes the report away: the headers still say it.
  const [fromTables, setFromTables] = useState<{ date: string; words: string } | null>(null);
  useEffect(() => {
    if (report) setFromTables(asOfInTables(report));
  }, [report]);
  const todayText = useMemo(() => {
    const date = today ?? new Date();
    return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }, [today]);
  const asOfShown = chosenAsOf ?? fromTables?.date ?? todayText;

  const anyBusy = busy !== null || targets.saving;

  /** The user's as-of date, for the check and the charts; none when unchanged (or not a date). */
  const chosenDate = () => (chosenAsOf && isValidDate(chosenAsOf) ? { asOf: chosenAsOf } : {});

  const runCheck = async () => {
    if (anyBusy) return;
    setTargetsNote(null);
    // The check uses what the pane shows: changed targets are saved first (the check reads the 目标 sheet).
    if (targets.dirty) {
      if (!targets.valid) setTargetsNote("invalidNotSaved");
      else if (await targets.save()) setTargetsNote("savedOnCheck");
      else return;
    }
    await session.runCheck(chosenDate());
  };

  const busyLabel = busy ? texts.step[busy] : "";
  const charts = session.charts;
  const statusText = busy
    ? progressText(texts, busyLabel, busy === "check" ? session.step : null)
    : charts
      ? charts.charts > 0
        ? texts.chartsInserted(charts.sheet, charts.charts)
        : texts.chartsNone
      : report && counts
        ? announcement(texts, report.tables.length, counts, clean)
        : "";

  return (
    <main className={styles.pane} lang={locale}>
      <PaneHeader
        texts={texts}
        busy={anyBusy}
        onRunCheck={() => void runCheck()}
        onClearMarks={() => void session.clearMarks()}
        onInsertCharts={() => void session.insertCharts(chosenDate())}
        chartsUnavailable={!capabilities.charts}
      />
      <AsOfField
        texts={texts}
        value={asOfShown}
        chosen={chosenAsOf !== null}
        fromTables={fromTables}
        disabled={anyBusy}
        onChange={(value) => setChosenAsOf(value)}
        onReset={() => setChosenAsOf(null)}
      />
      {capabilityNotice && (
        <CapabilityNotice
          texts={texts}
          capabilities={capabilities}
          onDismiss={() => setCapabilityNotice(false)}
        />
      )}
      {busy && (
        <RunProgress
          texts={texts}
          label={busyLabel}
          step={busy === "check" ? session.step : null}
          checking={busy === "check"}
        />
      )}
      <div role="status" className={styles.visuallyHidden}>
        {statusText}
      </div>
      {failure && (
        <FailureBar
          texts={texts}
          action={failure.action}
          failure={failure.failure}
          onDismiss={session.dismissFailure}
        />
      )}
      {charts && (
        <MessageBar intent={charts.charts > 0 ? "success" : "info"} layout="multiline">
          <MessageBarBody>
            {charts.charts > 0
              ? texts.chartsInserted(charts.sheet, charts.charts)
              : texts.chartsNone}
            {charts.note && <span className={styles.block}>{charts.note}</span>}
          </MessageBarBody>
        </MessageBar>
      )}
      {targetsNote && (
        <MessageBar intent={targetsNote === "savedOnCheck" ? "info" : "warning"} layout="multiline">
          <MessageBarBody>{texts.targets[targetsNote]}</MessageBarBody>
        </MessageBar>
      )}
      {report && <WriteNotices lines={report.writeNotices} />}
      {report && counts && (
        <div className={styles.results}>
          {report.tables.length > 0 && (
            <RunSummary
              texts={texts}
              tables={report.tables.length}
              counts={counts}
              lights={countLights(report)}
              asOf={asOfUsed(report)}
            />
          )}
          {report.tables.length === 0 ? (
            <CleanResult texts={texts} kind="noTables" />
          ) : (
            clean && <CleanResult texts={texts} kind={clean} />
          )}
          {report.findings.length > 0 && (
            <FindingsList
              texts={texts}
              findings={report.findings}
              tables={report.tables}
              filter={filter}
              onFilterChange={setFilter}
              disabled={busy !== null}
              onSelect={(finding) => void session.selectFinding(finding)}
            />
          )}
          {report.tables.length > 0 && (
            <TablesFound
              texts={texts}
              tables={report.tables}
              disabled={busy !== null}
              onSelect={(table) => void session.selectTable(table)}
            />
          )}
        </div>
      )}
      <div className={styles.grow}>
        <TargetsEditor
          texts={texts}
          locale={locale}
          state={targets}
          report={report}
          disabled={busy !== null}
        />
      </div>
      <PaletteLegend texts={texts} />
    </main>
  );
}

/** One sentence for screen readers when a run ends. */
function announcement(
  texts: PaneTexts,
  tables: number,
  counts: SeverityCounts,
  clean: CleanKind | null
): string {
  if (clean === "noTables") return texts.noTables;
  const tallies = SEVERITIES.map((severity) =>
    texts.severityCount(texts.severity[severity], counts[severity])
  );
  return texts.resultAnnouncement(texts.tablesChecked(tables), tallies);
}
