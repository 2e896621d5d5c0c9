/**
 * The page's language: a choice (the language button, or `?lang=` in a link) wins and is kept — in localStorage for
 * the next visit, and in the address so that a reload or a shared link keeps it; without one, the browser's language
 * decides (zh-* → Chinese, anything else → English).
 */
import type { Locale } from "../i18n";

const STORAGE_KEY = "breakdown-check.lang";

export interface LanguageSources {
  /** `location.search` */
  search: string;
  /** `navigator.languages` (or `[navigator.language]`). */
  languages: readonly string[];
  storage: Pick<Storage, "getItem" | "setItem"> | null;
}

function asLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  if (/^zh(-|$)/i.test(value)) return "zh-CN";
  if (/^en(-|$)/i.test(value)) return "en-US";
  return null;
}

function stored(storage: LanguageSources["storage"]): Locale | null {
  try {
    return asLocale(storage?.getItem(STORAGE_KEY));
  } catch {
    return null; // storage refused (a private window's policy): the browser's language then
  }
}

/** The language to start in, and whether the user chose it (then it is kept in the address and storage). */
export function startingLocale(sources: LanguageSources): { locale: Locale; chosen: boolean } {
  const fromLink = asLocale(new URLSearchParams(sources.search).get("lang"));
  if (fromLink) return { locale: fromLink, chosen: true };
  const kept = stored(sources.storage);
  if (kept) return { locale: kept, chosen: true };
  const first = sources.languages.find((l) => l.trim() !== "") ?? "";
  return { locale: /^zh(-|$)/i.test(first) ? "zh-CN" : "en-US", chosen: false };
}

/** Keeps a chosen language: in storage, and as `?lang=` in the address (the page is not reloaded). */
export function keepLocale(locale: Locale, win: Window = window): void {
  try {
    win.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage refused: the address still keeps it
  }
  const url = new URL(win.location.href);
  if (url.searchParams.get("lang") === locale) return;
  url.searchParams.set("lang", locale);
  win.history.replaceState(win.history.state, "", url.toString());
}

/** The page's sources in a browser. */
export function browserLanguageSources(win: Window = window): LanguageSources {
  let storage: LanguageSources["storage"] = null;
  try {
    storage = win.localStorage;
  } catch {
    storage = null;
  }
  const languages = win.navigator.languages?.length
    ? win.navigator.languages
    : [win.navigator.language];
  return { search: win.location.search, languages, storage };
}
