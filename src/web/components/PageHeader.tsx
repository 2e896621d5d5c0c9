/** The page's title, its language switch (named in the other language), what it does, and the privacy promise. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Globe20Regular } from "@fluentui/react-icons";
import type { Locale } from "../../i18n";
import type { PageTexts } from "../../i18n";
import { PrivacyNote } from "./PrivacyNote";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  lead: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface PageHeaderProps {
  texts: PageTexts;
  locale: Locale;
  onSwitchLanguage(): void;
}

export function PageHeader({ texts, locale, onSwitchLanguage }: PageHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{texts.pageTitle}</h1>
        <Button
          appearance="subtle"
          icon={<Globe20Regular />}
          onClick={onSwitchLanguage}
          aria-label={texts.switchLanguage}
          lang={locale === "zh-CN" ? "en-US" : "zh-CN"}
        >
          {texts.otherLanguage}
        </Button>
      </div>
      <p className={styles.lead}>{texts.lead}</p>
      <PrivacyNote />
    </header>
  );
}
