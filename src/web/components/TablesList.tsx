/** The tables recognized on the sheet, in words: the text counterpart of their blue frames in the grid. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { RecognizedTable } from "../../core/model";
import type { WebTexts } from "../strings";
import { TABLE_OUTLINE } from "../grid/SheetGrid";

const useStyles = makeStyles({
  box: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  heading: {
    display: "inline",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { display: "inline", margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "inline", marginLeft: tokens.spacingHorizontalS },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
    border: `2px solid ${TABLE_OUTLINE}`,
    verticalAlign: "-1px",
  },
});

export function TablesList({
  texts,
  tables,
}: {
  texts: WebTexts;
  tables: readonly RecognizedTable[];
}) {
  const styles = useStyles();
  const headingId = useId("tables");
  if (tables.length === 0) {
    return (
      <p className={styles.box} data-testid="tables">
        {texts.noTablesOnSheet}
      </p>
    );
  }
  return (
    <section className={styles.box} aria-labelledby={headingId} data-testid="tables">
      <span className={styles.swatch} aria-hidden="true" />
      <h3 id={headingId} className={styles.heading}>
        {texts.tablesHeading(tables.length)}
      </h3>
      <ul className={styles.list}>
        {tables.map((t) => (
          <li key={t.range} className={styles.item}>
            {texts.tableItem(t.range, t.title, t.unitOfMeasure)}
          </li>
        ))}
      </ul>
    </section>
  );
}
