/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The page's 计划目标 paste with a whole plan document, against the real worker engine (run in-process) on 永川: the
 * file's own targets deleted, target-not-met goes; the 永川 plan pasted whole, its headline targets confirmed and
 * applied, target-not-met comes back from them.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createEngine } from "../../src/web/engine";
import type { Request, Response } from "../../src/web/protocol";
import { WebApp } from "../../src/web/WebApp";
import { createEngineClient, type WorkerLike } from "../../src/web/workerClient";
import { SEEDS_DIR } from "../support/seeds";
import { PLAN_SEEDS_ABSENT, planSeedsPresent, planSeedText } from "../support/planSeeds";

jest.setTimeout(180_000);

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

const F10 = /^F10 错误：2025年合计420，未达到计划目标“超过420家”/;

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByText("校验前已应用修改后的目标。", undefined, { timeout: 20_000 });
  await screen.findByRole("region", { name: "校验结果" }, { timeout: 20_000 });
}

const testSeeds = planSeedsPresent ? test : test.skip;
if (!planSeedsPresent) console.warn(PLAN_SEEDS_ABSENT);

testSeeds(
  "a whole plan pasted in the page: its headline targets, confirmed and applied, go into the check",
  async () => {
    const { client, user } = renderPage();
    chooseSeed("yongchuan.xlsx");
    await screen.findByRole("heading", { level: 2, name: "yongchuan.xlsx" }, { timeout: 20_000 });
    await user.click(await screen.findByRole("button", { name: "计划目标（6）" }));

    // Without the file's own targets, nothing is judged against 420.
    for (let left = 6; left > 0; left--)
      await user.click(screen.getAllByRole("button", { name: /^删除目标：/ })[0]);
    await check(user);
    expect(screen.queryByRole("button", { name: F10 })).not.toBeInTheDocument();

    await user.click(screen.getByRole("textbox", { name: "规划原文" }));
    await user.paste(planSeedText("永川"));
    await user.click(screen.getByRole("button", { name: "识别" }));
    expect(
      screen.getByText("从方案的“主要目标”部分识别出 6 条目标，请核对后添加：")
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "原文：到2025年，全区全社会研发经费投入突破46亿元，高新技术企业总数超过420家，科技型企业总数超过2100家"
      )
    ).toBeInTheDocument();
    expect(screen.getAllByRole("checkbox").map((box) => box.getAttribute("aria-label"))).toEqual([
      "添加：研发经费投入 2025年 突破 46 亿元",
      "添加：高新技术企业 2025年 超过 420 家",
      "添加：科技型企业 2025年 超过 2,100 家",
      "添加：研发经费投入 2027年 突破 60 亿元",
      "添加：高新技术企业 2027年 超过 600 家",
      "添加：科技型企业 2027年 超过 3,000 家",
    ]);
    expect(screen.queryByRole("list", { name: /^未作为目标/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "添加 6 条" }));
    await check(user);
    expect(screen.getByRole("button", { name: F10 })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "计划目标" });
    expect(
      within(list).getByText("研发经费投入 2025年 突破 46 亿元").closest("li")
    ).toHaveTextContent("已达到");
    client.dispose();
  }
);
