/** The page's worker: reading, checking and writing workbooks happen here, so a large file never freezes the page. */
import { createEngine } from "./engine";
import type { Request, Response } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = createEngine((message, transfer) => scope.postMessage(message, transfer ?? []));

// One request at a time, in order: a check waits for the open before it.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => engine.handle(event.data));
};
