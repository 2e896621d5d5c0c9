/** @jest-environment jsdom */
/** The pane's 通报 section: the bulletin's text, 复制 (clipboard, fallback, visible result), the ranked tables. */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { buildBulletin } from "../../src/core/bulletin/build";
import { checkWorkbook } from "../../src/core/check";
import { renderBulletin } from "../../src/i18n";
import { dispatchSheet } from "../support/dispatch";
import { fakeHost, YONGCHUAN_REPORT } from "./fakeHost";
import { renderPane } from "./renderPane";

const REPORT = checkWorkbook({ sheets: [dispatchSheet()] });
const TEXT = renderBulletin(buildBulletin(REPORT.progress!));

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

function setExecCommand(result: boolean | "throws") {
  const exec = jest.fn(() => {
    if (result === "throws") throw new Error("not supported");
    return result;
  });
  Object.defineProperty(document, "execCommand", { value: exec, configurable: true });
  return exec;
}

/** Renders the pane and runs the check; `host` sets the clipboard up after user-event has installed its own. */
async function openBulletin(
  locale: "zh-CN" | "en-US" = "zh-CN",
  host: () => void = () => undefined
) {
  const user = await renderPane(fakeHost(REPORT), locale);
  host();
  await user.click(screen.getByRole("button", { name: locale === "zh-CN" ? "校验" : "Check" }));
  const section = await screen.findByRole("region", {
    name: locale === "zh-CN" ? "通报" : "Bulletin",
  });
  return { user, section };
}

afterEach(() => {
  setClipboard(undefined);
  jest.restoreAllMocks();
});

it("shows the bulletin's paragraphs and each indicator's ranked table with lights", async () => {
  const { section } = await openBulletin();
  const paragraphs = Array.from(section.querySelectorAll("[data-bulletin-text] p")).map(
    (p) => p.textContent
  );
  expect(paragraphs).toEqual(TEXT.split("\n"));
  const tables = within(section).getAllByRole("table");
  expect(tables.map((t) => t.querySelector("caption")!.textContent)).toEqual([
    "高新技术企业按完成率排名（单位：家），截至2024年9月底",
    "科技型企业按完成率排名（单位：家），截至2024年9月底",
  ]);
  const rows = within(tables[0])
    .getAllByRole("row")
    .map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent));
  expect(rows[0]).toEqual([
    "排名",
    "镇街",
    "目标",
    "已完成",
    "完成率",
    "与时序进度差（百分点）",
    "预警",
  ]);
  expect(rows[1]).toEqual(["1", "双河口镇", "20", "22", "110.0%", "+35.0", "—"]);
  expect(rows[8]).toEqual(["8", "关坝镇", "10", "3", "30.0%", "-45.0", "红灯"]);
  const lights = Array.from(tables[0].querySelectorAll("tbody tr")).map((r) =>
    r.getAttribute("data-light")
  );
  expect(lights).toEqual(["green", "green", "green", "green", "green", "yellow", "red", "red"]);
  expect(tables[0].querySelectorAll('tbody [data-light="red"] svg')).toHaveLength(2);
});

it("复制 writes the whole text to the clipboard and says so", async () => {
  const writeText = jest.fn(async () => undefined);
  const { user, section } = await openBulletin("zh-CN", () => setClipboard(writeText));
  const status = within(section).getByRole("status");
  expect(status).toHaveTextContent("");
  await user.click(within(section).getByRole("button", { name: "复制" }));
  expect(writeText).toHaveBeenCalledWith(TEXT);
  expect(status).toHaveTextContent("已复制到剪贴板");
});

it("the clipboard refused: the copy command is the fallback", async () => {
  const exec = setExecCommand(true);
  const { user, section } = await openBulletin("zh-CN", () =>
    setClipboard(async () => {
      throw new Error("NotAllowedError");
    })
  );
  await user.click(within(section).getByRole("button", { name: "复制" }));
  expect(exec).toHaveBeenCalledWith("copy");
  expect(within(section).getByRole("status")).toHaveTextContent("已复制到剪贴板");
  // The helper textarea is gone again.
  expect(document.querySelector("textarea[readonly]")).toBeNull();
});

it("both refused: the text is selected for Ctrl+C and the pane says so", async () => {
  setExecCommand("throws");
  const { user, section } = await openBulletin("zh-CN", () => setClipboard(undefined));
  await user.click(within(section).getByRole("button", { name: "复制" }));
  expect(within(section).getByRole("status")).toHaveTextContent(
    "无法写入剪贴板，已选中通报文字，请按 Ctrl+C 复制"
  );
  expect(window.getSelection()!.toString().replace(/\s+/g, "")).toBe(TEXT.replace(/\s+/g, ""));
});

it("in English, the same facts", async () => {
  const { section } = await openBulletin("en-US");
  expect(section).toHaveTextContent(/As of the end of September 2024 \(time progress 75\.0%\)/);
  expect(within(section).getByRole("button", { name: "Copy" })).toBeInTheDocument();
});

it("no 通报 section where no table has actuals", async () => {
  const user = await renderPane(fakeHost(YONGCHUAN_REPORT));
  await user.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole("region", { name: "校验结果" });
  expect(screen.queryByRole("region", { name: "通报" })).not.toBeInTheDocument();
});
