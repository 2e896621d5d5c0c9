/**
 * The task pane: commands and the as-of date, what this Excel lacks, progress, failures, the result of the last
 * run (summary, filtered findings by sheet and table, the tables recognized or why none was), the plan targets
 * editor, and the colour legend.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "../i18n";
import { uiText } from "../i18n";
import { FailureBar } from "../ui/components/FailureBar";
import { PaletteLegend } from "../ui/components/PaletteLegend";
import { BulletinSection } from "../ui/components/BulletinSection";
import { PreviousFileField } from "../ui/components/PreviousFileField";
import { ResultsBlock } from "../ui/components/ResultsBlock";
import { StatusLine } from "../ui/components/StatusLine";
import { TablesFound } from "../ui/components/TablesFound";
import { TargetsEditor } from "../ui/components/TargetsEditor";
import { TargetsNoteBar } from "../ui/components/TargetsNoteBar";
import { useCheckFlow } from "../ui/hooks/useCheckFlow";
import { usePreviousFile } from "../ui/hooks/usePreviousFile";
import { useSession } from "../ui/hooks/useSession";
import { useTargets } from "../ui/hooks/useTargets";
import type { PaneHost } from "../ui/host";
import { asOfInTables, isoDate } from "../ui/reportView";
import { resultAnnouncement } from "../ui/resultStatus";
import { AsOfField, isValidDate } from "./components/AsOfField";
import { CapabilityNotice } from "./components/CapabilityNotice";
import { PaneHeader } from "./components/PaneHeader";
import { progressText, RunProgress } from "./components/RunProgress";
import { WriteNotices } from "./components/WriteNotices";

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
});

export interface AppProps {
  host: PaneHost;
  locale: Locale;
  /** The date the as-of field starts from (tests and screenshots); today when omitted. */
  today?: Date;
}

export function App({ host, locale, today }: AppProps) {
  const styles = useStyles();
  const texts = uiText(locale);
  const session = useSession(host);
  const targets = useTargets(host, texts);
  const flow = useCheckFlow(session, targets);
  const previousFile = usePreviousFile(host, texts);
  const { busy, report, failure } = session;

  const capabilities = useMemo(() => host.capabilities(), [host]);
  const [capabilityNotice, setCapabilityNotice] = useState(true);

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

  // The check uses what the pane shows: changed targets are saved first (the check reads the 目标 sheet).
  const runCheck = async () => {
    if (!anyBusy) await flow.check(chosenDate());
  };

  const busyLabel = busy ? texts.step[busy] : "";
  const charts = session.charts;
  const statusText = busy
    ? progressText(texts, busyLabel, busy === "check" ? session.step : null)
    : charts
      ? charts.charts > 0
        ? texts.chartsInserted(charts.sheet, charts.charts)
        : texts.chartsNone
      : report
        ? resultAnnouncement(texts, report)
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
      <PreviousFileField texts={texts} state={previousFile} disabled={anyBusy} />
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
      <StatusLine text={statusText} />
      <FailureBar texts={texts} failed={failure} onDismiss={session.dismissFailure} />
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
      <TargetsNoteBar texts={texts} note={flow.targetsNote} />
      {session.report && <WriteNotices lines={session.report.writeNotices} />}
      <ResultsBlock
        texts={texts}
        session={session}
        disabled={busy !== null}
        TablesList={TablesFound}
        className={styles.results}
      />
      <BulletinSection texts={texts} locale={locale} report={report} />
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
