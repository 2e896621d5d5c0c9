/**
 * The result dialog of the ribbon's 校验 (dialog.html, opened with Office.context.ui.displayDialogAsync). It shows the
 * title and lines it is given in its query string — as text, never as HTML — and closes itself after a while, on
 * 关闭 or on Esc, by telling the command (messageParent), which closes it and completes. Tiny on purpose: no React,
 * only the palette from the core.
 */
import { SEVERITY_FILL } from "../core/palette";
import { dialog as enUS } from "../i18n/en-US/dialog";
import { dialog as zhCN } from "../i18n/zh-CN/dialog";

// The dialog's own catalog parts only (not the whole catalog): its bundle stays tiny.
const STRINGS = { "zh-CN": zhCN, "en-US": enUS };

/** Seconds before the dialog closes itself: longer when something failed, so the reason can be read. */
export const AUTO_CLOSE_SECONDS = { ok: 20, warning: 30, error: 60 } as const;

type Tone = keyof typeof AUTO_CLOSE_SECONDS;

export interface DialogContent {
  locale: "zh-CN" | "en-US";
  tone: Tone;
  title: string;
  lines: string[];
}

export function readContent(search: string): DialogContent {
  const params = new URLSearchParams(search);
  const tone = params.get("tone");
  return {
    locale: params.get("lang") === "en-US" ? "en-US" : "zh-CN",
    tone: tone === "ok" || tone === "warning" || tone === "error" ? tone : "ok",
    title: params.get("title") ?? "",
    lines: params.getAll("line"),
  };
}

const TONE_COLOUR: Record<Tone, string> = {
  ok: SEVERITY_FILL.info,
  warning: SEVERITY_FILL.warning,
  error: SEVERITY_FILL.error,
};

/** Fills the page and starts the countdown; `close` tells the opener. Returns a function that stops the timer. */
export function renderDialog(doc: Document, content: DialogContent, close: () => void): () => void {
  const strings = STRINGS[content.locale];
  doc.documentElement.lang = content.locale;
  doc.title = content.title;
  const bar = doc.getElementById("bar");
  if (bar) bar.style.background = TONE_COLOUR[content.tone];
  doc.getElementById("title")!.textContent = content.title;
  const list = doc.getElementById("lines")!;
  for (const line of content.lines) {
    const item = doc.createElement("li");
    item.textContent = line;
    list.appendChild(item);
  }
  const button = doc.getElementById("close") as HTMLButtonElement;
  button.textContent = strings.close;
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    close();
  };
  button.addEventListener("click", finish);
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") finish();
  });
  button.focus();
  let left = AUTO_CLOSE_SECONDS[content.tone];
  const countdown = doc.getElementById("countdown")!;
  countdown.textContent = strings.closesIn(left);
  const timer = setInterval(() => {
    left--;
    countdown.textContent = strings.closesIn(Math.max(0, left));
    if (left <= 0) finish();
  }, 1000);
  return () => clearInterval(timer);
}

function closeDialog(): void {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent("close");
  else window.close();
}

// In the dialog page: show the content at once; messageParent works once Office is ready.
if (typeof document !== "undefined" && document.getElementById("lines")) {
  const content = readContent(window.location.search);
  let ready = typeof Office === "undefined";
  let pending = false;
  renderDialog(document, content, () => {
    if (ready) closeDialog();
    else pending = true;
  });
  if (typeof Office !== "undefined")
    Office.onReady(() => {
      ready = true;
      if (pending) closeDialog();
    });
}
