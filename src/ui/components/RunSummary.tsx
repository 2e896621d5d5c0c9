/**
 * After a run: how many tables were checked, how many findings of each severity, and — where tables have actual
 * columns — how many units are on red, yellow and green against time progress.
 */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { TrafficLight } from "../../core/model";
import { SEVERITIES, type LightCounts, type SeverityCounts } from "../reportView";
import type { UiTexts } from "../../i18n";
import { LightBadge } from "./LightBadge";
import { SeverityBadge } from "./SeverityBadge";

const LIGHTS: readonly TrafficLight[] = ["red", "yellow", "green"];

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
  progress: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export interface RunSummaryProps {
  texts: UiTexts;
  tables: number;
  counts: SeverityCounts;
  /** Units by traffic light; absent when no table pairs actuals with targets. */
  lights?: LightCounts | null;
  /** The as-of date of time progress, when every table used the same. */
  asOf?: string | null;
}

export function RunSummary({ texts, tables, counts, lights, asOf }: RunSummaryProps) {
  const styles = useStyles();
  const headingId = useId("run-summary");
  const progressId = useId("run-progress");
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
      {lights && (
        <>
          <h3 id={progressId} className={styles.progress}>
            {texts.progressHeading(asOf ?? null)}
          </h3>
          <ul className={styles.counts} aria-labelledby={progressId}>
            {LIGHTS.map((light) => (
              <li key={light}>
                <LightBadge
                  light={light}
                  label={texts.lightCount(texts.lightName[light], lights[light])}
                />
              </li>
            ))}
          </ul>
          <p className={styles.note}>{texts.lightsNote}</p>
        </>
      )}
    </section>
  );
}
