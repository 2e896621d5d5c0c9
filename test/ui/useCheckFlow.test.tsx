/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useCheckFlow } from "../../src/ui/hooks/useCheckFlow";
import type { Session } from "../../src/ui/hooks/useSession";
import type { TargetsState } from "../../src/ui/hooks/useTargets";

function session(): Session {
  return {
    busy: null,
    step: null,
    report: null,
    failure: null,
    charts: null,
    runCheck: jest.fn(async () => undefined),
    clearMarks: jest.fn(async () => undefined),
    insertCharts: jest.fn(async () => undefined),
    selectFinding: jest.fn(async () => undefined),
    selectTable: jest.fn(async () => undefined),
    dismissFailure: jest.fn(),
  };
}

function targets(state: { dirty: boolean; valid: boolean; saves?: boolean }): TargetsState {
  return {
    targets: [],
    dirty: state.dirty,
    valid: state.valid,
    saving: false,
    failure: null,
    replace: jest.fn(),
    add: jest.fn(),
    remove: jest.fn(),
    revert: jest.fn(),
    save: jest.fn(async () => state.saves ?? true),
    dismissFailure: jest.fn(),
  };
}

async function check(s: Session, t: TargetsState, options?: { asOf?: string }) {
  const { result } = renderHook(() => useCheckFlow(s, t));
  let checked = false;
  await act(async () => {
    checked = await result.current.check(options);
  });
  return { checked, note: result.current.targetsNote, result };
}

describe("save-targets-then-check", () => {
  it("unchanged targets: checks at once, with the chosen date, and says nothing about targets", async () => {
    const s = session();
    const t = targets({ dirty: false, valid: true });
    const { checked, note } = await check(s, t, { asOf: "2024-06-30" });
    expect(checked).toBe(true);
    expect(t.save).not.toHaveBeenCalled();
    expect(s.runCheck).toHaveBeenCalledWith({ asOf: "2024-06-30" });
    expect(note).toBeNull();
  });

  it("changed targets are saved first, then checked, and the user is told", async () => {
    const s = session();
    const t = targets({ dirty: true, valid: true });
    const { checked, note } = await check(s, t);
    expect(checked).toBe(true);
    expect(jest.mocked(t.save).mock.invocationCallOrder[0]).toBeLessThan(
      jest.mocked(s.runCheck).mock.invocationCallOrder[0]
    );
    expect(note).toBe("savedOnCheck");
  });

  it("incomplete changes are not saved; the check uses the saved targets and says so", async () => {
    const s = session();
    const t = targets({ dirty: true, valid: false });
    const { checked, note } = await check(s, t);
    expect(checked).toBe(true);
    expect(t.save).not.toHaveBeenCalled();
    expect(s.runCheck).toHaveBeenCalledTimes(1);
    expect(note).toBe("invalidNotSaved");
  });

  it("a save that fails stops the check (the targets' own failure says why)", async () => {
    const s = session();
    const t = targets({ dirty: true, valid: true, saves: false });
    const { checked, note } = await check(s, t);
    expect(checked).toBe(false);
    expect(s.runCheck).not.toHaveBeenCalled();
    expect(note).toBeNull();
  });

  it("the note goes when asked (another file opened)", async () => {
    const { result } = await check(session(), targets({ dirty: true, valid: true }));
    act(() => result.current.clearTargetsNote());
    expect(result.current.targetsNote).toBeNull();
  });
});
