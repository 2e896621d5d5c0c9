/**
 * The file list's work: files added (dropped or chosen several at once), 全部校验 one file after another in the
 * list's own worker with progress, 取消 (the worker is stopped at once), 下载全部标注副本 as one .zip, and the
 * findings list exported as CSV or XLSX. One job at a time; a notice says how the last one went.
 */
import { useCallback, useRef, useState } from "react";
import { catalog, type Locale } from "../../i18n";
import { failureLines, failureOf } from "../../i18n/failure";
import { annotatedFileName, saveBytes } from "../files";
import { BatchCancelled, type BatchClient, type FileOutcome } from "./batchClient";
import { addFiles, checkedState, withState, type BatchEntry, type FileState } from "./batchList";
import { copyNames, findingRows, toCsv } from "./findingsExport";

/** What the list is doing: checking (or copying) file `done + 1` of `total`, or zipping. */
export interface BatchRun {
  job: "check" | "copy" | "zip";
  done: number;
  total: number;
  name: string;
}

export interface BatchNotice {
  intent: "success" | "warning" | "error";
  text: string;
  /** Lines under the text: the files left out of the zip and why. */
  details?: string[];
}

interface RunToken {
  cancelled: boolean;
  done: number;
  total: number;
}

const WAITING: FileState = { kind: "waiting" };

/** A mark on the page's timeline (the browser test measures 全部校验 between two); jsdom has none. */
function mark(name: string): void {
  if (typeof performance.mark === "function") performance.mark(name);
}

function stateOf(outcome: FileOutcome): FileState {
  return outcome.kind === "checked"
    ? checkedState(outcome.check)
    : { kind: "unreadable", why: outcome.why };
}

/** A file the page could not read again, or a failure in the worker for this one file: it is listed as unreadable. */
function failedOutcome(error: unknown): FileOutcome {
  const detail =
    error instanceof Error && error.name !== "FailureError"
      ? error.message
      : failureLines(failureOf(error), "zh-CN").join(" ");
  const detailEn =
    error instanceof Error && error.name !== "FailureError"
      ? error.message
      : failureLines(failureOf(error), "en-US").join(" ");
  return {
    kind: "unreadable",
    reason: "internal",
    why: {
      zh: catalog("zh-CN").batch.readFailed(detail),
      en: catalog("en-US").batch.readFailed(detailEn),
    },
  };
}

export function useBatch(client: BatchClient | null, locale: () => Locale) {
  const [entries, setEntries] = useState<BatchEntry[]>([]);
  const entriesRef = useRef<BatchEntry[]>([]);
  const nextKey = useRef(1);
  const [run, setRun] = useState<BatchRun | null>(null);
  const token = useRef<RunToken | null>(null);
  const [notice, setNotice] = useState<BatchNotice | null>(null);

  const update = useCallback((change: (current: BatchEntry[]) => BatchEntry[]) => {
    entriesRef.current = change(entriesRef.current);
    setEntries(entriesRef.current);
  }, []);

  /** Several files dropped or chosen: listed at the end, waiting. */
  const add = useCallback(
    (files: File[]) => {
      update((current) =>
        addFiles(
          current,
          files.map((file) => ({ name: file.name, source: file })),
          nextKey.current
        )
      );
      nextKey.current += files.length;
      setNotice(null);
    },
    [update]
  );

  const clear = useCallback(() => {
    if (token.current) return;
    update(() => []);
    setNotice(null);
  }, [update]);

  /** Checks these files one after another (with their copies when `copyLocale`); null when cancelled. */
  const checkEach = useCallback(
    async (
      current: RunToken,
      targets: BatchEntry[],
      copyLocale?: Locale
    ): Promise<Map<number, FileOutcome> | null> => {
      if (!client) return null;
      current.done = 0;
      current.total = targets.length;
      const outcomes = new Map<number, FileOutcome>();
      const keys = new Set(targets.map((t) => t.key));
      update((list) => list.map((e) => (keys.has(e.key) ? { ...e, state: WAITING } : e)));
      for (const [index, entry] of targets.entries()) {
        setRun({
          job: copyLocale ? "copy" : "check",
          done: index,
          total: targets.length,
          name: entry.name,
        });
        update((list) => withState(list, entry.key, { kind: "checking" }));
        let outcome: FileOutcome;
        try {
          const bytes = await entry.source.arrayBuffer();
          if (current.cancelled) return null;
          outcome = await client.checkFile(entry.name, bytes, copyLocale);
        } catch (error) {
          if (current.cancelled || error instanceof BatchCancelled) return null;
          outcome = failedOutcome(error);
        }
        if (current.cancelled) return null;
        outcomes.set(entry.key, outcome);
        current.done = index + 1;
        update((list) => withState(list, entry.key, stateOf(outcome)));
      }
      return outcomes;
    },
    [client, update]
  );

  /** Runs a job unless one is under way; a failure (not a cancel) is said in the notice. */
  const exclusive = useCallback(
    async (job: (mine: RunToken) => Promise<BatchNotice | null>) => {
      if (token.current || !client) return;
      const mine: RunToken = { cancelled: false, done: 0, total: 0 };
      token.current = mine;
      setNotice(null);
      try {
        const said = await job(mine);
        if (said) setNotice(said);
      } catch (error) {
        if (error instanceof BatchCancelled) return;
        const reason = failureLines(failureOf(error), locale()).join(" ");
        setNotice({ intent: "error", text: catalog(locale()).batch.failed(reason) });
      } finally {
        // A cancelled job has let go already (a new one may be under way).
        if (token.current === mine) {
          token.current = null;
          setRun(null);
        }
      }
    },
    [client, locale]
  );

  const checkAll = useCallback(
    () =>
      exclusive(async (mine) => {
        const started = performance.now();
        mark("batch:check-start");
        const outcomes = await checkEach(mine, entriesRef.current);
        if (!outcomes) return null;
        mark("batch:check-end");
        const ms = performance.now() - started;
        return { intent: "success", text: catalog(locale()).batch.checked(outcomes.size, ms) };
      }),
    [exclusive, checkEach, locale]
  );

  const downloadAll = useCallback(
    () =>
      exclusive(async (mine) => {
        const words = catalog(locale()).batch;
        const list = entriesRef.current;
        const outcomes = await checkEach(mine, list, locale());
        if (!outcomes || !client) return null;
        const copies: { name: string; bytes: Uint8Array }[] = [];
        const left: string[] = [];
        const zh = locale() === "zh-CN";
        for (const entry of list) {
          const outcome = outcomes.get(entry.key);
          if (outcome?.kind === "checked" && outcome.copy)
            copies.push({ name: entry.name, bytes: outcome.copy });
          else {
            const why =
              outcome?.kind === "unreadable"
                ? words.unreadableWhy(zh ? outcome.why.zh : outcome.why.en)
                : outcome?.copyFailure
                  ? zh
                    ? outcome.copyFailure.zh
                    : outcome.copyFailure.en
                  : "";
            left.push(why ? `${entry.name}（${why}）` : entry.name);
          }
        }
        setRun({ job: "zip", done: copies.length, total: copies.length, name: words.zipName });
        const names = copyNames(
          copies.map((c) => c.name),
          annotatedFileName
        );
        const zip = await client.zip(copies.map((c, i) => ({ name: names[i], bytes: c.bytes })));
        if (mine.cancelled) return null;
        saveBytes(zip, words.zipName, document, "application/zip");
        return {
          intent: left.length ? "warning" : "success",
          text: words.zipped(copies.length, words.zipName),
          ...(left.length ? { details: [words.notZipped(left)] } : {}),
        };
      }),
    [exclusive, checkEach, client, locale]
  );

  const exportFindings = useCallback(
    (format: "csv" | "xlsx") =>
      exclusive(async (mine) => {
        const words = catalog(locale()).batch;
        const unchecked = entriesRef.current.filter(
          (e) => e.state.kind !== "checked" && e.state.kind !== "unreadable"
        );
        if (unchecked.length > 0 && !(await checkEach(mine, unchecked))) return null;
        const rows = findingRows(entriesRef.current, locale());
        const fileName = `${words.exportName}.${format}`;
        if (format === "csv") {
          saveBytes(
            new TextEncoder().encode(toCsv(rows)),
            fileName,
            document,
            "text/csv;charset=utf-8"
          );
        } else {
          if (!client) return null;
          saveBytes(await client.xlsx(words.exportSheet, rows), fileName);
        }
        return { intent: "success", text: words.exported(fileName) };
      }),
    [exclusive, checkEach, client, locale]
  );

  /** 取消: the worker stops now; the file under way goes back to waiting, the ones done keep their outcome. */
  const cancel = useCallback(() => {
    const current = token.current;
    if (!current) return;
    current.cancelled = true;
    token.current = null;
    client?.cancel();
    update((list) => list.map((e) => (e.state.kind === "checking" ? { ...e, state: WAITING } : e)));
    setRun(null);
    setNotice({
      intent: "warning",
      text: catalog(locale()).batch.cancelled(current.done, current.total),
    });
  }, [client, update, locale]);

  return {
    entries,
    run,
    notice,
    available: client !== null,
    add,
    clear,
    checkAll,
    downloadAll,
    exportFindings,
    cancel,
  };
}

export type Batch = ReturnType<typeof useBatch>;
