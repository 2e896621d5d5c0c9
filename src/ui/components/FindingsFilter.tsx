/**
 * Filters of the findings list: a toggle per severity and one per rule of this report (pressed = shown), each with
 * its count, and how many findings are shown. The filter lives in the pane, not in the report: a re-run keeps it.
 * Toggles rather than a dropdown: a few rules per report, all visible at once, and no popup to position.
 */
import { Button, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import {
  countByRule,
  countBySeverity,
  isFiltering,
  NO_FILTER,
  RULES,
  SEVERITIES,
  toggled,
  type FindingFilter,
} from "../reportView";
import type { UiTexts } from "../../i18n";
import { SEVERITY_ICONS } from "./SeverityBadge";

/** On the pane's own background (no mark fill behind): theme tokens, readable in light and dark themes. */
const TONE_ON_PANE = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteMarigoldForeground1,
  info: tokens.colorPaletteBlueForeground2,
} as const;

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  shownRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface FindingsFilterProps {
  texts: UiTexts;
  /** Every finding of the report (the counts are of all of them). */
  findings: readonly Finding[];
  shown: number;
  filter: FindingFilter;
  onChange(filter: FindingFilter): void;
}

export function FindingsFilter({ texts, findings, shown, filter, onChange }: FindingsFilterProps) {
  const styles = useStyles();
  const ids = { severity: useId("filter-severity"), rule: useId("filter-rule") };
  const severityCounts = countBySeverity(findings);
  const ruleCounts = countByRule(findings);
  // Rules of this report, and any switched off earlier that this run did not find (so they can be switched on).
  const rules = RULES.filter((rule) => ruleCounts.has(rule) || filter.hiddenRules.has(rule));

  return (
    <div className={styles.filters} role="group" aria-label={texts.filters.label}>
      <div className={styles.group}>
        <span id={ids.severity} className={styles.label}>
          {texts.filters.severityGroup}
        </span>
        <div className={styles.toggles} role="group" aria-labelledby={ids.severity}>
          {SEVERITIES.map((severity) => {
            const Icon = SEVERITY_ICONS[severity];
            return (
              <ToggleButton
                key={severity}
                size="small"
                checked={!filter.hiddenSeverities.has(severity)}
                icon={<Icon style={{ color: TONE_ON_PANE[severity] }} aria-hidden="true" />}
                onClick={() =>
                  onChange({
                    ...filter,
                    hiddenSeverities: toggled(filter.hiddenSeverities, severity),
                  })
                }
              >
                {texts.filters.severityToggle(texts.severity[severity], severityCounts[severity])}
              </ToggleButton>
            );
          })}
        </div>
      </div>
      {rules.length > 1 || filter.hiddenRules.size > 0 ? (
        <div className={styles.group}>
          <span id={ids.rule} className={styles.label}>
            {texts.filters.rule}
          </span>
          <div className={styles.toggles} role="group" aria-labelledby={ids.rule}>
            {rules.map((rule) => (
              <ToggleButton
                key={rule}
                size="small"
                checked={!filter.hiddenRules.has(rule)}
                onClick={() =>
                  onChange({ ...filter, hiddenRules: toggled(filter.hiddenRules, rule) })
                }
              >
                {texts.filters.ruleOption(texts.ruleName[rule], ruleCounts.get(rule) ?? 0)}
              </ToggleButton>
            ))}
          </div>
        </div>
      ) : null}
      <div className={styles.shownRow}>
        <span>{texts.filters.shown(shown, findings.length)}</span>
        {isFiltering(filter) && (
          <Button size="small" appearance="transparent" onClick={() => onChange(NO_FILTER)}>
            {texts.filters.reset}
          </Button>
        )}
      </div>
    </div>
  );
}
