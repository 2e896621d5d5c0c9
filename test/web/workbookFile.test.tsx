/** @jest-environment jsdom */
/**
 * Opening another file: the worker holds the new file as soon as it has opened, while React still draws the
 * previous one (the new sheet is drawn as a transition). Until the new file shows, the page is still `opening` — so
 * the targets editor and 校验, which act on the worker's file, wait, and nothing of the previous file's view reaches
 * the new file.
 */
import { act, renderHook } from "@testing-library/react";
import type { DisplayWorkbook } from "../../src/web/display";
import { useWorkbookFile } from "../../src/web/hooks/useWorkbookFile";
import type { EngineClient } from "../../src/web/workerClient";

const workbook = (name: string): DisplayWorkbook => ({ name, sheets: [] });

it("is opening until the new workbook shows: no render has the previous file shown with the page idle", async () => {
  const client = {
    open: (name: string) => Promise.resolve(workbook(name)),
  } as unknown as EngineClient;
  const renders: { shown: string | null; opening: boolean }[] = [];
  const { result } = renderHook(() => {
    const file = useWorkbookFile({
      client,
      locale: () => "zh-CN",
      beforeOpen: () => Promise.resolve(),
      onOpened: () => undefined,
    });
    renders.push({ shown: file.workbook?.name ?? null, opening: file.opening });
    return file;
  });
  // Read in a task of its own, as a file is: the page draws itself `opening` meanwhile.
  const bytes = () =>
    new Promise<ArrayBuffer>((resolve) => setTimeout(() => resolve(new ArrayBuffer(8))));
  await act(() => result.current.open("first.xlsx", bytes));
  expect(result.current.workbook?.name).toBe("first.xlsx");

  renders.length = 0;
  await act(() => result.current.open("second.xlsx", bytes));
  expect(result.current.workbook?.name).toBe("second.xlsx");
  expect(result.current.opening).toBe(false);
  // Every render since the open began: while the first file shows, the page is opening.
  expect(renders.length).toBeGreaterThan(0);
  expect(renders.filter((r) => r.shown === "first.xlsx" && !r.opening)).toEqual([]);
});
