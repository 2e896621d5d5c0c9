/**
 * The pane's only content when it cannot work: opened outside Excel, or office.js did not load. Office's display
 * language is unknown then, so the notice is given in both languages, Chinese first.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../i18n";

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase },
  line: { display: "block" },
});

export interface NoticeLine {
  locale: Locale;
  text: string;
}

export function PaneNotice({ lines }: { lines: readonly NoticeLine[] }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {lines.map(({ locale, text }) => (
            <span key={locale} lang={locale} className={styles.line}>
              {text}
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
