/** Before a workbook is open: where to drop it. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTable24Regular } from "@fluentui/react-icons";
import type { PageTexts } from "../../i18n";

const useStyles = makeStyles({
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    rowGap: tokens.spacingVerticalS,
    minHeight: "260px",
    height: "100%",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalXXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  body: { margin: 0 },
  icon: { fontSize: "40px", color: tokens.colorBrandForeground1 },
});

export function EmptyState({ texts }: { texts: PageTexts }) {
  const styles = useStyles();
  return (
    <div className={styles.empty} data-testid="empty-state">
      <DocumentTable24Regular className={styles.icon} aria-hidden="true" />
      <h2 className={styles.title}>{texts.emptyTitle}</h2>
      <p className={styles.body}>{texts.emptyBody}</p>
    </div>
  );
}
