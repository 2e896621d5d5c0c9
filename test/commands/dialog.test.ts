/** @jest-environment jsdom */
/** The result dialog page: its text as given (never HTML), 关闭 / Esc / the countdown close it once. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dialogUrl } from "../../src/commands/outcome";
import { AUTO_CLOSE_SECONDS, readContent, renderDialog } from "../../src/commands/dialog";

const PAGE = readFileSync(path.resolve(__dirname, "../../src/commands/dialog.html"), "utf8");

function page(): Document {
  document.documentElement.innerHTML = PAGE.replace(/^[\s\S]*?<html[^>]*>/, "").replace(
    /<\/html>\s*$/,
    ""
  );
  return document;
}

const OUTCOME = {
  tone: "error" as const,
  title: "校验完成",
  lines: [
    "共检查 5 张表：错误 5 处，警告 1 处；已写入“校验结果”表",
    "<img src=x onerror=alert(1)>",
  ],
};

afterEach(() => jest.useRealTimers());

test("the URL carries the outcome; the page reads it back", () => {
  const url = dialogUrl("https://localhost:3000/commands.html", OUTCOME, "zh-CN");
  expect(url.startsWith("https://localhost:3000/dialog.html?")).toBe(true);
  expect(readContent(new URL(url).search)).toEqual({ locale: "zh-CN", ...OUTCOME });
  expect(readContent("?tone=weird")).toMatchObject({ tone: "ok", locale: "zh-CN", lines: [] });
});

test("shows the title and lines as text, and closes once on 关闭", () => {
  const doc = page();
  const close = jest.fn();
  const stop = renderDialog(doc, { locale: "zh-CN", ...OUTCOME }, close);
  expect(doc.getElementById("title")!.textContent).toBe("校验完成");
  const items = [...doc.querySelectorAll("#lines li")].map((li) => li.textContent);
  expect(items).toEqual(OUTCOME.lines);
  expect(doc.querySelector("#lines img")).toBeNull(); // text, not HTML
  const button = doc.getElementById("close") as HTMLButtonElement;
  expect(button.textContent).toBe("关闭");
  expect(doc.activeElement).toBe(button);
  button.click();
  button.click();
  expect(close).toHaveBeenCalledTimes(1);
  stop();
});

test("Esc closes it; in English the button says Close", () => {
  const doc = page();
  const close = jest.fn();
  renderDialog(doc, { locale: "en-US", tone: "ok", title: "Check complete", lines: [] }, close);
  expect(doc.getElementById("close")!.textContent).toBe("Close");
  expect(doc.documentElement.lang).toBe("en-US");
  doc.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
  expect(close).toHaveBeenCalledTimes(1);
});

test("closes itself when the countdown ends, later when something failed", () => {
  jest.useFakeTimers();
  const doc = page();
  const close = jest.fn();
  renderDialog(doc, { locale: "zh-CN", tone: "ok", title: "校验完成", lines: [] }, close);
  expect(doc.getElementById("countdown")!.textContent).toBe(
    `${AUTO_CLOSE_SECONDS.ok} 秒后自动关闭`
  );
  jest.advanceTimersByTime((AUTO_CLOSE_SECONDS.ok - 1) * 1000);
  expect(close).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1000);
  expect(close).toHaveBeenCalledTimes(1);
  expect(AUTO_CLOSE_SECONDS.error).toBeGreaterThan(AUTO_CLOSE_SECONDS.ok);
});
