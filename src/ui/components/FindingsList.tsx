/**
 * The findings, grouped by sheet and, inside a sheet, by table (findings outside every recognized table last).
 * With a filter, the filters come first and only the matching findings are listed. Tab reaches the list; the arrow
 * keys move between findings.
 */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { useRovingFocus } from "../hooks/useRovingFocus";
import { buttonColumn } from "../styles";
import type { Finding, RecognizedTable } from "../../core/model";
import { applyFilter, groupBySheet, type FindingFilter } from "../reportView";
import type { UiTexts } from "../../i18n";
import { FindingButton } from "./FindingButton";
import { FindingsFilter } from "./FindingsFilter";

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
  table: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  list: buttonColumn(tokens.spacingVerticalXXS),
});

export interface FindingsListProps {
  texts: UiTexts;
  findings: readonly Finding[];
  disabled: boolean;
  onSelect(finding: Finding): void;
  /** The recognized tables, to name each table group by its title. */
  tables?: readonly RecognizedTable[];
  /** With both, the list shows its filters and only the findings they let through. */
  filter?: FindingFilter;
  onFilterChange?(filter: FindingFilter): void;
  /** List at most this many of the findings the filters let through (the filters still count all of them). */
  limit?: number;
  /** Said below the list when the limit left some out. */
  limitNote?(listed: number, matching: number): string;
}

export function FindingsList(props: FindingsListProps) {
  const { texts, findings, disabled, onSelect, tables, filter, onFilterChange } = props;
  const { limit, limitNote } = props;
  const styles = useStyles();
  const idPrefix = useId("findings");
  const arrowNavigation = useRovingFocus<HTMLDivElement>("vertical");
  const matching = filter ? applyFilter(findings, filter) : [...findings];
  const shown =
    limit !== undefined && matching.length > limit ? matching.slice(0, limit) : matching;
  return (
    <section aria-labelledby={`${idPrefix}-heading`} aria-describedby={`${idPrefix}-hint`}>
      <h2 id={`${idPrefix}-heading`} className={styles.heading}>
        {texts.findingsHeading}
      </h2>
      <p id={`${idPrefix}-hint`} className={styles.hint}>
        {texts.findingsHint}
      </p>
      {filter && onFilterChange && (
        <FindingsFilter
          texts={texts}
          findings={findings}
          shown={matching.length}
          filter={filter}
          onChange={onFilterChange}
        />
      )}
      {shown.length === 0 && <p className={styles.hint}>{texts.filters.noneShown}</p>}
      <div {...arrowNavigation}>
        {groupBySheet(shown, tables).map(
          ({ sheet, findings: sheetFindings, tables: groups }, index) => (
            <div key={sheet}>
              <h3 className={styles.sheet}>{texts.sheetGroup(sheet, sheetFindings.length)}</h3>
              {groups.map((group, position) => {
                const groupId = `${idPrefix}-sheet-${index}-table-${position}`;
                return (
                  <div key={group.range ?? ""}>
                    <h4 id={groupId} className={styles.table}>
                      {group.range === null
                        ? texts.outsideTables(group.findings.length)
                        : texts.tableGroup(group.range, group.title, group.findings.length)}
                    </h4>
                    <ul className={styles.list} aria-labelledby={groupId}>
                      {group.findings.map((finding, at) => (
                        <li key={`${finding.cell}|${finding.rule}|${at}`}>
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
          )
        )}
      </div>
      {shown.length < matching.length && limitNote && (
        <p className={styles.hint}>{limitNote(shown.length, matching.length)}</p>
      )}
    </section>
  );
}
