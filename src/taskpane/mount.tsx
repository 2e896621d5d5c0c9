/** Renders the pane (or a notice saying why it cannot run) into the page, in Office's theme and language. */
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { localeFor, type Locale } from "../i18n";
import { App } from "./App";
import { PaneNotice } from "./components/PaneNotice";
import type { PaneHost } from "../ui/host";
import { uiText } from "../i18n";
import { themeForOffice } from "./theme";

export interface OfficeEnvironment {
  /** True when Office.onReady reported Excel as the host. */
  inExcel: boolean;
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string };
  createHost(locale: Locale): PaneHost;
}

const NOTICE_LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export function mountPane(container: HTMLElement, environment: OfficeEnvironment): Root {
  if (!environment.inExcel) return mountNotice(container, "openInExcel");
  const locale = localeFor(environment.displayLanguage);
  return render(
    container,
    locale,
    themeForOffice(environment.officeTheme),
    <App host={environment.createHost(locale)} locale={locale} />
  );
}

/** Outside Excel nobody has told us the user's language: the notice is bilingual, Chinese first. */
export function mountNotice(
  container: HTMLElement,
  notice: "openInExcel" | "officeUnavailable"
): Root {
  const lines = NOTICE_LOCALES.map((locale) => ({ locale, text: uiText(locale)[notice] }));
  return render(container, "zh-CN", webLightTheme, <PaneNotice lines={lines} />);
}

function render(container: HTMLElement, locale: Locale, theme: Theme, content: ReactNode): Root {
  container.ownerDocument.documentElement.lang = locale;
  const root = createRoot(container);
  root.render(<FluentProvider theme={theme}>{content}</FluentProvider>);
  return root;
}
