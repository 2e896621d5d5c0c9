/**
 * 应用到校验 on the page: the targets are saved to the worker's copy of the 目标 sheet and, once the file has been
 * checked, checked again with them — so the findings, the targets' outcomes and the annotated copy never disagree
 * until 校验 is pressed.
 */
import { useMemo } from "react";
import type { TargetsState } from "../../ui/hooks/useTargets";

export function useApplyTargets(
  targets: TargetsState,
  checked: boolean,
  recheck: () => Promise<unknown>
): TargetsState {
  return useMemo(
    () => ({
      ...targets,
      async save() {
        const saved = await targets.save();
        if (saved && checked) await recheck();
        return saved;
      },
    }),
    [targets, checked, recheck]
  );
}
