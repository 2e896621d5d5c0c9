/** Renders the task pane over a host, in Fluent's light theme, and waits for its first read (the workbook's targets). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/ui/host";

/** The date the pane's as-of field starts from in tests. */
export const TODAY = new Date(2024, 6, 15);

export async function renderPane(host: PaneHost, locale: Locale = "zh-CN") {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} locale={locale} today={TODAY} />
    </FluentProvider>
  );
  // The pane reads the workbook's targets when it opens.
  await act(async () => undefined);
  return user;
}
