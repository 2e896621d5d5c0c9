/**
 * One tab stop for a list of buttons: the arrow keys (and Home/End) move between them, and Tab enters the list at
 * the one last focused — the roving tabindex of the WAI-ARIA practices, done on the list's own buttons. Used in
 * place of Fluent's arrow navigation groups, whose focus sentinels (focusable, aria-hidden `<i>` elements around
 * the group) axe reports as aria-hidden-focus.
 */
import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from "react";

export type RovingAxis = "vertical" | "horizontal";

const KEYS: Record<RovingAxis, { next: string; previous: string }> = {
  vertical: { next: "ArrowDown", previous: "ArrowUp" },
  horizontal: { next: "ArrowRight", previous: "ArrowLeft" },
};

/**
 * `start`: a selector for the item Tab enters at before any was focused (the selected tab); the first otherwise.
 * Spread `ref`, `onFocus` and `onKeyDown` on the element that holds the buttons.
 */
export function useRovingFocus<T extends HTMLElement>(axis: RovingAxis, start?: string) {
  const ref = useRef<T>(null);
  const last = useRef<HTMLElement | null>(null);

  const items = useCallback(
    () => Array.from(ref.current?.querySelectorAll<HTMLElement>("button:not([disabled])") ?? []),
    []
  );
  const settle = useCallback(
    (active: HTMLElement | undefined) => {
      for (const item of items()) item.tabIndex = item === active ? 0 : -1;
    },
    [items]
  );

  // After each render of the list: exactly one of its buttons is a tab stop.
  useLayoutEffect(() => {
    const list = items();
    if (list.length === 0) return;
    const preferred = start ? ref.current?.querySelector<HTMLElement>(start) : null;
    const kept = last.current && list.includes(last.current) ? last.current : null;
    settle(kept ?? (preferred && list.includes(preferred) ? preferred : list[0]));
  });

  const onFocus = useCallback(
    (event: FocusEvent<T>) => {
      const item = (event.target as HTMLElement).closest("button");
      if (!item || !items().includes(item)) return;
      last.current = item;
      settle(item);
    },
    [items, settle]
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      const list = items();
      const at = list.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      const { next, previous } = KEYS[axis];
      const to =
        event.key === next
          ? Math.min(at + 1, list.length - 1)
          : event.key === previous
            ? Math.max(at - 1, 0)
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? list.length - 1
                : -1;
      if (to < 0) return;
      event.preventDefault();
      list[to].focus();
    },
    [axis, items]
  );

  return { ref, onFocus, onKeyDown };
}
