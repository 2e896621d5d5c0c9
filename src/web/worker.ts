/** The page's worker: reading, checking and writing workbooks happen here, so a large file never freezes the page. */
import { createBatchEngine } from "./batch/batchEngine";
import { isBatchRequest, type BatchRequest, type BatchResponse } from "./batch/batchProtocol";
import { createEngine } from "./engine";
import type { Request, Response } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request | BatchRequest>) => void) | null;
  postMessage(message: Response | BatchResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = createEngine((message, transfer) => scope.postMessage(message, transfer ?? []));
// The page's file list (a worker of its own, the same script): many files, one after another.
const batch = createBatchEngine((message, transfer) => scope.postMessage(message, transfer ?? []));

// One request at a time, in order: a check waits for the open before it.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() =>
    isBatchRequest(request) ? batch.handle(request) : engine.handle(request)
  );
};
