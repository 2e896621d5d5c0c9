/** One recognized table: where it is and its title. Pressing it (click, Enter or Space) selects its range in the sheet. */
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { entryButton } from "../styles";
import type { RecognizedTable } from "../../core/model";
import type { UiTexts } from "../../i18n";
import { TableDetails } from "./TableDetails";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  button: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    justifyContent: "flex-start",
    ...entryButton(tokens.spacingVerticalXS),
  },
  place: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: "anywhere" },
});

export interface TableItemProps {
  texts: UiTexts;
  table: RecognizedTable;
  disabled: boolean;
  onSelect(table: RecognizedTable): void;
}

export function TableItem({ texts, table, disabled, onSelect }: TableItemProps) {
  const styles = useStyles();
  const detailsId = useId("table-details");
  return (
    <div className={styles.item}>
      <Button
        appearance="subtle"
        className={styles.button}
        aria-describedby={detailsId}
        disabledFocusable={disabled}
        onClick={() => onSelect(table)}
      >
        <span className={styles.place}>{`${table.sheet}!${table.range}`}</span>
        <span className={styles.title}>{table.title ?? texts.untitled}</span>
      </Button>
      <TableDetails texts={texts} table={table} id={detailsId} />
    </div>
  );
}
