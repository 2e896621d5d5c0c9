/** Entry point of the browser page (dist/web.html): no Office, no network beyond the page's own files. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useColorScheme } from "./hooks/useColorScheme";
import { createRoot } from "react-dom/client";
import { createBatchClient, type BatchWorkerLike } from "./batch/batchClient";
import { browserLanguageSources, keepLocale, startingLocale } from "./pageLanguage";
import { spawnWorker } from "./spawnWorker";
import { WebApp } from "./WebApp";
import { createEngineClient } from "./workerClient";

performance.mark("web:start");

/** Fluent's light or dark theme, as the system is set (the sheet itself stays as Excel draws it). */
function ThemedPage({ children }: { children: ReactNode }) {
  const scheme = useColorScheme();
  return (
    <FluentProvider theme={scheme === "dark" ? webDarkTheme : webLightTheme}>
      {children}
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) {
  const client = createEngineClient(spawnWorker);
  // The file list's worker: the same script, a second instance, so a cancel never touches the file in the grid.
  const batchClient = createBatchClient(() => spawnWorker() as unknown as BatchWorkerLike);
  // The browser's language unless one was chosen (a link's ?lang=, or the button on an earlier visit): kept.
  const start = startingLocale(browserLanguageSources());
  if (start.chosen) keepLocale(start.locale);
  createRoot(container).render(
    <ThemedPage>
      <WebApp
        client={client}
        batchClient={batchClient}
        initialLocale={start.locale}
        onFirstRender={() => requestAnimationFrame(() => performance.mark("web:first-render"))}
      />
    </ThemedPage>
  );
}
