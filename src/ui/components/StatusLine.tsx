/** The screen-reader announcement: one polite status line, not shown (what just happened, in one sentence). */
import { makeStyles } from "@fluentui/react-components";
import { visuallyHidden } from "../styles";

const useStyles = makeStyles({ hidden: visuallyHidden });

export function StatusLine({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.hidden} data-testid="status">
      {text}
    </div>
  );
}
