/**
 * Filters of the findings list: a toggle per severity (pressed = shown) and a choice of rules, each with its count,
 * and how many findings are shown. The filter lives in the pane, not in the report: a re-run keeps it.
 */
import {
  Button,
  Dropdown,
  Option,
  ToggleButton,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Finding, RuleId } from "../../core/model";
import {
  countByRule,
  countBySeverity,
  isFiltering,
  RULES,
  SEVERITIES,
  type FindingFilter,
} from "../reportView";
import type { PaneTexts } from "../strings";
import { SEVERITY_ICON_TONE, SEVERITY_ICONS } from "./SeverityBadge";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  ruleRow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  dropdown: { minWidth: "0", width: "100%" },
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
  texts: PaneTexts;
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
  // Rules of this report, and any chosen earlier that this run did not find (so they can be unchosen).
  const rules = RULES.filter((rule) => ruleCounts.has(rule) || filter.rules.includes(rule));
  const ruleText = (rule: RuleId) =>
    texts.filters.ruleOption(texts.ruleName[rule], ruleCounts.get(rule) ?? 0);

  const toggleSeverity = (severity: (typeof SEVERITIES)[number]) => {
    const hidden = new Set(filter.hiddenSeverities);
    if (hidden.has(severity)) hidden.delete(severity);
    else hidden.add(severity);
    onChange({ ...filter, hiddenSeverities: hidden });
  };

  return (
    <div className={styles.filters} role="group" aria-label={texts.filters.label}>
      <div className={styles.ruleRow}>
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
                icon={<Icon style={{ color: SEVERITY_ICON_TONE[severity] }} aria-hidden="true" />}
                onClick={() => toggleSeverity(severity)}
              >
                {texts.filters.severityToggle(texts.severity[severity], severityCounts[severity])}
              </ToggleButton>
            );
          })}
        </div>
      </div>
      <div className={styles.ruleRow}>
        <label id={ids.rule} className={styles.label}>
          {texts.filters.rule}
        </label>
        <Dropdown
          className={styles.dropdown}
          size="small"
          multiselect
          aria-labelledby={ids.rule}
          placeholder={texts.filters.allRules}
          value={filter.rules.map((rule) => texts.ruleName[rule]).join(texts.listSeparator)}
          selectedOptions={[...filter.rules]}
          onOptionSelect={(_, data) =>
            onChange({
              ...filter,
              rules: RULES.filter((rule) => data.selectedOptions.includes(rule)),
            })
          }
        >
          {rules.map((rule) => (
            <Option key={rule} value={rule} text={ruleText(rule)}>
              {ruleText(rule)}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={styles.shownRow}>
        <span>{texts.filters.shown(shown, findings.length)}</span>
        {isFiltering(filter) && (
          <Button
            size="small"
            appearance="transparent"
            onClick={() => onChange({ hiddenSeverities: new Set(), rules: [] })}
          >
            {texts.filters.reset}
          </Button>
        )}
      </div>
    </div>
  );
}
