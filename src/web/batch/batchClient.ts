/**
 * The file list's side of its worker: one call per request, answered by a promise. `cancel` stops the worker at
 * once (terminate: a file half checked is not waited for) and fails what was pending; the next call starts a new one.
 */
import type { Locale } from "../../i18n";
import { failure, FailureError } from "../../i18n/failure";
import type { FailureReason } from "../protocol";
import { workerFailure } from "../workerClient";
import type {
  BatchRequest,
  BatchRequestBody,
  BatchResponse,
  FileCheck,
  Reason,
} from "./batchProtocol";

/** The worker as the batch client needs it (a Worker, or an in-process one in tests). */
export interface BatchWorkerLike {
  postMessage(message: BatchRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<BatchResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/** One file's outcome: checked (with its copy when asked for), or unreadable and why. */
export type FileOutcome =
  | { kind: "checked"; check: FileCheck; copy?: Uint8Array; copyFailure?: Reason }
  | { kind: "unreadable"; reason: FailureReason; why: Reason };

export interface BatchClient {
  /** Reads and checks one file (its bytes are moved to the worker); with `copyLocale`, also its annotated copy. */
  checkFile(name: string, bytes: ArrayBuffer, copyLocale?: Locale): Promise<FileOutcome>;
  /** The copies as one .zip. */
  zip(entries: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array>;
  /** A one-sheet .xlsx of these rows. */
  xlsx(sheet: string, rows: string[][]): Promise<Uint8Array>;
  /** Stops the worker now; pending calls fail with `cancelled`. */
  cancel(): void;
}

/** What a cancelled call rejects with. */
export class BatchCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "BatchCancelled";
  }
}

interface Pending {
  resolve(response: BatchResponse): void;
  reject(error: unknown): void;
}

export function createBatchClient(spawn: () => BatchWorkerLike): BatchClient {
  let worker: BatchWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: unknown) {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  function started(): BatchWorkerLike {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = (event) => {
      const message = event.data;
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.type === "failed") call.reject(workerFailure(message.reason, message.detail));
      else call.resolve(message);
    };
    created.onerror = (event) => {
      const detail = (event as ErrorEvent).message || "the worker stopped";
      created.terminate();
      if (worker === created) worker = null;
      failAll(workerFailure("internal", detail));
    };
    worker = created;
    return created;
  }

  function call(body: BatchRequestBody, transfer: Transferable[]): Promise<BatchResponse> {
    const id = nextId++;
    return new Promise<BatchResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      started().postMessage({ ...body, id } as BatchRequest, transfer);
    });
  }

  function bytesOf(response: BatchResponse): Uint8Array {
    if (response.type !== "batch-bytes")
      throw new FailureError(failure("internal"), `unexpected ${response.type}`);
    return new Uint8Array(response.bytes);
  }

  return {
    async checkFile(name, bytes, copyLocale) {
      const body = {
        type: "batch-file" as const,
        name,
        bytes,
        ...(copyLocale ? { copyLocale } : {}),
      };
      const response = await call(body, [bytes]);
      if (response.type === "batch-unreadable")
        return { kind: "unreadable", reason: response.reason, why: response.why };
      if (response.type !== "batch-checked")
        throw new FailureError(failure("internal"), `unexpected ${response.type}`);
      return {
        kind: "checked",
        check: response.check,
        ...(response.copy ? { copy: new Uint8Array(response.copy) } : {}),
        ...(response.copyFailure ? { copyFailure: response.copyFailure } : {}),
      };
    },
    async zip(entries) {
      // Copies of the bytes are moved, so the page keeps its own until the zip is saved.
      const moved = entries.map((e) => ({
        name: e.name,
        bytes: e.bytes.slice().buffer as ArrayBuffer,
      }));
      return bytesOf(
        await call(
          { type: "batch-zip", entries: moved },
          moved.map((e) => e.bytes)
        )
      );
    },
    async xlsx(sheet, rows) {
      return bytesOf(await call({ type: "batch-xlsx", sheet, rows }, []));
    },
    cancel() {
      worker?.terminate();
      worker = null;
      failAll(new BatchCancelled());
    },
  };
}
