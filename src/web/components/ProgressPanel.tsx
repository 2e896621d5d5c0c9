/** What the page is doing on a long run: the step in words and a progress bar (determinate where the share is known). */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../protocol";
import type { PageTexts } from "../../i18n";

export function ProgressPanel({ texts, progress }: { texts: PageTexts; progress: Progress }) {
  const known = progress.done !== undefined && Boolean(progress.total);
  const label = texts.progressLabel(texts.phase[progress.phase], progress.done, progress.total);
  return (
    <Field label={label} data-testid="progress" data-phase={progress.phase}>
      <ProgressBar
        thickness="large"
        value={known ? (progress.done as number) / (progress.total as number) : undefined}
        max={1}
      />
    </Field>
  );
}
