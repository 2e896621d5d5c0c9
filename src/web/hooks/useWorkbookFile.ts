/**
 * The workbook the page shows: opening a file (chosen, dropped or an example) in the worker, the 目标 sheet shown
 * after the targets were applied, and downloading the annotated copy. One job at a time (`working`, shared with
 * 校验 and 插入图表) — except that choosing another file while one is loading replaces that load, and a load can be
 * cancelled. Progress, a notice and a sentence for screen readers say how it went — a failure with its real reason,
 * in words. A file that cannot be opened (or a cancelled load) leaves the open workbook, its findings and the
 * target edits as they were.
 */
import { startTransition, useCallback, useRef, useState } from "react";
import type { Locale } from "../../i18n";
import { pageText } from "../../i18n";
import { failureLines, failureOf, type Failure } from "../../i18n/failure";
import type { DisplaySheet, DisplayWorkbook } from "../display";
import { annotatedFileName, saveBytes, type ByteProgress } from "../files";
import type { Progress } from "../protocol";
import { OpenCancelledError, type EngineClient } from "../workerClient";

export interface Notice {
  intent: "error" | "success";
  title?: string;
  body: string;
}

export interface WorkbookFileDeps {
  client: EngineClient;
  locale(): Locale;
  /** A new file has been read: the previous workbook's findings, charts and notes no longer apply. */
  beforeOpen(): Promise<void>;
  /** A workbook opened: the sheet view starts over on it. */
  onOpened(workbook: DisplayWorkbook): void;
}

/** The promise's value, unless the signal stops the wait first (then OpenCancelledError). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new OpenCancelledError());
    if (signal.aborted) return stop();
    signal.addEventListener("abort", stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
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
  /** The load under way, to cancel it (or replace it with another file). */
  const loading = useRef<{ name: string; controller: AbortController } | null>(null);

  const show = (next: DisplayWorkbook | null) => {
    workbookRef.current = next;
    setWorkbook(next);
  };

  const open = useCallback(
    async (name: string, load: (onBytes: ByteProgress) => Promise<ArrayBuffer>) => {
      // Another file chosen while one loads replaces that load; nothing else may run beside a job.
      if (working.current && !loading.current) return;
      loading.current?.controller.abort();
      const controller = new AbortController();
      const own = { name, controller };
      loading.current = own;
      const { signal } = controller;
      const progress = (next: Progress) => {
        if (!signal.aborted) setProgress(next);
      };
      working.current = true;
      const texts = pageText(locale());
      let shown = false;
      setOpening(true);
      setNotice(null);
      setAnnouncement(texts.phase.read);
      try {
        progress({ phase: "read" });
        const bytes = await untilAborted(
          load((done, total) => progress({ phase: "read", done, total })),
          signal
        );
        const opened = await client.open(name, bytes, progress, { signal });
        if (signal.aborted) return;
        await latest.current.beforeOpen();
        // Drawn as a transition: React renders the new sheet in slices, so the page keeps painting. The worker holds
        // the new file already: the page is `opening` until the new file shows with its own host, so nothing (a
        // target applied, a check) reaches the new file from the previous one's view in between.
        startTransition(() => {
          show(opened);
          latest.current.onOpened(opened);
          setAnnouncement(texts.opened(name, opened.sheets.length));
          setFileSeq((n) => n + 1); // a new host: the targets of the new file
          setOpening(false);
        });
        shown = true;
      } catch (error) {
        if (signal.aborted || error instanceof OpenCancelledError) {
          if (loading.current === own) setAnnouncement(texts.openCancelled(name));
          return;
        }
        // The open workbook stays as it was: only the notice says the new file could not be opened.
        const body = failureLines(openFailure(error), locale()).join(" ");
        setNotice({ intent: "error", title: texts.openFailed(name), body });
        setAnnouncement(`${texts.openFailed(name)}：${body}`);
      } finally {
        if (loading.current === own) {
          loading.current = null;
          setProgress(null);
          if (!shown) setOpening(false);
          working.current = false;
        }
      }
    },
    [client, locale]
  );

  /** 取消打开: stops the load under way at once; the open workbook stays. */
  const cancelOpen = useCallback(() => loading.current?.controller.abort(), []);

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
    cancelOpen,
    download,
    onTargetSheet,
    exclusive,
  };
}
