/** The findings, grouped by sheet. Tab reaches the list; the arrow keys move between findings. */
import { makeStyles, tokens, useArrowNavigationGroup, useId } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { groupBySheet } from "../reportView";
import type { PaneTexts } from "../strings";
import { FindingButton } from "./FindingButton";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  sheet: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface FindingsListProps {
  texts: PaneTexts;
  findings: readonly Finding[];
  disabled: boolean;
  onSelect(finding: Finding): void;
}

export function FindingsList({ texts, findings, disabled, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const idPrefix = useId("findings");
  const arrowNavigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  return (
    <section aria-labelledby={`${idPrefix}-heading`} aria-describedby={`${idPrefix}-hint`}>
      <h2 id={`${idPrefix}-heading`} className={styles.heading}>
        {texts.findingsHeading}
      </h2>
      <p id={`${idPrefix}-hint`} className={styles.hint}>
        {texts.findingsHint}
      </p>
      <div {...arrowNavigation}>
        {groupBySheet(findings).map(({ sheet, findings: sheetFindings }, index) => {
          const sheetHeadingId = `${idPrefix}-sheet-${index}`;
          return (
            <div key={sheet}>
              <h3 id={sheetHeadingId} className={styles.sheet}>
                {texts.sheetGroup(sheet, sheetFindings.length)}
              </h3>
              <ul className={styles.list} aria-labelledby={sheetHeadingId}>
                {sheetFindings.map((finding, position) => (
                  <li key={`${finding.cell}|${finding.rule}|${position}`}>
                    <FindingButton
                      texts={texts}
                      finding={finding}
                      disabled={disabled}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
