/** After a run: how many tables were checked and how many findings of each severity. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { SEVERITIES, type SeverityCounts } from "../reportView";
import type { PaneTexts } from "../strings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tables: { margin: `${tokens.spacingVerticalXS} 0` },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export interface RunSummaryProps {
  texts: PaneTexts;
  tables: number;
  counts: SeverityCounts;
}

export function RunSummary({ texts, tables, counts }: RunSummaryProps) {
  const styles = useStyles();
  const headingId = useId("run-summary");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {texts.summaryHeading}
      </h2>
      <p className={styles.tables}>{texts.tablesChecked(tables)}</p>
      <ul className={styles.counts}>
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <SeverityBadge
              severity={severity}
              label={texts.severityCount(texts.severity[severity], counts[severity])}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
