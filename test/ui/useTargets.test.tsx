/** @jest-environment jsdom */
/** The targets editor's state: a read of the workbook's targets that lands after an edit does not undo the edit. */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { PlanTarget } from "../../src/core/model";
import { uiText } from "../../src/i18n";
import type { PaneHost } from "../../src/ui/host";
import { useTargets } from "../../src/ui/hooks/useTargets";

const target: PlanTarget = { indicator: "高新技术企业", period: "2025", op: ">", value: 420 };

it("an edit made while the targets are being read survives the read, and stays unsaved", async () => {
  let answer: (targets: PlanTarget[]) => void = () => undefined;
  const host = {
    readTargets: () => new Promise<PlanTarget[]>((resolve) => (answer = resolve)),
    saveTargets: () => Promise.resolve(),
  } as unknown as PaneHost;
  const { result } = renderHook(() => useTargets(host, uiText("zh-CN")));
  act(() => result.current.add([{ ...target, value: 75, op: ">" }]));
  await act(async () => answer([target]));
  await waitFor(() => expect(result.current.targets).toHaveLength(1));
  expect(result.current.targets?.[0].value).toBe(75);
  expect(result.current.dirty).toBe(true);
});

it("an edit confirmed while a save is writing survives the save's read-back, and stays unsaved", async () => {
  let stored: PlanTarget[] = [target];
  let finishWrite: () => void = () => undefined;
  const host = {
    readTargets: () => Promise.resolve(stored),
    saveTargets: (list: PlanTarget[]) =>
      new Promise<void>((resolve) => {
        finishWrite = () => {
          stored = list;
          resolve();
        };
      }),
  } as unknown as PaneHost;
  const { result } = renderHook(() => useTargets(host, uiText("zh-CN")));
  await waitFor(() => expect(result.current.targets).toEqual([target]));
  act(() => result.current.replace(0, { ...target, value: 430 }));
  let saved: Promise<boolean> = Promise.resolve(false);
  act(() => {
    saved = result.current.save();
  });
  // The user changes the target again before the write has finished.
  act(() => result.current.replace(0, { ...target, value: 440 }));
  await act(async () => {
    finishWrite();
    await saved;
  });
  expect(stored[0].value).toBe(430);
  expect(result.current.targets?.[0].value).toBe(440);
  expect(result.current.dirty).toBe(true);
});
