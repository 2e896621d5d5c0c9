/**
 * The plan targets in the pane: read from the workbook when the pane opens, edited here (add, change, delete), and
 * saved back to the workbook (its 目标 sheet) when the user says so — or before a check, so the check uses what the
 * pane shows. After a save the list is read again: it shows what colleagues will read.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanTarget } from "../../core/model";
import { failureOf, type ActionFailure } from "../../i18n/failure";
import type { PaneHost } from "../host";
import { isComplete } from "../targetsView";
import type { UiTexts } from "../../i18n";

export interface TargetsFailure extends ActionFailure {
  action: "loadTargets" | "saveTargets";
}

export interface TargetsState {
  /** Null while the first read is under way. */
  targets: PlanTarget[] | null;
  /** The list differs from what the workbook holds. */
  dirty: boolean;
  /** Every target is complete (a year, a number …): the list can be saved. */
  valid: boolean;
  saving: boolean;
  failure: TargetsFailure | null;
  replace(index: number, target: PlanTarget): void;
  add(targets: PlanTarget[]): void;
  remove(index: number): void;
  revert(): void;
  /** Saves and reads back; false when it failed (the failure says why). */
  save(): Promise<boolean>;
  dismissFailure(): void;
}

export function useTargets(host: PaneHost, texts: UiTexts): TargetsState {
  const [targets, setTargets] = useState<PlanTarget[] | null>(null);
  const [saved, setSaved] = useState<PlanTarget[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<TargetsFailure | null>(null);
  const current = useRef<PlanTarget[] | null>(null);
  current.current = targets;
  /** Counts the user's edits: a read that lands after an edit does not undo it (it only updates what is saved). */
  const edits = useRef(0);

  /** `editsBefore`: the edit count when the read's cause began (a save counts from before its write). */
  const load = useCallback(
    async (editsBefore = edits.current) => {
      try {
        const read = await host.readTargets();
        setSaved(read);
        if (edits.current === editsBefore) setTargets(read);
        return true;
      } catch (error) {
        setTargets((list) => list ?? []);
        setFailure({ action: "loadTargets", failure: failureOf(error) });
        return false;
      }
    },
    [host]
  );

  useEffect(() => {
    void load();
  }, [load]);

  const edit = useCallback((change: (list: PlanTarget[]) => PlanTarget[]) => {
    edits.current++;
    setTargets((list) => change(list ?? []));
  }, []);

  const save = useCallback(async () => {
    const list = current.current ?? [];
    // An edit confirmed while the save is under way (its write, then its read-back) is kept, not undone by the read.
    const editsBefore = edits.current;
    setSaving(true);
    setFailure(null);
    try {
      await host.saveTargets(list);
      setSaved(list);
      return await load(editsBefore);
    } catch (error) {
      setFailure({ action: "saveTargets", failure: failureOf(error) });
      return false;
    } finally {
      setSaving(false);
    }
  }, [host, load]);

  const list = targets ?? [];
  return {
    targets,
    dirty:
      targets !== null && targets !== saved && JSON.stringify(targets) !== JSON.stringify(saved),
    valid: list.every((t) => isComplete(t, texts)),
    saving,
    failure,
    replace: (index, target) => edit((l) => l.map((t, i) => (i === index ? target : t))),
    add: (added) => edit((l) => [...l, ...added]),
    remove: (index) => edit((l) => l.filter((_, i) => i !== index)),
    revert: () => setTargets(saved),
    save,
    dismissFailure: () => setFailure(null),
  };
}
