/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Import it first in every jsdom test of the task pane.
 * Each polyfill is installed only when missing, so a newer jsdom that has the real thing keeps it.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// jsdom's window has no TextEncoder/TextDecoder; the annotated-copy writer (src/file/patch) needs them, as browsers have.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }

  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, "ResizeObserver", {
      value: ResizeObserverStub,
      writable: true,
      configurable: true,
    });
  }

  // jsdom has no layout: offsetParent is always null and <body> measures 0×0. Fluent's focus manager (tabster)
  // reads either as "hidden" and Tab then skips every control. Approximate a laid-out page the size of a task pane:
  // an element is laid out unless it or an ancestor is display:none.
  if (navigator.userAgent.includes("jsdom")) {
    const paneRect = {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 320,
      bottom: 800,
      width: 320,
      height: 800,
    };
    HTMLBodyElement.prototype.getBoundingClientRect = () => ({
      ...paneRect,
      toJSON: () => paneRect,
    });
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement): Element | null {
        for (let element: HTMLElement | null = this; element; element = element.parentElement) {
          if (window.getComputedStyle(element).display === "none") return null;
        }
        return this.parentElement;
      },
    });
  }

  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = () => undefined;
  }
}

export {};
