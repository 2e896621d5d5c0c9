/**
 * The task pane: commands, progress, failures, the result of the last run (summary, findings, the tables recognized
 * or why none was), and the colour legend.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookReport } from "../core/check";
import type { Locale } from "../core/model";
import { CleanResult, type CleanKind } from "./components/CleanResult";
import { FailureBar } from "./components/FailureBar";
import { FindingsList } from "./components/FindingsList";
import { PaletteLegend } from "./components/PaletteLegend";
import { PaneHeader } from "./components/PaneHeader";
import { RunProgress } from "./components/RunProgress";
import { RunSummary } from "./components/RunSummary";
import { TablesFound } from "./components/TablesFound";
import type { PaneHost } from "./host";
import { countBySeverity, SEVERITIES, type SeverityCounts } from "./reportView";
import { paneText, type PaneTexts } from "./strings";
import { usePaneSession } from "./usePaneSession";

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
    flexGrow: 1,
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

export interface AppProps {
  host: PaneHost;
  locale: Locale;
}

export function App({ host, locale }: AppProps) {
  const styles = useStyles();
  const texts = paneText(locale);
  const session = usePaneSession(host);
  const { busy, report, failure } = session;
  const counts = report ? countBySeverity(report.findings) : null;
  const clean = report && counts ? cleanKind(report, counts) : null;

  return (
    <main className={styles.pane} lang={locale}>
      <PaneHeader
        texts={texts}
        busy={busy !== null}
        onRunCheck={() => void session.runCheck()}
        onClearMarks={() => void session.clearMarks()}
      />
      {busy && <RunProgress step={texts.step[busy]} />}
      <div role="status" className={styles.visuallyHidden}>
        {busy
          ? texts.step[busy]
          : report && counts
            ? announcement(texts, report.tables.length, counts, clean)
            : ""}
      </div>
      {failure && (
        <FailureBar
          texts={texts}
          action={failure.action}
          failure={failure.failure}
          onDismiss={session.dismissFailure}
        />
      )}
      {report && counts && (
        <div className={styles.results}>
          {report.tables.length > 0 && (
            <RunSummary texts={texts} tables={report.tables.length} counts={counts} />
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
      <PaletteLegend texts={texts} />
    </main>
  );
}

function cleanKind(report: WorkbookReport, counts: SeverityCounts): CleanKind | null {
  if (report.tables.length === 0 && report.findings.length === 0) return "noTables";
  if (report.findings.length === 0) return "noFindings";
  if (counts.error === 0 && counts.warning === 0) return "noErrorsOrWarnings";
  return null;
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
