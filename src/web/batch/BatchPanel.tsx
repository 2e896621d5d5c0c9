/**
 * The page's file list (a month's returns at once): its actions (全部校验 / 取消, 下载全部标注副本, 导出问题清单 CSV
 * and XLSX, 清空清单), the progress of the run, how the last job went, every file with its state, and the summary
 * across files.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  Dismiss20Regular,
  DocumentTable20Regular,
} from "@fluentui/react-icons";
import { useMemo } from "react";
import { catalog, type Locale } from "../../i18n";
import { summarize, type BatchEntry } from "./batchList";
import { BatchSummary } from "./BatchSummary";
import { FileTable } from "./FileTable";
import type { Batch, BatchRun } from "./useBatch";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  list: { maxHeight: "420px", overflowY: "auto" },
});

export interface BatchPanelProps {
  batch: Batch;
  locale: Locale;
  /** The page is busy with the file in the grid: a file of the list cannot be opened now. */
  pageBusy: boolean;
  onOpen(entry: BatchEntry): void;
}

function runLabel(run: BatchRun, locale: Locale): string {
  const texts = catalog(locale).batch;
  if (run.job === "zip") return texts.zipping;
  const say = run.job === "copy" ? texts.copying : texts.checking;
  return say(run.done + 1, run.total, run.name);
}

export function BatchPanel({ batch, locale, pageBusy, onOpen }: BatchPanelProps) {
  const styles = useStyles();
  const texts = catalog(locale).batch;
  const { entries, run, notice } = batch;
  const summary = useMemo(() => summarize(entries), [entries]);
  const running = run !== null;
  const anyChecked = entries.some(
    (e) => e.state.kind === "checked" || e.state.kind === "unreadable"
  );
  return (
    <section className={styles.panel} aria-labelledby="batch-heading" data-testid="batch-panel">
      <h2 id="batch-heading" className={styles.heading}>
        {texts.heading(entries.length)}
      </h2>
      <p className={styles.intro}>{texts.intro}</p>
      <div className={styles.actions} role="group" aria-label={texts.actionsLabel}>
        {running ? (
          <Button icon={<Dismiss20Regular />} onClick={batch.cancel} data-testid="batch-cancel">
            {texts.cancel}
          </Button>
        ) : (
          <Button
            appearance="primary"
            onClick={() => void batch.checkAll()}
            data-testid="batch-check-all"
          >
            {texts.checkAll}
          </Button>
        )}
        <Button
          icon={<ArrowDownload20Regular />}
          disabledFocusable={running}
          onClick={() => void batch.downloadAll()}
          data-testid="batch-download-all"
        >
          {texts.downloadAll}
        </Button>
        <Button
          icon={<DocumentTable20Regular />}
          disabledFocusable={running}
          onClick={() => void batch.exportFindings("csv")}
          data-testid="batch-export-csv"
        >
          {texts.exportCsv}
        </Button>
        <Button
          icon={<DocumentTable20Regular />}
          disabledFocusable={running}
          onClick={() => void batch.exportFindings("xlsx")}
          data-testid="batch-export-xlsx"
        >
          {texts.exportXlsx}
        </Button>
        <Button appearance="subtle" disabledFocusable={running} onClick={batch.clear}>
          {texts.clear}
        </Button>
      </div>
      {run && (
        <Field label={runLabel(run, locale)} data-testid="batch-progress" data-job={run.job}>
          <ProgressBar
            thickness="large"
            value={run.total ? run.done / run.total : undefined}
            max={1}
          />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="batch-notice">
          <MessageBarBody>
            {notice.text}
            {notice.details?.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.list}>
        <FileTable
          texts={texts}
          locale={locale}
          entries={entries}
          caption={texts.heading(entries.length)}
          openDisabled={pageBusy}
          onOpen={onOpen}
          testId="batch-files"
        />
      </div>
      {anyChecked && (
        <BatchSummary summary={summary} locale={locale} openDisabled={pageBusy} onOpen={onOpen} />
      )}
    </section>
  );
}
