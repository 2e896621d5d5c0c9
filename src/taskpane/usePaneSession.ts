/**
 * The pane's state: which host call is under way, the last report, and the last failure. One call at a time:
 * 校验 and 清除标记 are refused while either is running.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookReport } from "../core/check";
import type { Finding } from "../core/model";
import { describeFailure, type Failure } from "./failure";
import type { PaneHost } from "./host";
import type { PaneAction } from "./strings";

export type BusyAction = Exclude<PaneAction, "select">;

export interface PaneFailure {
  action: PaneAction;
  failure: Failure;
}

export interface PaneSession {
  busy: BusyAction | null;
  report: WorkbookReport | null;
  failure: PaneFailure | null;
  runCheck(): Promise<void>;
  clearMarks(): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  dismissFailure(): void;
}

export function usePaneSession(host: PaneHost): PaneSession {
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [report, setReport] = useState<WorkbookReport | null>(null);
  const [failure, setFailure] = useState<PaneFailure | null>(null);
  const running = useRef(false);

  const exclusive = useCallback(async (action: BusyAction, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(action);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure({ action, failure: describeFailure(error) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const runCheck = useCallback(
    () =>
      exclusive("check", async () => {
        // A failed run may have replaced some marks already: the old list would no longer match the sheet.
        setReport(null);
        setReport(await host.runCheck());
      }),
    [exclusive, host]
  );

  const clearMarks = useCallback(
    () =>
      exclusive("clear", async () => {
        await host.clearMarks();
        setReport(null);
      }),
    [exclusive, host]
  );

  const selectFinding = useCallback(
    async (finding: Finding) => {
      try {
        await host.selectCell(finding.sheet, finding.cell);
        setFailure((current) => (current?.action === "select" ? null : current));
      } catch (error) {
        setFailure({ action: "select", failure: describeFailure(error) });
      }
    },
    [host]
  );

  const dismissFailure = useCallback(() => setFailure(null), []);

  return { busy, report, failure, runCheck, clearMarks, selectFinding, dismissFailure };
}
