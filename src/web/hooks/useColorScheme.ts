/** The system's light or dark setting (prefers-color-scheme), followed while the page is open. */
import { useEffect, useState } from "react";

const DARK = "(prefers-color-scheme: dark)";

export function useColorScheme(): "light" | "dark" {
  const [query] = useState(() =>
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia(DARK) : null
  );
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const follow = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [query]);
  return dark ? "dark" : "light";
}
