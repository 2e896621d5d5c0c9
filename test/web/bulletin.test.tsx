/** @jest-environment jsdom */
/** The page's 通报 section: the same shared component as the pane's, on the page's report. */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildBulletin } from "../../src/core/bulletin/build";
import { checkWorkbook } from "../../src/core/check";
import { renderBulletin, type Locale } from "../../src/i18n";
import type { DisplayWorkbook } from "../../src/web/display";
import { WebApp } from "../../src/web/WebApp";
import type { EngineClient } from "../../src/web/workerClient";
import { dispatchSheet } from "../support/dispatch";

const REPORT = checkWorkbook({ sheets: [dispatchSheet()] });

const WORKBOOK: DisplayWorkbook = {
  name: "9月调度.xlsx",
  sheets: [
    {
      name: "9月",
      hidden: false,
      rows: 1,
      columns: 1,
      columnWidths: [64],
      rowHeights: [20],
      hiddenRows: [],
      hiddenColumns: [],
      frozenRows: 0,
      frozenColumns: 0,
      merges: [],
      rowStart: Int32Array.from([0, 1]),
      cellColumns: Int32Array.from([0]),
      cellStyles: Int32Array.from([0]),
      texts: ["2024年1-9月科技创新主要指标月调度情况表"],
      styles: [{ align: "left", valign: "bottom" }],
    },
  ],
};

function client(): EngineClient {
  return {
    open: jest.fn(async () => WORKBOOK),
    check: jest.fn(async () => REPORT),
    annotate: jest.fn(async () => Uint8Array.from([0x50, 0x4b, 3, 4])),
    dispose: jest.fn(),
    targets: jest.fn(async () => []),
    setTargets: jest.fn(async () => null),
    charts: jest.fn(async () => []),
  } as unknown as EngineClient;
}

async function checked(locale: Locale) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebApp client={client()} initialLocale={locale} />
    </FluentProvider>
  );
  const file = new File(["x"], "9月调度.xlsx");
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(4) });
  const input = screen.getByTestId("file-input");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
  await screen.findByRole("heading", { level: 2, name: "9月调度.xlsx" });
  await user.click(screen.getByRole("button", { name: locale === "zh-CN" ? "校验" : "Check" }));
  return {
    user,
    section: await screen.findByRole("region", { name: locale === "zh-CN" ? "通报" : "Bulletin" }),
  };
}

it("after 校验: the bulletin, its ranked tables, and 复制 to the clipboard with a visible result", async () => {
  const { user, section } = await checked("zh-CN");
  const text = renderBulletin(buildBulletin(REPORT.progress!));
  expect(
    Array.from(section.querySelectorAll("[data-bulletin-text] p")).map((p) => p.textContent)
  ).toEqual(text.split("\n"));
  expect(within(section).getAllByRole("table")).toHaveLength(2);
  const writeText = jest.fn(async () => undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  await user.click(within(section).getByRole("button", { name: "复制" }));
  expect(writeText).toHaveBeenCalledWith(text);
  expect(within(section).getByRole("status")).toHaveTextContent("已复制到剪贴板");
});

it("in English on the English page", async () => {
  const { section } = await checked("en-US");
  expect(section).toHaveTextContent(
    "ranked by completion rate, the top three are 双河口镇 (110.0%)"
  );
});
