/** Entry point of the browser page (dist/web.html): no Office, no network beyond the page's own files. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { browserLanguageSources, keepLocale, startingLocale } from "./pageLanguage";
import { spawnWorker } from "./spawnWorker";
import { WebApp } from "./WebApp";
import { createEngineClient } from "./workerClient";

performance.mark("web:start");

const container = document.getElementById("root");
if (container) {
  const client = createEngineClient(spawnWorker);
  // The browser's language unless one was chosen (a link's ?lang=, or the button on an earlier visit): kept.
  const start = startingLocale(browserLanguageSources());
  if (start.chosen) keepLocale(start.locale);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp
        client={client}
        initialLocale={start.locale}
        onFirstRender={() => requestAnimationFrame(() => performance.mark("web:first-render"))}
      />
    </FluentProvider>
  );
}
