/** The combined summary across the list: the totals, the findings by rule, and the files to follow up (errors first). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { catalog, type Locale } from "../../i18n";
import { bareList } from "../../ui/styles";
import type { BatchEntry, BatchSummary as Summary } from "./batchList";
import { FileTable } from "./FileTable";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  line: { margin: 0 },
  rules: {
    ...bareList,
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
});

export interface BatchSummaryProps {
  summary: Summary;
  locale: Locale;
  openDisabled: boolean;
  onOpen(entry: BatchEntry): void;
}

export function BatchSummary({ summary, locale, openDisabled, onOpen }: BatchSummaryProps) {
  const styles = useStyles();
  const words = catalog(locale);
  const texts = words.batch;
  return (
    <section
      className={styles.summary}
      aria-label={texts.summaryHeading}
      data-testid="batch-summary"
    >
      <h3 className={styles.heading}>{texts.summaryHeading}</h3>
      <p className={styles.line} data-testid="batch-summary-line">
        {texts.summaryLine(summary.totals)}
      </p>
      {summary.byRule.length > 0 && (
        <>
          <h4 className={styles.subheading}>{texts.byRuleHeading}</h4>
          <ul className={styles.rules} data-testid="batch-by-rule">
            {summary.byRule.map((tally) => (
              <li key={tally.rule} data-rule={tally.rule}>
                {texts.ruleLine(words.rules[tally.rule] ?? tally.rule, tally.findings, tally.files)}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.followUp.length > 0 && (
        <>
          <h4 className={styles.subheading}>{texts.followUpHeading}</h4>
          <FileTable
            texts={texts}
            locale={locale}
            entries={summary.followUp}
            caption={texts.followUpHeading}
            openDisabled={openDisabled}
            onOpen={onOpen}
            testId="batch-follow-up"
          />
        </>
      )}
    </section>
  );
}
