/** One finding: its cell, severity and message. Pressing it (click, Enter or Space) selects the cell in the sheet. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { entryButton } from "../styles";
import type { Finding } from "../../core/model";
import type { UiTexts } from "../../i18n";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  button: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    justifyContent: "stretch",
    ...entryButton(tokens.spacingVerticalS),
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  badge: { justifySelf: "end" },
  message: { gridColumn: "1 / -1", overflowWrap: "anywhere" },
});

export interface FindingButtonProps {
  texts: UiTexts;
  finding: Finding;
  disabled: boolean;
  onSelect(finding: Finding): void;
}

export function FindingButton({ texts, finding, disabled, onSelect }: FindingButtonProps) {
  const styles = useStyles();
  const severityName = texts.severity[finding.severity];
  const message = texts.finding(finding);
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      aria-label={texts.findingButton(finding.cell, severityName, message, finding.sheet)}
      disabledFocusable={disabled}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.cell}>{finding.cell}</span>
      <SeverityBadge severity={finding.severity} label={severityName} className={styles.badge} />
      <span className={styles.message}>{message}</span>
    </Button>
  );
}
