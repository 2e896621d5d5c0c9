/**
 * Starts the page's worker. The only file with `import.meta`: webpack turns this `new Worker(new URL(…))` into a
 * worker chunk of its own; tests pass their own WorkerLike instead of importing it.
 */
import type { WorkerLike } from "./workerClient";

export function spawnWorker(): WorkerLike {
  return new Worker(
    /* webpackChunkName: "web-worker" */ new URL("./worker.ts", import.meta.url)
  ) as unknown as WorkerLike;
}
