/**
 * What the page is doing on a long run: the step in words and a progress bar (determinate where the share is
 * known), and, while a file loads, a button that stops it (the open workbook stays).
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Progress } from "../protocol";
import type { PageTexts } from "../../i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

export interface ProgressPanelProps {
  texts: PageTexts;
  progress: Progress;
  /** Offered while a file loads. */
  onCancel?(): void;
}

export function ProgressPanel({ texts, progress, onCancel }: ProgressPanelProps) {
  const styles = useStyles();
  const known = progress.done !== undefined && Boolean(progress.total);
  const label = texts.progressLabel(texts.phase[progress.phase], progress.done, progress.total);
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={label}
        data-testid="progress"
        data-phase={progress.phase}
      >
        <ProgressBar
          thickness="large"
          value={known ? (progress.done as number) / (progress.total as number) : undefined}
          max={1}
        />
      </Field>
      {onCancel && (
        <Button size="small" icon={<Dismiss16Regular />} onClick={onCancel}>
          {texts.cancelOpen}
        </Button>
      )}
    </div>
  );
}
