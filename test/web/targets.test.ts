/**
 * Plan targets on the browser page: the worker keeps the pane's targets with the opened file (they replace its 目标
 * sheet's in checks and in the annotated copy), and the page's PaneHost passes them and the as-of date through.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as check from "../../src/core/check";
import type { WorkbookReport } from "../../src/core/check";
import type { PlanTarget } from "../../src/core/model";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import { readTargetSheet } from "../../src/core/targets/targetSheet";
import { createEngine } from "../../src/web/engine";
import { createFileHost } from "../../src/web/fileHost";
import type { Request, RequestBody, Response } from "../../src/web/protocol";
import { workerFailure, type EngineClient } from "../../src/web/workerClient";
import { SEEDS_DIR } from "../support/seeds";

function seedBytes(file: string): ArrayBuffer {
  const bytes = readFileSync(path.join(SEEDS_DIR, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function engineUnderTest() {
  const messages: Response[] = [];
  const engine = createEngine((message) => void messages.push(message));
  let id = 0;
  return async function send(request: RequestBody): Promise<Response> {
    const sent = { ...request, id: ++id } as Request;
    await engine.handle(sent);
    const answers = messages.filter((m) => m.id === sent.id);
    return answers[answers.length - 1];
  };
}

function answer<T extends Response["type"]>(response: Response, type: T) {
  expect(response.type).toBe(type);
  return response as Extract<Response, { type: T }>;
}

const withoutOrigin = (targets: PlanTarget[]) => targets.map(({ from: _from, ...rest }) => rest);

describe("the worker keeps the pane's targets for the opened file", () => {
  it("reads the 目标 sheet's targets until the pane sets its own, which replace them", async () => {
    const send = engineUnderTest();
    await send({ type: "open", name: "yongchuan.xlsx", bytes: seedBytes("yongchuan.xlsx") });

    const fromSheet = answer(await send({ type: "targets" }), "targets").targets;
    expect(fromSheet.length).toBeGreaterThan(0);
    expect(fromSheet[0]).toMatchObject({ indicator: "研发投入", period: "2025", op: ">" });

    const before = answer(await send({ type: "check" }), "checked").report;
    const strict = (report: WorkbookReport) =>
      report.findings.filter((f) => f.rule === "target-not-met" && f.severity === "error");
    expect(strict(before).length).toBeGreaterThan(0);

    // The pane keeps only the 2027 high-tech target, lowered so the total meets it.
    const mine: PlanTarget[] = [
      { indicator: "高新技术企业", period: "2027", op: ">=", value: 1, verb: "不低于" },
    ];
    const set = answer(await send({ type: "setTargets", targets: mine }), "targets");
    // Read back from the 目标 sheet as written (where each target now stands), and that sheet for the page to show.
    expect(set.targets).toEqual([{ ...mine[0], from: { sheet: "目标", cell: "A2" } }]);
    expect(set.sheet?.name).toBe("目标");
    expect(withoutOrigin(answer(await send({ type: "targets" }), "targets").targets)).toEqual(mine);
    const after = answer(await send({ type: "check" }), "checked").report;
    expect(strict(after)).toEqual([]);
    expect(withoutOrigin(after.targets!.map((o) => o.target))).toEqual(mine);

    // The annotated copy's 目标 sheet holds the pane's targets; the user's file is not written.
    const copy = answer(await send({ type: "annotate", locale: "zh-CN" }), "annotated").bytes;
    const { grid } = await readWorkbookBytes(new Uint8Array(copy));
    const sheet = grid.sheets.find((s) => s.name === "目标")!;
    expect(withoutOrigin(readTargetSheet(sheet)!.targets)).toEqual(mine);

    // Another file opened: its own targets again.
    await send({ type: "open", name: "yongchuan.xlsx", bytes: seedBytes("yongchuan.xlsx") });
    expect(answer(await send({ type: "targets" }), "targets").targets).toEqual(fromSheet);
  });

  it("gives the charts' data of the last check (checking first when there was none)", async () => {
    const send = engineUnderTest();
    await send({ type: "open", name: "yongchuan.xlsx", bytes: seedBytes("yongchuan.xlsx") });
    const charts = answer(await send({ type: "charts" }), "charts").charts;
    expect(charts.map((c) => [c.kind, c.sheet, c.kind === "indicator" && c.indicator])).toEqual([
      ["indicator", "附件1", "研发投入"],
      ["indicator", "附件2", "高新技术企业"],
      ["indicator", "附件3", "科技型企业"],
    ]);
  });

  it("passes the as-of date to the check", async () => {
    const spy = jest.spyOn(check, "checkWorkbook");
    const send = engineUnderTest();
    await send({ type: "open", name: "liangping.xlsx", bytes: seedBytes("liangping.xlsx") });
    answer(await send({ type: "check", asOf: "2024-06-30" }), "checked");
    expect(spy).toHaveBeenLastCalledWith(expect.anything(), { asOf: "2024-06-30" });
    spy.mockRestore();
  });
});

describe("the page's PaneHost", () => {
  function client(overrides: Partial<EngineClient>): EngineClient {
    return {
      open: jest.fn(),
      check: jest.fn(async () => ({ tables: [], findings: [] })),
      annotate: jest.fn(),
      dispose: jest.fn(),
      targets: jest.fn(async () => []),
      setTargets: jest.fn(async () => undefined),
      ...overrides,
    } as EngineClient;
  }
  const deps = (c: EngineClient) => ({
    client: c,
    opened: () => true,
    onProgress: jest.fn(),
    reveal: jest.fn(),
    onTargetSheet: jest.fn(),
    showCharts: jest.fn(),
  });

  it("reads no targets (and starts no worker) before a file is opened", async () => {
    const c = client({});
    await expect(
      createFileHost({ ...deps(c), opened: () => false }).readTargets()
    ).resolves.toEqual([]);
    expect(c.targets).not.toHaveBeenCalled();
  });

  it("has no targets when the worker has no file", async () => {
    const c = client({
      targets: jest.fn(async () => Promise.reject(workerFailure("no-workbook", "none"))),
    });
    await expect(createFileHost(deps(c)).readTargets()).resolves.toEqual([]);
  });

  it("explains a 目标 sheet that holds something else, as in Excel", async () => {
    const c = client({
      setTargets: jest.fn(async () => Promise.reject(workerFailure("target-sheet-occupied", "x"))),
    });
    await expect(createFileHost(deps(c)).saveTargets([])).rejects.toMatchObject({
      failure: { kind: "targetSheetOccupied" },
    });
  });

  it("passes the as-of date and tells the check step", async () => {
    const c = client({});
    const onProgress = jest.fn();
    await createFileHost(deps(c)).runCheck({ asOf: "2024-06-30", onProgress });
    expect(c.check).toHaveBeenCalledWith(expect.any(Function), { asOf: "2024-06-30" });
    expect(onProgress).toHaveBeenCalledWith("check");
  });
});
