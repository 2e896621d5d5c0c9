/** Entry point of the browser page (dist/web.html): no Office, no network beyond the page's own files. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Locale } from "../i18n";
import { createBatchClient, type BatchWorkerLike } from "./batch/batchClient";
import { spawnWorker } from "./spawnWorker";
import { WebApp } from "./WebApp";
import { createEngineClient } from "./workerClient";

performance.mark("web:start");

/** `?lang=en-US` opens the page in English; Chinese otherwise. */
function pageLocale(search: string): Locale {
  const lang = new URLSearchParams(search).get("lang") ?? "";
  return /^en/i.test(lang) ? "en-US" : "zh-CN";
}

const container = document.getElementById("root");
if (container) {
  const client = createEngineClient(spawnWorker);
  // The file list's worker: the same script, a second instance, so a cancel never touches the file in the grid.
  const batchClient = createBatchClient(() => spawnWorker() as unknown as BatchWorkerLike);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp
        client={client}
        batchClient={batchClient}
        initialLocale={pageLocale(window.location.search)}
        onFirstRender={() => requestAnimationFrame(() => performance.mark("web:first-render"))}
      />
    </FluentProvider>
  );
}
