/**
 * What this Excel lacks and how the add-in works around it (notes → comments → the results sheet, no links, no
 * merged cells, no charts or no secondary axis), and what still works. Nothing is shown on a host that has it all.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { HostCapabilities } from "../../ui/host";
import type { UiTexts } from "../../i18n";
import { DismissibleBar } from "../../ui/components/DismissibleBar";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  works: { display: "block" },
});

/** The sentences to show, in order; empty when nothing is missing. */
export function missingCapabilities(texts: UiTexts, capabilities: HostCapabilities): string[] {
  const { missing } = texts.capabilities;
  const lines: string[] = [];
  if (!capabilities.notes)
    lines.push(capabilities.comments ? missing.notes : texts.capabilities.notesAndComments);
  if (!capabilities.mergedAreas) lines.push(missing.mergedAreas);
  if (!capabilities.links) lines.push(missing.links);
  if (!capabilities.charts) lines.push(missing.charts);
  else if (!capabilities.comboCharts) lines.push(missing.comboCharts);
  return lines;
}

export interface CapabilityNoticeProps {
  texts: UiTexts;
  capabilities: HostCapabilities;
  onDismiss(): void;
}

export function CapabilityNotice({ texts, capabilities, onDismiss }: CapabilityNoticeProps) {
  const styles = useStyles();
  const lines = missingCapabilities(texts, capabilities);
  if (lines.length === 0) return null;
  return (
    <DismissibleBar
      intent="warning"
      title={texts.capabilities.title}
      dismissLabel={texts.dismiss}
      onDismiss={onDismiss}
    >
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <span className={styles.works}>{texts.capabilities.stillWorks}</span>
    </DismissibleBar>
  );
}
