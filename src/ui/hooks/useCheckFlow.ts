/**
 * Save-targets-then-check, for the pane and the page alike: the check uses what the targets editor shows, so
 * changed targets are saved (the pane: to the 目标 sheet; the page: to the worker's copy) before it runs. Incomplete
 * changes are not saved and the check says so; a save that fails stops the check (its failure says why).
 */
import { useCallback, useState } from "react";
import type { Session } from "./useSession";
import type { TargetsState } from "./useTargets";

/** What the user is told about the targets after 校验: saved first, or left unsaved because incomplete. */
export type TargetsNote = "savedOnCheck" | "invalidNotSaved" | null;

export interface CheckFlow {
  targetsNote: TargetsNote;
  /** Saves changed targets, then checks; false when the save failed and nothing was checked. */
  check(options?: { asOf?: string }): Promise<boolean>;
  clearTargetsNote(): void;
}

export function useCheckFlow(session: Session, targets: TargetsState): CheckFlow {
  const [targetsNote, setTargetsNote] = useState<TargetsNote>(null);
  const { dirty, valid, save } = targets;
  const { runCheck } = session;

  const check = useCallback(
    async (options: { asOf?: string } = {}) => {
      setTargetsNote(null);
      if (dirty) {
        if (!valid) setTargetsNote("invalidNotSaved");
        else if (await save()) setTargetsNote("savedOnCheck");
        else return false;
      }
      await runCheck(options);
      return true;
    },
    [dirty, valid, save, runCheck]
  );

  const clearTargetsNote = useCallback(() => setTargetsNote(null), []);
  return { targetsNote, check, clearTargetsNote };
}
