/**
 * The tables the last run recognized, in a collapsible section: where each is, and what was read in it (units, total
 * rows and columns, period columns), so a user can see why a table was checked the way it was. Tab reaches the
 * section's header and each table; the arrow keys move between tables.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRovingFocus } from "../hooks/useRovingFocus";
import { buttonColumn, sectionHeader } from "../styles";
import type { RecognizedTable } from "../../core/model";
import type { UiTexts } from "../../i18n";
import { TableItem } from "./TableItem";

const useStyles = makeStyles({
  ...sectionHeader,
  hint: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  list: buttonColumn(tokens.spacingVerticalS),
});

export interface TablesFoundProps {
  texts: UiTexts;
  tables: readonly RecognizedTable[];
  disabled: boolean;
  onSelect(table: RecognizedTable): void;
}

export function TablesFound({ texts, tables, disabled, onSelect }: TablesFoundProps) {
  const styles = useStyles();
  const idPrefix = useId("tables");
  const arrowNavigation = useRovingFocus<HTMLUListElement>("vertical");
  return (
    <section aria-labelledby={`${idPrefix}-heading`}>
      <Accordion collapsible>
        <AccordionItem value="tables">
          <AccordionHeader as="h2" id={`${idPrefix}-heading`} className={styles.heading}>
            <span className={styles.headerText}>{texts.tablesHeading(tables.length)}</span>
          </AccordionHeader>
          <AccordionPanel>
            <p id={`${idPrefix}-hint`} className={styles.hint}>
              {texts.tablesHint}
            </p>
            <ul
              className={styles.list}
              aria-labelledby={`${idPrefix}-heading`}
              aria-describedby={`${idPrefix}-hint`}
              {...arrowNavigation}
            >
              {tables.map((table) => (
                <li key={`${table.sheet}!${table.range}`}>
                  <TableItem texts={texts} table={table} disabled={disabled} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
