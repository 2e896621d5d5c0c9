/** A readable explanation of a failed host call, with advice and (for support) the Office error code. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Failure } from "../failure";
import type { PaneAction, PaneTexts } from "../strings";

const useStyles = makeStyles({
  code: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
});

export interface FailureBarProps {
  texts: PaneTexts;
  action: PaneAction;
  failure: Failure;
  onDismiss(): void;
}

export function FailureBar({ texts, action, failure, onDismiss }: FailureBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.failureTitle[action]}</MessageBarTitle>
        {texts.failureAdvice[failure.reason]}
        {failure.code && <span className={styles.code}>{texts.errorCode(failure.code)}</span>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={texts.dismiss}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
