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
  /**
   * `old` is the target as the list held it when the user began (the very object): if the list no longer holds it
   * — a read replaced the list, or another file was opened — nothing changes, so an edit never lands on another row.
   */
  replace(old: PlanTarget, target: PlanTarget): void;
  add(targets: PlanTarget[]): void;
  remove(old: PlanTarget): void;
  revert(): void;
  /** Saves and reads back; false when it failed (the failure says why). */
  save(): Promise<boolean>;
  dismissFailure(): void;
}

/**
 * What a read shows: each target read that the list shows already, unchanged, stays the very object it was (an open
 * form stays on it, wherever it now is); the list itself stays as it is when nothing changed.
 */
function keepShown(shown: PlanTarget[] | null, read: PlanTarget[]): PlanTarget[] {
  if (!shown) return read;
  const unused = new Map<string, PlanTarget[]>();
  for (const target of shown) {
    const key = JSON.stringify(target);
    unused.set(key, [...(unused.get(key) ?? []), target]);
  }
  const list = read.map((target) => unused.get(JSON.stringify(target))?.shift() ?? target);
  return list.length === shown.length && list.every((t, i) => t === shown[i]) ? shown : list;
}

/**
 * `host` is the workbook's: a new host (the page opened another file) starts over — the list is null (读取中) until
 * that file's targets are read, and a read, a failure or an edit of the previous file's list never reaches it.
 */
export function useTargets(host: PaneHost, texts: UiTexts): TargetsState {
  const [targets, setTargets] = useState<PlanTarget[] | null>(null);
  const [saved, setSaved] = useState<PlanTarget[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<TargetsFailure | null>(null);
  // Another file: reset in this render, so not one frame shows the previous file's targets as the new one's.
  const [shownFor, setShownFor] = useState(host);
  if (shownFor !== host) {
    setShownFor(host);
    setTargets(null);
    setSaved([]);
    setFailure(null);
  }
  const current = useRef<PlanTarget[] | null>(null);
  current.current = targets;
  const currentHost = useRef(host);
  currentHost.current = host;
  /** Counts the user's edits: a read that lands after an edit does not undo it (it only updates what is saved). */
  const edits = useRef(0);

  /** `editsBefore`: the edit count when the read's cause began (a save counts from before its write). */
  const load = useCallback(
    async (editsBefore = edits.current) => {
      try {
        const read = await host.readTargets();
        if (currentHost.current !== host) return false; // another file is open now
        const list = keepShown(current.current, read);
        setSaved(list);
        if (edits.current === editsBefore) setTargets(list);
        return true;
      } catch (error) {
        if (currentHost.current !== host) return false;
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

  /**
   * An edit needs a list that was read: while the file's targets are being read (null) there is nothing to edit.
   * `of`: the target the edit is about, which the list must still hold.
   */
  const edit = useCallback((change: (list: PlanTarget[]) => PlanTarget[], of?: PlanTarget) => {
    if (current.current === null || (of && !current.current.includes(of))) return;
    edits.current++;
    setTargets((list) => (list === null ? null : change(list)));
  }, []);

  const save = useCallback(async () => {
    const list = current.current;
    if (list === null) return false; // nothing read yet: nothing of this file's to save
    // An edit confirmed while the save is under way (its write, then its read-back) is kept, not undone by the read.
    const editsBefore = edits.current;
    setSaving(true);
    setFailure(null);
    try {
      await host.saveTargets(list);
      if (currentHost.current !== host) return false;
      setSaved(list);
      return await load(editsBefore);
    } catch (error) {
      if (currentHost.current === host)
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
    replace: (old, target) => edit((l) => l.map((t) => (t === old ? target : t)), old),
    add: (added) => edit((l) => [...l, ...added]),
    remove: (old) => edit((l) => l.filter((t) => t !== old), old),
    revert: () => {
      if (current.current !== null) setTargets(saved);
    },
    save,
    dismissFailure: () => setFailure(null),
  };
}
