/**
 * The workbook the page shows: opening a file (chosen, dropped or an example) in the worker, the 目标 sheet shown
 * after the targets were applied, and downloading the annotated copy. One job at a time (`working`, shared with
 * 校验 and 插入图表); progress, a notice and a sentence for screen readers say how it went — a failure with its
 * real reason, in words.
 */
import { useCallback, useRef, useState } from "react";
import type { Locale } from "../../i18n";
import { pageText } from "../../i18n";
import { failureLines, failureOf, type Failure } from "../../i18n/failure";
import type { DisplaySheet, DisplayWorkbook } from "../display";
import { annotatedFileName, saveBytes, type ByteProgress } from "../files";
import type { Progress } from "../protocol";
import type { EngineClient } from "../workerClient";

export interface Notice {
  intent: "error" | "success";
  title?: string;
  body: string;
}

export interface WorkbookFileDeps {
  client: EngineClient;
  locale(): Locale;
  /** Before a file opens: the previous workbook's findings, charts and notes no longer apply. */
  beforeOpen(): Promise<void>;
  /** A workbook opened: the sheet view starts over on it. */
  onOpened(workbook: DisplayWorkbook): void;
}

/** The page's open failures: anything that is no reason of the file's own is the page's (reload it). */
function openFailure(error: unknown): Failure {
  const failure = failureOf(error);
  return failure.kind === "unknown" ? { kind: "internal", params: failure.params } : failure;
}

export function useWorkbookFile(deps: WorkbookFileDeps) {
  const { client, locale } = deps;
  // Read when a file opens: the callbacks reach parts of the page made after this hook.
  const latest = useRef(deps);
  latest.current = deps;
  const [workbook, setWorkbook] = useState<DisplayWorkbook | null>(null);
  const workbookRef = useRef<DisplayWorkbook | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [opening, setOpening] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** Which file the page shows (a new number for each file opened): the host, and so the targets, follow it. */
  const [fileSeq, setFileSeq] = useState(0);
  /** One job at a time: opening, downloading, checking, charting. */
  const working = useRef(false);

  const show = (next: DisplayWorkbook | null) => {
    workbookRef.current = next;
    setWorkbook(next);
  };

  const open = useCallback(
    async (name: string, load: (onBytes: ByteProgress) => Promise<ArrayBuffer>) => {
      if (working.current) return;
      working.current = true;
      const texts = pageText(locale());
      setOpening(true);
      setNotice(null);
      setAnnouncement(texts.phase.read);
      await latest.current.beforeOpen();
      try {
        setProgress({ phase: "read" });
        const bytes = await load((done, total) => setProgress({ phase: "read", done, total }));
        const opened = await client.open(name, bytes, setProgress);
        show(opened);
        latest.current.onOpened(opened);
        setAnnouncement(texts.opened(name, opened.sheets.length));
      } catch (error) {
        show(null);
        const body = failureLines(openFailure(error), locale()).join(" ");
        setNotice({ intent: "error", title: texts.openFailed(name), body });
        setAnnouncement(`${texts.openFailed(name)}：${body}`);
      } finally {
        setProgress(null);
        setOpening(false);
        setFileSeq((n) => n + 1);
        working.current = false;
      }
    },
    [client, locale]
  );

  const download = useCallback(async () => {
    const current = workbookRef.current;
    if (working.current || !current) return;
    working.current = true;
    const texts = pageText(locale());
    setDownloading(true);
    setNotice(null);
    try {
      const bytes = await client.annotate(locale(), setProgress);
      const fileName = annotatedFileName(current.name);
      saveBytes(bytes, fileName);
      setNotice({ intent: "success", body: texts.downloaded(fileName) });
      setAnnouncement(texts.downloaded(fileName));
    } catch (error) {
      // The real reason, not a guess: the failure's advice (and code), under the title.
      const body = failureLines(openFailure(error), locale()).join(" ");
      setNotice({ intent: "error", title: texts.downloadFailed, body });
      setAnnouncement(`${texts.downloadFailed}：${body}`);
    } finally {
      setProgress(null);
      setDownloading(false);
      working.current = false;
    }
  }, [client, locale]);

  /** The 目标 sheet after the targets were applied: shown in place of the file's (or added, as Excel would). */
  const onTargetSheet = useCallback((shown: DisplaySheet) => {
    const current = workbookRef.current;
    if (!current) return;
    const sheets = current.sheets.some((s) => s.name === shown.name)
      ? current.sheets.map((s) => (s.name === shown.name ? shown : s))
      : [...current.sheets, shown];
    show({ ...current, sheets });
  }, []);

  /** Runs a job unless another is under way (checks and charts share the page's one-at-a-time lock). */
  const exclusive = useCallback(async (job: () => Promise<unknown>) => {
    if (working.current || !workbookRef.current) return;
    working.current = true;
    setNotice(null);
    try {
      await job();
    } finally {
      working.current = false;
    }
  }, []);

  return {
    workbook,
    workbookRef,
    fileSeq,
    progress,
    setProgress,
    opening,
    downloading,
    notice,
    announcement,
    open,
    download,
    onTargetSheet,
    exclusive,
  };
}
