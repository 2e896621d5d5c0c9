/** What the mark colours in the sheet mean: each SEVERITY_FILL colour with its name and severity. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { SEVERITY_FILL } from "../../core/marks";
import { SEVERITIES } from "../reportView";
import type { PaneTexts } from "../strings";

const useStyles = makeStyles({
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  entry: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function PaletteLegend({ texts }: { texts: PaneTexts }) {
  const styles = useStyles();
  const headingId = useId("legend");
  return (
    <section className={styles.legend} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {texts.legendHeading}
      </h2>
      <ul className={styles.list}>
        {SEVERITIES.map((severity) => (
          <li key={severity} className={styles.entry}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: SEVERITY_FILL[severity] }}
              aria-hidden="true"
            />
            {texts.legendEntry(texts.colourName[severity], texts.severity[severity])}
          </li>
        ))}
      </ul>
    </section>
  );
}
