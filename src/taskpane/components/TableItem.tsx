/** One recognized table: where it is and its title. Pressing it (click, Enter or Space) selects its range in the sheet. */
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { RecognizedTable } from "../../core/model";
import type { PaneTexts } from "../strings";
import { TableDetails } from "./TableDetails";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  button: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    maxWidth: "none",
    height: "auto",
    minHeight: "unset",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
  },
  place: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: "anywhere" },
});

export interface TableItemProps {
  texts: PaneTexts;
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
