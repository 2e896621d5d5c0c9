/**
 * The file list's panel loads when the list first has files (a chunk of its own): the page's first bundle stays as
 * small as before the list existed.
 */
import { lazy, Suspense } from "react";
import type { BatchPanelProps } from "./BatchPanel";

const Panel = lazy(() =>
  import(/* webpackChunkName: "web-batch" */ "./BatchPanel").then((m) => ({
    default: m.BatchPanel,
  }))
);

export function LazyBatchPanel(props: BatchPanelProps) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
