/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The page's plan targets and charts against the real worker engine (run in-process) on 永川: the editor reads the
 * file's 目标 sheet, a target edited or pasted goes into the check (target-not-met disappears and comes back), onto
 * the 目标 sheet the page shows and into the download's; another file re-reads its own; 显示进度图表 shows the
 * charts with their data.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import { readTargetSheet } from "../../src/core/targets/targetSheet";
import { createEngine } from "../../src/web/engine";
import type { Request, Response } from "../../src/web/protocol";
import { WebApp } from "../../src/web/WebApp";
import { createEngineClient, type WorkerLike } from "../../src/web/workerClient";
import { SEEDS_DIR } from "../support/seeds";

jest.setTimeout(60_000);

const drawChart = jest.fn((_canvas: HTMLCanvasElement, _config: unknown) => ({
  destroy: jest.fn(),
}));
jest.mock("../../src/web/charts/draw", () => ({
  drawChart: (canvas: HTMLCanvasElement, config: unknown) => drawChart(canvas, config),
}));

class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private readonly engine = createEngine((message) =>
    setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<Response>))
  );
  private queue = Promise.resolve();

  postMessage(message: Request): void {
    this.queue = this.queue.then(() => this.engine.handle(message));
  }

  terminate(): void {}
}

function chooseSeed(file: string) {
  const bytes = readFileSync(path.join(SEEDS_DIR, file));
  const picked = new File(["x"], file);
  Object.defineProperty(picked, "stream", { value: undefined });
  Object.defineProperty(picked, "arrayBuffer", {
    value: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });
  const input = screen.getByTestId("file-input");
  Object.defineProperty(input, "files", { value: [picked], configurable: true });
  fireEvent.change(input);
}

function renderPage() {
  const client = createEngineClient(() => new InProcessWorker());
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebApp client={client} initialLocale="zh-CN" />
    </FluentProvider>
  );
  return { client, user };
}

const F10 = /^F10 错误：2025年合计420，未达到计划目标/;

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole("region", { name: "校验结果" }, { timeout: 20_000 });
}

test("targets edited or pasted in the page go into the check, the 目标 sheet shown and the download's", async () => {
  const { client, user } = renderPage();
  chooseSeed("yongchuan.xlsx");
  await screen.findByRole("heading", { level: 2, name: "yongchuan.xlsx" }, { timeout: 20_000 });
  // The file's own targets, read when it opened.
  const header = await screen.findByRole("button", { name: "计划目标（6）" });
  await check(user);
  expect(screen.getByRole("button", { name: F10 })).toBeInTheDocument();

  // 高新技术企业 2025 超过 420 → 400: the total 420 meets it.
  await user.click(header);
  await user.click(screen.getByRole("button", { name: "编辑目标：高新技术企业 2025年 超过 420" }));
  const value = screen.getByRole("textbox", { name: /^目标值/ });
  await user.clear(value);
  await user.type(value, "400");
  await user.click(screen.getByRole("button", { name: "确定" }));
  expect(screen.getByText("有未应用的修改")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "校验" })); // applies the change first
  await screen.findByText("校验前已应用修改后的目标。", undefined, { timeout: 20_000 });
  await screen.findByRole("region", { name: "校验结果" }, { timeout: 20_000 });
  expect(screen.queryByRole("button", { name: F10 })).not.toBeInTheDocument();
  const list = screen.getByRole("list", { name: "计划目标" });
  expect(within(list).getByText("高新技术企业 2025年 超过 400").closest("li")).toHaveTextContent(
    "已达到"
  );

  // The plan's sentence pasted and applied: 突破500 is not met by 420.
  await user.click(screen.getByRole("textbox", { name: "规划原文" }));
  await user.paste("到2025年，全区高新技术企业突破500家");
  await user.click(screen.getByRole("button", { name: "识别" }));
  await user.click(screen.getByRole("button", { name: "添加 1 条" }));
  await user.click(screen.getByRole("button", { name: "应用到校验" }));
  await screen.findByText("本页的校验和标注副本使用这些目标");
  await user.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole(
    "button",
    { name: /^F10 错误：2025年合计420，未达到计划目标“突破500家”/ },
    { timeout: 20_000 }
  );

  // The 目标 sheet the page shows holds them; each target's place there is where the copy has it.
  await user.click(screen.getByRole("tab", { name: /^目标/ }));
  const shown = screen.getByRole("region", { name: "工作表“目标”" });
  expect(shown.querySelector('[data-cell="D3"]')).toHaveTextContent("400");
  expect(shown.querySelector('[data-cell="A8"]')).toHaveTextContent("高新技术企业");
  expect(shown.querySelector('[data-cell="D8"]')).toHaveTextContent("500");

  const copy = await client.annotate("zh-CN");
  const { grid } = await readWorkbookBytes(copy);
  const targets = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!.targets;
  expect(targets.map((t) => [t.indicator, t.period, t.op, t.value, t.from?.cell])).toContainEqual([
    "高新技术企业",
    "2025",
    ">",
    400,
    "A3",
  ]);
  expect(targets.map((t) => [t.indicator, t.value, t.from?.cell])).toContainEqual([
    "高新技术企业",
    500,
    "A8",
  ]);

  // Another file: its own targets, read from its 目标 sheet.
  const liangping = await readWorkbookBytes(
    new Uint8Array(readFileSync(path.join(SEEDS_DIR, "liangping.xlsx")))
  );
  const own = readTargetSheet(liangping.grid.sheets.find((s) => s.name === "目标")!)!.targets;
  expect(own.length).not.toBe(7);
  chooseSeed("liangping.xlsx");
  await screen.findByRole("heading", { level: 2, name: "liangping.xlsx" }, { timeout: 20_000 });
  await screen.findByRole("button", { name: `计划目标（${own.length}）` }, { timeout: 20_000 });
  client.dispose();
});

test("显示进度图表 checks first, then shows each chart with its caption and its data as a table", async () => {
  const { client, user } = renderPage();
  chooseSeed("yongchuan.xlsx");
  await screen.findByRole("heading", { level: 2, name: "yongchuan.xlsx" }, { timeout: 20_000 });
  await user.click(screen.getByRole("button", { name: "显示进度图表" }));
  const section = await screen.findByRole("region", { name: "进度图表" }, { timeout: 20_000 });
  // The check ran (findings listed), and the section took focus.
  expect(screen.getByRole("region", { name: "问题清单" })).toBeInTheDocument();
  await waitFor(() => expect(within(section).getAllByRole("figure")).toHaveLength(3));
  expect(document.activeElement).toBe(within(section).getByRole("heading", { name: "进度图表" }));
  expect(screen.getByTestId("status")).toHaveTextContent("已显示 3 张进度图表");

  const figure = within(section).getAllByRole("figure")[1];
  expect(figure).toHaveTextContent("高新技术企业：各年度合计与计划目标");
  const table = within(figure).getByRole("table", {
    name: "图表数据：高新技术企业：各年度合计与计划目标",
  });
  const rows = Array.from(table.querySelectorAll("tr")).map((row) =>
    Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent)
  );
  expect(rows).toEqual([
    ["年度", "各年度合计", "计划目标"],
    ["2022年", "227", "—"],
    ["2023年", "280", "—"],
    ["2024年", "350", "—"],
    ["2025年", "420", "420"],
    ["2026年", "510", "—"],
    ["2027年", "600", "600"],
  ]);
  await waitFor(() => expect(drawChart).toHaveBeenCalledTimes(3));
  const config = drawChart.mock.calls[1][1] as {
    data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] };
  };
  expect(config.data.labels).toEqual(["2022年", "2023年", "2024年", "2025年", "2026年", "2027年"]);
  expect(config.data.datasets.map((d) => d.label)).toEqual(["各年度合计", "计划目标"]);
  expect(config.data.datasets[1].data).toEqual([null, null, null, 420, null, 600]);

  // 清除标记 takes the charts away with the marks.
  await user.click(screen.getByRole("button", { name: "清除标记" }));
  await waitFor(() =>
    expect(screen.queryByRole("region", { name: "进度图表" })).not.toBeInTheDocument()
  );
  client.dispose();
});

test("another file opened: its targets show 读取中 until read; an edit begun on the previous file never lands on it", async () => {
  const engine = createEngineClient(() => new InProcessWorker());
  // The next file's targets are read only when the test says so: the moment between the file showing and its
  // targets being read is held open.
  let release: () => void = () => undefined;
  let held: Promise<void> | null = null;
  const client = {
    ...engine,
    async targets() {
      if (held) await held;
      return engine.targets();
    },
  };
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebApp client={client} initialLocale="zh-CN" />
    </FluentProvider>
  );
  chooseSeed("yongchuan.xlsx");
  await screen.findByRole("heading", { level: 2, name: "yongchuan.xlsx" }, { timeout: 20_000 });
  await user.click(await screen.findByRole("button", { name: "计划目标（6）" }));
  // A form opened on 永川's target, not yet confirmed.
  await user.click(screen.getByRole("button", { name: "编辑目标：高新技术企业 2025年 超过 420" }));
  const value = screen.getByRole("textbox", { name: /^目标值/ });
  await user.clear(value);
  await user.type(value, "400");

  held = new Promise<void>((resolve) => (release = resolve));
  chooseSeed("liangping.xlsx");
  await screen.findByRole("heading", { level: 2, name: "liangping.xlsx" }, { timeout: 20_000 });
  // 梁平 shows; its targets are being read: none of 永川's are shown, and nothing can be edited or applied.
  expect(screen.getByText("正在读取工作簿中的目标…")).toBeInTheDocument();
  expect(screen.queryByRole("list", { name: "计划目标" })).not.toBeInTheDocument();
  expect(screen.queryByRole("textbox", { name: /^目标值/ })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "确定" })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "添加目标" })).toHaveAttribute("aria-disabled", "true");

  release();
  const liangping = await readWorkbookBytes(
    new Uint8Array(readFileSync(path.join(SEEDS_DIR, "liangping.xlsx")))
  );
  const own = readTargetSheet(liangping.grid.sheets.find((s) => s.name === "目标")!)!.targets;
  await screen.findByRole("button", { name: `计划目标（${own.length}）` }, { timeout: 20_000 });
  // Its own targets, unchanged; no form left open from the previous file.
  expect(screen.queryByText("有未应用的修改")).not.toBeInTheDocument();
  expect(screen.queryByRole("textbox", { name: /^目标值/ })).not.toBeInTheDocument();
  await check(user);
  const inWorker = await engine.targets();
  expect(inWorker.map((t) => [t.indicator, t.period, t.op, t.value])).toEqual(
    own.map((t) => [t.indicator, t.period, t.op, t.value])
  );
  engine.dispose();
});
