/** @jest-environment jsdom */
/** The targets editor's state: a read of the workbook's targets that lands after an edit does not undo the edit. */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { PlanTarget } from "../../src/core/model";
import { uiText } from "../../src/i18n";
import type { PaneHost } from "../../src/ui/host";
import { useTargets } from "../../src/ui/hooks/useTargets";

const target: PlanTarget = { indicator: "高新技术企业", period: "2025", op: ">", value: 420 };

/** A host whose reads wait until the test answers them, one by one. */
function heldHost(stored: PlanTarget[] = []) {
  const answers: (() => void)[] = [];
  const written: PlanTarget[][] = [];
  const host = {
    readTargets: () =>
      // Each read makes new objects, as a real one does.
      new Promise<PlanTarget[]>((resolve) =>
        answers.push(() => resolve(stored.map((t) => ({ ...t }))))
      ),
    saveTargets: (list: PlanTarget[]) => {
      written.push(list);
      return Promise.resolve();
    },
  } as unknown as PaneHost;
  /** Answers the oldest read still waiting (once one is). */
  const answer = async () => {
    await waitFor(() => expect(answers.length).toBeGreaterThan(0));
    await act(async () => answers.shift()!());
  };
  return { host, answer, written, stored };
}

it("while the targets are being read there is nothing to edit or save: the read shows the file's own", async () => {
  const file = heldHost([target]);
  const { result } = renderHook(() => useTargets(file.host, uiText("zh-CN")));
  expect(result.current.targets).toBeNull();
  act(() => result.current.add([{ ...target, value: 75 }]));
  act(() =>
    result.current.replace(result.current.targets?.[0] ?? target, { ...target, value: 75 })
  );
  expect(result.current.targets).toBeNull();
  await act(async () => expect(await result.current.save()).toBe(false));
  await file.answer();
  expect(result.current.targets).toEqual([target]);
  expect(result.current.dirty).toBe(false);
  expect(file.written).toEqual([]);
});

it("another file's host: the list is null (读取中) at once, and shows that file's own targets once read", async () => {
  const first = heldHost([target]);
  const second = heldHost([{ ...target, indicator: "科技型企业", value: 3000 }]);
  const { result, rerender } = renderHook(({ host }) => useTargets(host, uiText("zh-CN")), {
    initialProps: { host: first.host },
  });
  await first.answer();
  act(() =>
    result.current.replace(result.current.targets?.[0] ?? target, { ...target, value: 400 })
  );
  expect(result.current.dirty).toBe(true);

  rerender({ host: second.host });
  // Not one render shows the previous file's (edited) list for the new one.
  expect(result.current.targets).toBeNull();
  expect(result.current.dirty).toBe(false);
  act(() =>
    result.current.replace(result.current.targets?.[0] ?? target, { ...target, value: 410 })
  );
  await second.answer();
  expect(result.current.targets).toEqual([{ ...target, indicator: "科技型企业", value: 3000 }]);
  expect(result.current.dirty).toBe(false);
  expect(second.written).toEqual([]);
});

it("a read of the previous file that lands after another file opened is ignored", async () => {
  const first = heldHost([target]);
  const second = heldHost([{ ...target, indicator: "科技型企业", value: 3000 }]);
  const { result, rerender } = renderHook(({ host }) => useTargets(host, uiText("zh-CN")), {
    initialProps: { host: first.host },
  });
  rerender({ host: second.host });
  await second.answer();
  await first.answer(); // the first file's read, late
  expect(result.current.targets).toEqual([{ ...target, indicator: "科技型企业", value: 3000 }]);
  expect(result.current.dirty).toBe(false);
});

it("a read that finds the list as shown keeps it as it is (the same objects)", async () => {
  const stored = [target, { ...target, period: "2027", value: 600 }];
  const file = heldHost(stored);
  const { result } = renderHook(() => useTargets(file.host, uiText("zh-CN")));
  await file.answer();
  const shown = result.current.targets;
  let saved: Promise<boolean> = Promise.resolve(false);
  act(() => {
    saved = result.current.save();
  });
  // The read-back: equal targets, new objects.
  await file.answer();
  await act(async () => expect(await saved).toBe(true));
  expect(result.current.targets).toBe(shown);
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
  act(() =>
    result.current.replace(result.current.targets?.[0] ?? target, { ...target, value: 430 })
  );
  let saved: Promise<boolean> = Promise.resolve(false);
  act(() => {
    saved = result.current.save();
  });
  // The user changes the target again before the write has finished.
  act(() =>
    result.current.replace(result.current.targets?.[0] ?? target, { ...target, value: 440 })
  );
  await act(async () => {
    finishWrite();
    await saved;
  });
  expect(stored[0].value).toBe(430);
  expect(result.current.targets?.[0].value).toBe(440);
  expect(result.current.dirty).toBe(true);
});

it("a form's edit lands on its own target wherever a read moved it, and on none when the read changed it", async () => {
  const other = { ...target, period: "2027", value: 600 };
  const file = heldHost([target, other]);
  const { result } = renderHook(() => useTargets(file.host, uiText("zh-CN")));
  await file.answer();
  const [first, second] = result.current.targets!;
  // The file's 目标 sheet now lists them the other way round, and the 2027 one says 650: the save's read-back.
  file.stored.splice(0, 2, { ...other, value: 650 }, target);
  let saved: Promise<boolean> = Promise.resolve(false);
  act(() => {
    saved = result.current.save();
  });
  await file.answer();
  await act(async () => expect(await saved).toBe(true));
  expect(result.current.targets?.[1]).toBe(first);
  // Forms opened on both rows before the read confirm now.
  act(() => result.current.replace(second, { ...other, value: 700 }));
  act(() => result.current.replace(first, { ...target, value: 400 }));
  expect(result.current.targets).toEqual([
    { ...other, value: 650 },
    { ...target, value: 400 },
  ]);
});
