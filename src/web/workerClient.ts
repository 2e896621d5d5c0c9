/**
 * The page's side of the worker: each call is one request, answered by a promise, with progress on the way.
 * The worker is started at the first call, not with the page, so the first render loads no ExcelJS.
 *
 * A file opened while another is open is read in a worker of its own: the open file's worker (its checks, targets
 * and copy) is only let go once the new file has opened. A file that cannot be read, or an open that is cancelled,
 * leaves the open file as it was — and a cancel stops at once, by ending the new file's worker.
 */
import type { ChartSpec } from "../core/charts";
import type { WorkbookReport } from "../core/check";
import type { PlanTarget } from "../core/model";
import type { Locale } from "../i18n";
import type { DisplaySheet, DisplayWorkbook } from "./display";
import { failure, FailureError, type FailureKind, type FailureSaid } from "../i18n/failure";
import type { FailureReason, Progress, Request, RequestBody, Response } from "./protocol";

export interface WorkerLike {
  postMessage(message: Request, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/** The worker's reasons, as the one typed failure every door explains (src/i18n/failure.ts). */
const KIND_BY_REASON: Record<FailureReason, FailureKind> = {
  "not-xlsx": "notXlsx",
  encrypted: "encrypted",
  corrupt: "corrupt",
  "no-workbook": "noWorkbook",
  "target-sheet-occupied": "targetSheetOccupied",
  internal: "internal",
};

/**
 * A request the worker could not carry out: the typed failure, with the worker's detail for developers — and, for a
 * file that cannot be read, the reader's own one-line reason in both languages (`said`), which the page shows.
 */
export function workerFailure(
  reason: FailureReason,
  detail: string,
  said?: FailureSaid
): FailureError {
  return new FailureError(
    failure(KIND_BY_REASON[reason] ?? "internal", said ? { said } : {}),
    detail
  );
}

/** An open that the page cancelled (or replaced by another): nothing to tell the user but that it stopped. */
export class OpenCancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "OpenCancelledError";
  }
}

export type ProgressListener = (progress: Progress) => void;

export interface EngineClient {
  /**
   * Reads a workbook (its bytes are moved to the worker) and returns what the page draws. Until it resolves, the
   * workbook opened before stays open; `signal` cancels (rejecting with OpenCancelledError).
   */
  open(
    name: string,
    bytes: ArrayBuffer,
    onProgress?: ProgressListener,
    options?: { signal?: AbortSignal }
  ): Promise<DisplayWorkbook>;
  /** Checks the opened workbook; the report is data, rendered by the page in its language. */
  check(onProgress?: ProgressListener, options?: { asOf?: string }): Promise<WorkbookReport>;
  /**
   * The opened workbook with the last check's marks: a fill and a note per flagged cell and a 校验结果 sheet, in the
   * page's language.
   */
  annotate(locale: Locale, onProgress?: ProgressListener): Promise<Uint8Array>;
  dispose(): void;
  /** The opened file's plan targets: its 目标 sheet's, as the last setTargets left it. */
  targets(): Promise<PlanTarget[]>;
  /**
   * Writes plan targets on the opened file's 目标 sheet in the worker (until another file is opened; the user's file
   * is never written): checks and the annotated copy use them. Returns that sheet as it now shows.
   */
  setTargets(targets: PlanTarget[]): Promise<DisplaySheet | null>;
  /** The progress charts' data from the last check (or a check made for them). */
  charts(): Promise<ChartSpec[]>;
  /**
   * 上月文件: last month's workbook (its bytes are moved to the worker), read there and kept for the checks; null
   * forgets it. Rejects with the typed failure when it cannot be read.
   */
  setPrevious(name: string, bytes: ArrayBuffer | null): Promise<void>;
}

interface Pending {
  resolve(response: Response): void;
  reject(error: unknown): void;
  onProgress?: ProgressListener;
  /** The worker asked: when it goes, its calls fail. */
  worker: WorkerLike;
}

export function createEngineClient(spawn: () => WorkerLike): EngineClient {
  let worker: WorkerLike | null = null;
  /** The worker holds an opened workbook: another file is opened in a new worker. */
  let holdsWorkbook = false;
  /**
   * 上月文件, kept here as well: another file opens in a new worker, which is given it before the file, so the
   * checks keep comparing with it (the field still names it).
   */
  let previousFile: { name: string; bytes: ArrayBuffer } | null = null;
  /** The worker that holds it. */
  let previousHolder: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: unknown, of: WorkerLike | null = null) {
    for (const [id, call] of pending)
      if (of === null || call.worker === of) {
        pending.delete(id);
        call.reject(error);
      }
  }

  function wired(): WorkerLike {
    const created = spawn();
    created.onmessage = (event) => {
      const message = event.data;
      const call = pending.get(message.id);
      if (!call) return;
      if (message.type === "progress") {
        call.onProgress?.({ phase: message.phase, done: message.done, total: message.total });
        return;
      }
      pending.delete(message.id);
      if (message.type === "failed")
        call.reject(workerFailure(message.reason, message.detail, message.said));
      else call.resolve(message);
    };
    created.onerror = (event) => {
      // The worker itself failed (its script did not load, or it ran out of memory): start afresh next time.
      const detail = (event as ErrorEvent).message || "the worker stopped";
      created.terminate();
      if (worker === created) {
        worker = null;
        holdsWorkbook = false;
      }
      failAll(workerFailure("internal", detail), created);
    };
    return created;
  }

  function started(): WorkerLike {
    worker ??= wired();
    return worker;
  }

  function call(
    body: RequestBody,
    transfer: Transferable[],
    onProgress?: ProgressListener,
    target: WorkerLike = started()
  ) {
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress, worker: target });
      target.postMessage({ ...body, id } as Request, transfer);
    });
  }

  function expect<T extends Response["type"]>(
    response: Response,
    type: T
  ): Extract<Response, { type: T }> {
    if (response.type !== type) throw workerFailure("internal", `unexpected ${response.type}`);
    return response as Extract<Response, { type: T }>;
  }

  return {
    async open(name, bytes, onProgress, options = {}) {
      const { signal } = options;
      if (signal?.aborted) throw new OpenCancelledError();
      onProgress?.({ phase: "load" });
      // The open workbook stays in its worker until this one has opened.
      const target = holdsWorkbook && worker ? wired() : started();
      const cancel = () => {
        target.terminate();
        if (worker === target) {
          worker = null;
          holdsWorkbook = false;
        }
        failAll(new OpenCancelledError(), target);
      };
      signal?.addEventListener("abort", cancel, { once: true });
      try {
        if (previousFile && target !== previousHolder) {
          const copy = previousFile.bytes.slice(0);
          const given = { type: "previous" as const, name: previousFile.name, bytes: copy };
          expect(await call(given, [copy], undefined, target), "previous");
          previousHolder = target;
        }
        const response = await call({ type: "open", name, bytes }, [bytes], onProgress, target);
        const opened = expect(response, "opened").workbook;
        if (target !== worker) {
          const previous = worker;
          worker = target;
          previous?.terminate();
          if (previous) failAll(workerFailure("internal", "replaced"), previous);
        }
        holdsWorkbook = true;
        return opened;
      } catch (error) {
        if (target !== worker) target.terminate(); // the open workbook's worker carries on
        throw error;
      } finally {
        signal?.removeEventListener("abort", cancel);
      }
    },
    async check(onProgress, options) {
      const body = {
        type: "check" as const,
        ...(options?.asOf ? { asOf: options.asOf } : {}),
      };
      return expect(await call(body, [], onProgress), "checked").report;
    },
    async annotate(locale, onProgress) {
      return new Uint8Array(
        expect(await call({ type: "annotate", locale }, [], onProgress), "annotated").bytes
      );
    },
    async targets() {
      return expect(await call({ type: "targets" }, []), "targets").targets;
    },
    async setTargets(targets) {
      return expect(await call({ type: "setTargets", targets }, []), "targets").sheet ?? null;
    },
    async charts() {
      return expect(await call({ type: "charts" }, []), "charts").charts;
    },
    async setPrevious(name, bytes) {
      // The bytes go to the worker (transferred): a copy stays for the workers of files opened later.
      const kept = bytes ? { name, bytes: bytes.slice(0) } : null;
      previousFile = null;
      const target = started();
      expect(
        await call({ type: "previous", name, bytes }, bytes ? [bytes] : [], undefined, target),
        "previous"
      );
      previousFile = kept;
      previousHolder = target;
    },
    dispose() {
      previousFile = null;
      previousHolder = null;
      worker?.terminate();
      worker = null;
      holdsWorkbook = false;
      failAll(workerFailure("internal", "closed"));
    },
  };
}
