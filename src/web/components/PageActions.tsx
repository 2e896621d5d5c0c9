/** The page's toolbar: open a file or an example, 校验, 清除标记, the progress charts, the annotated copy. */
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ChartMultiple20Regular,
  FolderOpen20Regular,
} from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";
import type { Locale } from "../../i18n";
import type { PageTexts, UiTexts } from "../../i18n";
import { EXAMPLES, type Example } from "../examples";
import { annotatedFileName, WORKBOOK_ACCEPT } from "../files";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  examples: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  examplesLabel: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  separator: {
    width: "1px",
    alignSelf: "stretch",
    backgroundColor: tokens.colorNeutralStroke2,
    margin: `0 ${tokens.spacingHorizontalXS}`,
  },
  downloadHint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface PageActionsProps {
  texts: PageTexts;
  ui: UiTexts;
  locale: Locale;
  busy: boolean;
  /** A file is loading: the open buttons stay enabled (another choice replaces the load). */
  opening?: boolean;
  /** The open workbook's name; null before one is open. */
  workbookName: string | null;
  checked: boolean;
  /** The files chosen in the dialog (the page opens the first and says so of the others). */
  onOpenFiles(files: File[]): void;
  /** Several files chosen at once: the page's file list (a month's returns). */
  onOpenMany?(files: File[]): void;
  onOpenExample(example: Example): void;
  onCheck(): void;
  onClearMarks(): void;
  onShowCharts(): void;
  onDownload(): void;
}

export function PageActions(props: PageActionsProps) {
  const { texts, ui, locale, busy, workbookName, checked } = props;
  const openBusy = busy && !props.opening;
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const examplesId = useId("examples");
  const downloadId = useId("download");
  const opened = workbookName !== null;

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ""; // choosing the same file again opens it again
    // Several files at once go to the file list (a month's returns) where the page has one.
    if (files.length > 1 && props.onOpenMany) props.onOpenMany(files);
    else if (files.length > 0) props.onOpenFiles(files);
  };

  return (
    <div className={styles.actions} role="group" aria-label={texts.actionsLabel}>
      <Button
        icon={<FolderOpen20Regular />}
        disabledFocusable={openBusy}
        onClick={() => fileInput.current?.click()}
      >
        {texts.openFile}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept={WORKBOOK_ACCEPT}
        multiple
        aria-label={texts.fileInputLabel}
        onChange={onFileChosen}
        hidden
        data-testid="file-input"
      />
      <div className={styles.examples} role="group" aria-labelledby={examplesId}>
        <span id={examplesId} className={styles.examplesLabel}>
          {texts.examplesLabel}
        </span>
        {EXAMPLES.map((example) => (
          <Button
            key={example.file}
            size="small"
            disabledFocusable={openBusy}
            data-example={example.file}
            onClick={() => props.onOpenExample(example)}
          >
            {example.label[locale]}
          </Button>
        ))}
      </div>
      <span className={styles.separator} aria-hidden="true" />
      <Button appearance="primary" disabledFocusable={busy || !opened} onClick={props.onCheck}>
        {ui.runCheck}
      </Button>
      <Button disabledFocusable={busy || !checked} onClick={props.onClearMarks}>
        {ui.clearMarks}
      </Button>
      <Button
        icon={<ChartMultiple20Regular />}
        disabledFocusable={busy || !opened}
        onClick={props.onShowCharts}
      >
        {texts.showCharts}
      </Button>
      <Button
        icon={<ArrowDownload20Regular />}
        disabledFocusable={busy || !checked}
        onClick={props.onDownload}
        aria-describedby={opened ? downloadId : undefined}
      >
        {texts.download}
      </Button>
      {opened && (
        <span id={downloadId} className={styles.downloadHint}>
          {texts.downloadHint(annotatedFileName(workbookName))}
        </span>
      )}
    </div>
  );
}
