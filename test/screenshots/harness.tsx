/**
 * Dev-only page for the README's screenshots of the task pane (test/screenshots/shoot.js): the real App over a
 * scripted PaneHost that answers with a report computed from seeds/yongchuan.xlsx plus a progress bulletin. Not
 * part of any production bundle.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WorkbookReport } from "../../src/core/check";
import type { PlanTarget } from "../../src/core/model";
import type { Locale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import type { HostCapabilities, PaneHost } from "../../src/ui/host";

interface HarnessData {
  report: WorkbookReport;
  targets: PlanTarget[];
  capabilities: HostCapabilities;
  dark: boolean;
  locale: Locale;
  /** The pane's "today" (fixed, so the screenshots do not change with the date). */
  today: string;
}

const data = (window as unknown as { __PANE__: HarnessData }).__PANE__;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stored = data.targets;
const host: PaneHost = {
  async runCheck(options = {}) {
    for (const step of ["read", "check", "mark"] as const) {
      options.onProgress?.(step);
      await pause(30);
    }
    return data.report;
  },
  clearMarks: async () => undefined,
  select: async () => undefined,
  readTargets: async () => stored,
  saveTargets: async (targets) => {
    stored = targets;
  },
  capabilities: () => data.capabilities,
  insertCharts: async () => ({ sheet: "进度图表", charts: 2 }),
};

document.documentElement.lang = data.locale;
document.body.style.margin = "0";
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={data.dark ? webDarkTheme : webLightTheme}>
    <App host={host} locale={data.locale} today={new Date(data.today)} />
  </FluentProvider>
);
