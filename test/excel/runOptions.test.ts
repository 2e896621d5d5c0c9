/** What the pane hands a run: its as-of date and a progress callback told each step, in order. */
import * as check from "../../src/core/check";
import { runCheckInExcel, type RunStep } from "../../src/excel/run";
import { breakdownWorkbook } from "../support/breakdownWorkbook";
import { createFakeExcel, uninstallFakeOffice } from "../support/fakeExcel";

afterEach(() => {
  jest.restoreAllMocks();
  uninstallFakeOffice();
});

test("tells read → check → mark, each before its work, and passes the as-of date and targets", async () => {
  const host = createFakeExcel(breakdownWorkbook(1));
  host.install();
  const { context, fake } = host.requestContext();
  const steps: { step: RunStep; syncs: number }[] = [];
  const spy = jest.spyOn(check, "checkWorkbook");
  const targets = [{ indicator: "研发投入", period: "2025", op: ">" as const, value: 1 }];

  const result = await runCheckInExcel(context, {
    locale: "zh-CN",
    asOf: "2024-06-30",
    targets,
    onProgress: (step) => steps.push({ step, syncs: fake.syncCount }),
  });

  // Reading takes 3 syncs, marking 4: each step is told before its syncs.
  expect(steps).toEqual([
    { step: "read", syncs: 0 },
    { step: "check", syncs: 3 },
    { step: "mark", syncs: 3 },
  ]);
  expect(result.syncs).toBe(7);
  expect(spy).toHaveBeenCalledWith(expect.anything(), {
    today: expect.any(Date),
    asOf: "2024-06-30",
    targets,
  });
});
