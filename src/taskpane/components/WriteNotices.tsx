/**
 * What 校验 could not write, and why (protected or hidden sheets left unmarked, our results sheet renamed around
 * the user's, merged cells unreadable on this Excel, budgets): the lines come from src/excel/writeNotices.ts.
 */
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ line: { display: "block" } });

export function WriteNotices({ lines }: { lines: readonly string[] | undefined }) {
  const styles = useStyles();
  if (!lines || lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {lines.map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
