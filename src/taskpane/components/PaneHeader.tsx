/** The pane's title and its two commands, 校验 and 清除标记. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneTexts } from "../strings";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PaneHeaderProps {
  texts: PaneTexts;
  busy: boolean;
  onRunCheck(): void;
  onClearMarks(): void;
}

export function PaneHeader({ texts, busy, onRunCheck, onClearMarks }: PaneHeaderProps) {
  const styles = useStyles();
  // disabledFocusable keeps keyboard focus on the button the user pressed while the run is under way.
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{texts.appTitle}</h1>
      <div className={styles.actions} role="group" aria-label={texts.toolbarLabel}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onRunCheck}>
          {texts.runCheck}
        </Button>
        <Button disabledFocusable={busy} onClick={onClearMarks}>
          {texts.clearMarks}
        </Button>
      </div>
    </header>
  );
}
