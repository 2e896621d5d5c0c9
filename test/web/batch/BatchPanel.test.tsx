/** @jest-environment jsdom */
/**
 * The file list on the page (jsdom): files added are listed waiting; 全部校验 checks each in the list's worker (run
 * in-process here) and the states, the summary and the follow-up order show; 取消 stops the worker at once and the
 * file under way goes back to waiting; a name opens the file; the CSV export is the rows with a BOM.
 */
import "../../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createBatchClient, type BatchWorkerLike } from "../../../src/web/batch/batchClient";
import { createBatchEngine } from "../../../src/web/batch/batchEngine";
import type { BatchEntry } from "../../../src/web/batch/batchList";
import { BatchPanel } from "../../../src/web/batch/BatchPanel";
import type { BatchRequest, BatchResponse } from "../../../src/web/batch/batchProtocol";
import { useBatch } from "../../../src/web/batch/useBatch";
import { SEEDS_DIR } from "../../support/seeds";

// jsdom's Blob cannot give its bytes as a promise (browsers can): read them as a browser would.
if (!Blob.prototype.arrayBuffer)
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };

/** The list's worker in-process; with `hold`, answers wait until `release` (a file that takes long). */
class InProcessWorker implements BatchWorkerLike {
  onmessage: ((event: MessageEvent<BatchResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly received: BatchRequest[] = [];
  private held: (() => void)[] = [];
  private readonly engine = createBatchEngine((message) => {
    const answer = () => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<BatchResponse>);
    };
    if (this.hold) this.held.push(answer);
    else setTimeout(answer);
  });

  constructor(private readonly hold = false) {}

  postMessage(message: BatchRequest): void {
    this.received.push(message);
    this.engine.handle(message);
  }

  release(): void {
    this.held.splice(0).forEach((answer) => answer());
  }

  terminate(): void {
    this.terminated = true;
  }
}

function seedFile(name: string): File {
  return new File([readFileSync(path.join(SEEDS_DIR, name))], name);
}

function Harness({
  workers,
  hold = false,
  onOpen = () => undefined,
  files,
}: {
  workers: InProcessWorker[];
  hold?: boolean;
  onOpen?: (entry: BatchEntry) => void;
  files: File[];
}) {
  const client = useStableClient(workers, hold);
  const batch = useBatch(client, () => "zh-CN");
  return (
    <FluentProvider theme={webLightTheme}>
      <button onClick={() => batch.add(files)}>add</button>
      {batch.entries.length > 0 && (
        <BatchPanel batch={batch} locale="zh-CN" pageBusy={false} onOpen={onOpen} />
      )}
    </FluentProvider>
  );
}

const clients = new WeakMap<InProcessWorker[], ReturnType<typeof createBatchClient>>();
function useStableClient(workers: InProcessWorker[], hold: boolean) {
  let client = clients.get(workers);
  if (!client) {
    client = createBatchClient(() => {
      const worker = new InProcessWorker(hold);
      workers.push(worker);
      return worker;
    });
    clients.set(workers, client);
  }
  return client;
}

const row = (name: string) =>
  document.querySelector(
    `[data-testid="batch-files"] tr[data-batch-file="${name}"]`
  ) as HTMLElement;

const bad = new File([new TextEncoder().encode("序号,单位\n")], "坏文件.xlsx");

describe("the file list on the page", () => {
  it("lists the files, checks them all, and shows states, the summary and the files to follow up", async () => {
    const workers: InProcessWorker[] = [];
    const opened: string[] = [];
    render(
      <Harness
        workers={workers}
        files={[seedFile("liangping.xlsx"), bad, seedFile("yongchuan.xlsx")]}
        onOpen={(entry) => opened.push(entry.name)}
      />
    );
    fireEvent.click(screen.getByText("add"));
    expect(
      screen.getByRole("heading", { level: 2, name: "文件清单（3 个文件）" })
    ).toBeInTheDocument();
    expect(workers).toHaveLength(0);
    expect(within(row("坏文件.xlsx")).getByText("等待")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "全部校验" }));
    await screen.findByText(/^已校验 3 个文件/, undefined, { timeout: 20_000 });
    expect(workers).toHaveLength(1);
    expect(row("yongchuan.xlsx")).toHaveAttribute("data-standing", "errors");
    expect(within(row("yongchuan.xlsx")).getByText(/^错误 \d+$/)).toBeInTheDocument();
    expect(row("坏文件.xlsx")).toHaveTextContent("无法读取");
    expect(row("坏文件.xlsx")).toHaveTextContent("不是可识别的工作簿");
    expect(screen.getByTestId("batch-summary-line")).toHaveTextContent(/^共 3 个文件，\d 个有错误/);

    const followUp = Array.from(
      document.querySelectorAll('[data-testid="batch-follow-up"] tbody tr')
    ).map((tr) => tr.getAttribute("data-standing"));
    expect(followUp[0]).toBe("errors");
    expect(followUp).toContain("unreadable");
    expect(followUp.indexOf("unreadable")).toBeGreaterThan(followUp.lastIndexOf("errors"));

    fireEvent.click(
      within(row("yongchuan.xlsx")).getByRole("button", { name: "在表格中打开 yongchuan.xlsx" })
    );
    expect(opened).toEqual(["yongchuan.xlsx"]);
  }, 30_000);

  it("取消 stops the worker at once: the file under way is waiting again, and the next run starts a new worker", async () => {
    const workers: InProcessWorker[] = [];
    render(
      <Harness
        workers={workers}
        hold
        files={[seedFile("beibei.xlsx"), seedFile("liangping.xlsx")]}
      />
    );
    fireEvent.click(screen.getByText("add"));
    fireEvent.click(screen.getByRole("button", { name: "全部校验" }));
    await waitFor(() => expect(row("beibei.xlsx")).toHaveAttribute("data-state", "checking"));
    expect(screen.getByTestId("batch-progress")).toHaveTextContent("正在校验 1/2：beibei.xlsx");
    // The file's bytes are read before the worker is asked: cancel once the worker holds the file.
    await waitFor(() => expect(workers[0]?.received.length).toBe(1));

    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(workers[0].terminated).toBe(true);
    expect(row("beibei.xlsx")).toHaveAttribute("data-state", "waiting");
    expect(screen.getByTestId("batch-notice")).toHaveTextContent(
      "已取消：已完成 0 个，共 2 个文件"
    );
    expect(screen.queryByTestId("batch-progress")).toBeNull();
    // An answer the stopped worker had on its way is not taken.
    workers[0].release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(row("beibei.xlsx")).toHaveAttribute("data-state", "waiting");

    fireEvent.click(screen.getByRole("button", { name: "全部校验" }));
    await waitFor(() => expect(workers).toHaveLength(2));
    await waitFor(() => expect(workers[1].received).toHaveLength(1));
    workers[1].release();
    await waitFor(() => expect(workers[1].received).toHaveLength(2));
    workers[1].release();
    await screen.findByText(/^已校验 2 个文件/);
  }, 30_000);

  it("导出问题清单（CSV）: the rows in Chinese, after a byte order mark", async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return "blob:test";
    };
    URL.revokeObjectURL = () => undefined;
    const workers: InProcessWorker[] = [];
    render(<Harness workers={workers} files={[seedFile("yongchuan.xlsx"), bad]} />);
    fireEvent.click(screen.getByText("add"));
    // Not checked yet: the export checks first.
    fireEvent.click(screen.getByRole("button", { name: "导出问题清单（CSV）" }));
    await screen.findByText("已导出 问题清单.csv", undefined, { timeout: 20_000 });
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await saved[0].arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split("\r\n");
    expect(lines[0]).toBe("文件,工作表,单元格,规则,规则名称,严重程度,说明");
    expect(lines).toContain(
      "yongchuan.xlsx,附件1,G32,sum-mismatch,合计与分项不符,错误,2027年合计600000，但各单位之和为600001，相差-1"
    );
    expect(lines.some((l) => l.startsWith("坏文件.xlsx,,,,,无法读取,"))).toBe(true);
  }, 30_000);
});
