/** The pane's title and its commands: 校验, 清除标记, 插入图表. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChartMultiple20Regular } from "@fluentui/react-icons";
import type { UiTexts } from "../../i18n";

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
  texts: UiTexts;
  busy: boolean;
  onRunCheck(): void;
  onClearMarks(): void;
  /** Absent: no 插入图表 button (a host without charts says why in its capability notice). */
  onInsertCharts?: () => void;
  /** The host draws no charts: the button stays, unavailable, so the notice that explains it makes sense. */
  chartsUnavailable?: boolean;
}

export function PaneHeader(props: PaneHeaderProps) {
  const { texts, busy, onRunCheck, onClearMarks, onInsertCharts, chartsUnavailable } = props;
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
        {onInsertCharts && (
          <Button
            icon={<ChartMultiple20Regular />}
            disabledFocusable={busy || chartsUnavailable}
            onClick={onInsertCharts}
          >
            {texts.insertCharts}
          </Button>
        )}
      </div>
    </header>
  );
}
