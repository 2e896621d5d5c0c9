/** The page's side of the worker, against the real engine run in-process (a WorkerLike without a thread). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createEngine } from "../../src/web/engine";
import type { Progress, Request, Response } from "../../src/web/protocol";
import { FailureError } from "../../src/i18n/failure";
import {
  createEngineClient,
  OpenCancelledError,
  type WorkerLike,
} from "../../src/web/workerClient";
import { SEEDS_DIR } from "../support/seeds";
import { renderFinding } from "../../src/i18n";

class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly received: Request[] = [];
  private readonly engine = createEngine((message) =>
    setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<Response>))
  );
  private queue = Promise.resolve();

  postMessage(message: Request): void {
    this.received.push(message);
    this.queue = this.queue.then(() => this.engine.handle(message));
  }

  terminate(): void {
    this.terminated = true;
  }
}

function seed(file: string): ArrayBuffer {
  const bytes = readFileSync(path.join(SEEDS_DIR, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("engine client", () => {
  it("starts no worker until the first call, then answers open, check and annotate with progress", async () => {
    const workers: InProcessWorker[] = [];
    const client = createEngineClient(() => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker;
    });
    expect(workers).toHaveLength(0);

    const progress: Progress[] = [];
    const workbook = await client.open("yongchuan.xlsx", seed("yongchuan.xlsx"), (p) =>
      progress.push(p)
    );
    expect(workers).toHaveLength(1);
    expect(workbook.sheets[0].name).toBe("附件1");
    expect(progress[0]).toEqual({ phase: "load" });
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(["parse", "sheets"]));
    expect(progress.filter((p) => p.phase === "sheets").pop()).toEqual({
      phase: "sheets",
      done: 4,
      total: 4,
    });

    const report = await client.check();
    expect(
      renderFinding(report.findings.find((f) => f.cell === "G32" && f.rule === "sum-mismatch")!)
    ).toMatch(/600001/);
    const bytes = await client.annotate("zh-CN");
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // a zip: an .xlsx
    expect(workers).toHaveLength(1);
    expect(workers[0].received.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it("rejects with the worker's reason", async () => {
    const client = createEngineClient(() => new InProcessWorker());
    await expect(client.check()).rejects.toMatchObject({
      name: "FailureError",
      failure: { kind: "noWorkbook", params: {} },
    });
    const text = new TextEncoder().encode("not a workbook");
    const failure = client.open("x.xlsx", text.buffer as ArrayBuffer);
    await expect(failure).rejects.toBeInstanceOf(FailureError);
    await expect(failure).rejects.toMatchObject({ failure: { kind: "notXlsx" } });
  });

  it("when the worker dies, every pending call fails and the next call starts a new worker", async () => {
    const workers: InProcessWorker[] = [];
    const client = createEngineClient(() => {
      const worker = new InProcessWorker();
      worker.postMessage = (message) => worker.received.push(message); // never answers
      workers.push(worker);
      return worker;
    });
    const pending = [client.check(), client.annotate("zh-CN")];
    workers[0].onerror?.({ message: "out of memory" } as unknown as Event);
    for (const call of pending)
      await expect(call).rejects.toMatchObject({ failure: { kind: "internal" } });
    expect(workers[0].terminated).toBe(true);
    void client.check().catch(() => undefined);
    expect(workers).toHaveLength(2);
    client.dispose();
    expect(workers[1].terminated).toBe(true);
  });

  it("a file that cannot be read, or a cancelled open, leaves the open workbook where it was", async () => {
    const workers: InProcessWorker[] = [];
    const client = createEngineClient(() => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker;
    });
    await client.open("yongchuan.xlsx", seed("yongchuan.xlsx"));
    // A second file is read in a worker of its own; it fails there, with the reader's own words.
    const empty = client.open("空.xlsx", new ArrayBuffer(0));
    await expect(empty).rejects.toMatchObject({
      failure: {
        kind: "notXlsx",
        params: { said: { "zh-CN": expect.stringContaining("0 字节") } },
      },
    });
    expect(workers).toHaveLength(2);
    expect(workers[1].terminated).toBe(true);
    // A cancelled open: rejected at once, its worker ended.
    const controller = new AbortController();
    const cancelled = client.open("liangping.xlsx", seed("liangping.xlsx"), undefined, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(OpenCancelledError);
    expect(workers[2].terminated).toBe(true);
    // 永川 is still the open workbook, in the first worker.
    const report = await client.check();
    expect(report.findings.some((f) => f.sheet === "附件1" && f.cell === "G32")).toBe(true);
    expect(workers[0].terminated).toBe(false);
    // A file that opens replaces it: the first worker is let go.
    await client.open("beibei.xlsx", seed("beibei.xlsx"));
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(4);
    client.dispose();
  });
});

describe("上月文件 across files", () => {
  /** A month's dispatch table as an .xlsx (the engine test's), 大安街道 at `daan` in 科技型企业. */
  async function month(m: number, daan?: number): Promise<ArrayBuffer> {
    const { default: ExcelJS } = await import("exceljs");
    const { dispatchSheet, DISPATCH_UNITS } = await import("../support/rateDispatch");
    const units = DISPATCH_UNITS.map(([u, t, a]): [string, number, number] => [
      u,
      t,
      u === "大安街道" && daan !== undefined ? daan : a,
    ]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("调度");
    for (const row of dispatchSheet("调度", { month: m, units }).values)
      ws.addRow(row.map((v) => (v === null ? undefined : v)));
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
  }

  it("is still compared with after another file is opened (in a new worker)", async () => {
    const workers: InProcessWorker[] = [];
    const client = createEngineClient(() => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker;
    });
    await client.setPrevious("7月.xlsx", await month(7, 35));
    await client.open("yongchuan.xlsx", seed("yongchuan.xlsx"));
    await client.open("8月.xlsx", await month(8));
    expect(workers.length).toBe(2);
    const decreases = (await client.check()).findings.filter((f) => f.rule === "progress-decrease");
    expect(decreases.map((f) => f.cell)).toEqual(["D8", "D9"]);
    expect(renderFinding(decreases[0])).toContain("上月文件“7月.xlsx”");
    // Cleared, it is gone from the next file's worker too.
    await client.setPrevious("", null);
    await client.open("8月 again.xlsx", await month(8));
    expect((await client.check()).findings.some((f) => f.rule === "progress-decrease")).toBe(false);
  });
});
