/**
 * Starts the page's worker in the one-file build (dist/breakdown-check.html), where webpack puts this file in the
 * place of spawnWorker.ts: a page opened from file:// has no folder to load a worker script from, so the worker's
 * script, built beforehand as one file, is part of the page's own script and starts from a Blob URL.
 */
import workerSource from "breakdown-check-one-file-worker";
import type { WorkerLike } from "./workerClient";

export function spawnWorker(): WorkerLike {
  const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const worker = new Worker(url);
  // The URL lives as long as its worker: a page that starts a new worker for each file does not pile them up.
  const terminate = worker.terminate.bind(worker);
  worker.terminate = () => {
    terminate();
    URL.revokeObjectURL(url);
  };
  return worker as unknown as WorkerLike;
}
