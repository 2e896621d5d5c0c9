/** What the recognizer read in one table: unit of measure, units, total and subtotal rows, total and period columns. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecognizedTable } from "../../core/model";
import type { UiTexts } from "../../i18n";
import { periodsNeedIndicator, totalColumns } from "../tableView";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: `0 0 0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export interface TableDetailsProps {
  texts: UiTexts;
  table: RecognizedTable;
  id?: string;
}

export function TableDetails({ texts, table, id }: TableDetailsProps) {
  const styles = useStyles();
  const labels = texts.tableDetail;
  const rows = (list: readonly number[]) => (list.length > 0 ? texts.rowList(list) : texts.none);
  const columns = totalColumns(table);
  const withIndicator = periodsNeedIndicator(table);
  const periods = table.periods.map((p) =>
    texts.periodColumn(
      p.column,
      p.period,
      texts.columnKind[p.kind],
      withIndicator ? p.indicator : null
    )
  );
  const entries: [string, string][] = [
    [labels.unitOfMeasure, table.unitOfMeasure ?? texts.none],
    [labels.units, texts.unitCount(table.unitRows.length)],
    [labels.totalRows, rows(table.totalRows)],
    [labels.subtotalRows, rows(table.subtotalRows)],
    [labels.totalColumns, columns.length > 0 ? texts.columnList(columns) : texts.none],
    [labels.periods, periods.length > 0 ? periods.join(texts.listSeparator) : texts.none],
  ];
  return (
    <dl className={styles.list} id={id}>
      {entries.map(([term, value]) => (
        <div key={term} className={styles.group}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
