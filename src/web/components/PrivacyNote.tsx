/** The promise that the file stays on the user's computer, in Chinese and in English whatever the page language. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { LockClosed16Regular } from "@fluentui/react-icons";
import { LOCALES, pageText } from "../../i18n";

/** Every language, Chinese first, whatever the page shows. */
const PRIVACY = LOCALES.map((locale) => ({ locale, ...pageText(locale).privacy }));

const useStyles = makeStyles({
  note: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { gridRow: "1 / span 2", marginTop: "2px", color: tokens.colorBrandForeground1 },
  line: { margin: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export function PrivacyNote() {
  const styles = useStyles();
  return (
    <section
      className={styles.note}
      aria-label={PRIVACY.map((p) => p.heading).join(" / ")}
      data-testid="privacy"
    >
      <LockClosed16Regular className={styles.icon} aria-hidden="true" />
      {PRIVACY.map(({ locale, heading, text }) => (
        <p key={locale} lang={locale} className={styles.line}>
          <span className={styles.heading}>{heading}</span> {text}
        </p>
      ))}
    </section>
  );
}
