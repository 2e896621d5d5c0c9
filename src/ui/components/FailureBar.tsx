/** A readable explanation of a failed host call, with advice and (for support) the Office error code. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ActionFailure } from "../../i18n/failure";
import type { UiTexts } from "../../i18n";
import { DismissibleBar } from "./DismissibleBar";

const useStyles = makeStyles({
  code: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
});

export interface FailureBarProps {
  texts: UiTexts;
  /** Nothing is shown without one. */
  failed: ActionFailure | null;
  onDismiss(): void;
}

export function FailureBar({ texts, failed, onDismiss }: FailureBarProps) {
  const styles = useStyles();
  if (!failed) return null;
  const { action, failure } = failed;
  return (
    <DismissibleBar
      intent="error"
      title={texts.failureTitle[action]}
      dismissLabel={texts.dismiss}
      onDismiss={onDismiss}
    >
      {texts.failureAdvice[failure.kind]}
      {failure.params.code && (
        <span className={styles.code}>{texts.errorCode(failure.params.code)}</span>
      )}
    </DismissibleBar>
  );
}
