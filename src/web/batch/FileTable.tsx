/** The files of the list, in the order they came, each with its state and its counts; a name opens it in the grid. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { BatchTexts, Locale } from "../../i18n";
import { visuallyHidden } from "../../ui/styles";
import { standingOf, type BatchEntry } from "./batchList";
import { FileStateText } from "./FileState";

const useStyles = makeStyles({
  caption: visuallyHidden,
  table: { borderCollapse: "collapse", width: "100%" },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
  },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  name: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, wordBreak: "break-all" },
});

export interface FileTableProps {
  texts: BatchTexts;
  locale: Locale;
  entries: BatchEntry[];
  caption: string;
  /** Opening is not possible while the page is busy with its own file. */
  openDisabled: boolean;
  onOpen(entry: BatchEntry): void;
  testId: string;
}

interface FileRowProps {
  entry: BatchEntry;
  texts: BatchTexts;
  locale: Locale;
  openDisabled: boolean;
  onOpen(entry: BatchEntry): void;
}

/** One file: drawn again only when its entry changes (the list changes one file at a time while it checks). */
const FileRow = memo(function FileRow({
  entry,
  texts,
  locale,
  openDisabled,
  onOpen,
}: FileRowProps) {
  const styles = useStyles();
  const count = (key: "error" | "warning" | "info") =>
    entry.state.kind === "checked" ? entry.state.counts[key] : "";
  return (
    <tr
      data-batch-file={entry.name}
      data-state={entry.state.kind}
      data-standing={standingOf(entry.state)}
    >
      <td className={styles.cell}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.name}
          disabledFocusable={openDisabled || entry.state.kind === "unreadable"}
          aria-label={texts.openFile(entry.name)}
          onClick={() => onOpen(entry)}
        >
          {entry.name}
        </Button>
      </td>
      <td className={styles.cell}>
        <FileStateText state={entry.state} texts={texts} locale={locale} />
      </td>
      <td className={`${styles.cell} ${styles.count}`}>{count("error")}</td>
      <td className={`${styles.cell} ${styles.count}`}>{count("warning")}</td>
      <td className={`${styles.cell} ${styles.count}`}>{count("info")}</td>
    </tr>
  );
});

export function FileTable({
  texts,
  locale,
  entries,
  caption,
  openDisabled,
  onOpen,
  testId,
}: FileTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {texts.columns.file}
          </th>
          <th scope="col" className={styles.head}>
            {texts.columns.state}
          </th>
          <th scope="col" className={`${styles.head} ${styles.count}`}>
            {texts.columns.errors}
          </th>
          <th scope="col" className={`${styles.head} ${styles.count}`}>
            {texts.columns.warnings}
          </th>
          <th scope="col" className={`${styles.head} ${styles.count}`}>
            {texts.columns.infos}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <FileRow
            key={entry.key}
            entry={entry}
            texts={texts}
            locale={locale}
            openDisabled={openDisabled}
            onOpen={onOpen}
          />
        ))}
      </tbody>
    </table>
  );
}
