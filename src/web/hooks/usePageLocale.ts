/**
 * The page's language, switched by the button in the header; the document follows it, and the choice is kept
 * (pageLanguage.ts: localStorage and `?lang=` in the address).
 */
import { useEffect, useRef, useState } from "react";
import type { Locale } from "../../i18n";
import { pageText } from "../../i18n";
import { keepLocale } from "../pageLanguage";

export function usePageLocale(initial: Locale) {
  const [locale, setLocale] = useState<Locale>(initial);
  // Read by the host at every run, so a switch applies to the next check.
  const localeRef = useRef(locale);
  const title = pageText(locale).pageTitle;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);

  const switchLocale = (): Locale => {
    const next: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
    localeRef.current = next;
    setLocale(next);
    keepLocale(next);
    return next;
  };
  return { locale, localeRef, switchLocale };
}
