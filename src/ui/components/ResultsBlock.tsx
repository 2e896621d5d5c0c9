/**
 * The result of the last run, as the pane and the page show it: the summary, what a clean run means (or why no
 * table was recognized), the filtered findings by sheet and table, then the tables found. It stays mounted while a
 * run replaces the report, so the filters survive a re-run. `TablesList` draws the tables found: the pane passes
 * TablesFound itself, the page a lazily loaded one.
 */
import { Suspense, useState, type ComponentType } from "react";
import type { UiTexts } from "../../i18n";
import type { Session } from "../hooks/useSession";
import {
  asOfUsed,
  countBySeverity,
  countLights,
  NO_FILTER,
  type FindingFilter,
} from "../reportView";
import { cleanKind } from "../resultStatus";
import { CleanResult } from "./CleanResult";
import { FindingsList } from "./FindingsList";
import { RunSummary } from "./RunSummary";
import type { TablesFoundProps } from "./TablesFound";

export interface ResultsBlockProps {
  texts: UiTexts;
  session: Pick<Session, "report" | "selectFinding" | "selectTable">;
  disabled: boolean;
  TablesList: ComponentType<TablesFoundProps>;
  /** Wraps the block when there is a report (the pane's column). */
  className?: string;
  /** List at most this many findings (the page: thousands of buttons would slow it down). */
  limit?: number;
  limitNote?(listed: number, matching: number): string;
}

export function ResultsBlock(props: ResultsBlockProps) {
  const { texts, session, disabled, TablesList } = props;
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const { report } = session;
  if (!report) return null;
  const counts = countBySeverity(report.findings);
  const clean = cleanKind(report);
  const tables = report.tables.length;
  const block = (
    <>
      {tables > 0 && (
        <RunSummary
          texts={texts}
          tables={tables}
          counts={counts}
          lights={countLights(report)}
          asOf={asOfUsed(report)}
        />
      )}
      {clean && <CleanResult texts={texts} kind={clean} />}
      {report.findings.length > 0 && (
        <FindingsList
          texts={texts}
          findings={report.findings}
          tables={report.tables}
          filter={filter}
          onFilterChange={setFilter}
          disabled={disabled}
          onSelect={(finding) => void session.selectFinding(finding)}
          {...(props.limit !== undefined ? { limit: props.limit } : {})}
          {...(props.limitNote ? { limitNote: props.limitNote } : {})}
        />
      )}
      {tables > 0 && (
        <Suspense fallback={null}>
          <TablesList
            texts={texts}
            tables={report.tables}
            disabled={disabled}
            onSelect={(table) => void session.selectTable(table)}
          />
        </Suspense>
      )}
    </>
  );
  return props.className ? <div className={props.className}>{block}</div> : block;
}
