/**
 * The pane's state: which host call is under way, the last report, and the last failure. One call at a time:
 * 校验 and 清除标记 are refused while either is running. Going to a finding's cell or a table's range is not exclusive.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookReport } from "../core/check";
import type { Finding, RecognizedTable } from "../core/model";
import { describeFailure, type Failure } from "./failure";
import type { PaneHost } from "./host";
import type { PaneAction } from "./strings";

export type BusyAction = Exclude<PaneAction, "select" | "selectTable">;

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
  /** Selects a recognized table's range in the sheet. */
  selectTable(table: RecognizedTable): Promise<void>;
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

  /** A selection that fails shows its own failure; the next one that works takes a stale selection failure away. */
  const select = useCallback(
    async (action: "select" | "selectTable", work: () => Promise<void>) => {
      try {
        await work();
        setFailure((current) =>
          current?.action === "select" || current?.action === "selectTable" ? null : current
        );
      } catch (error) {
        setFailure({ action, failure: describeFailure(error) });
      }
    },
    []
  );

  const selectFinding = useCallback(
    (finding: Finding) => select("select", () => host.selectCell(finding.sheet, finding.cell)),
    [host, select]
  );

  const selectTable = useCallback(
    (table: RecognizedTable) =>
      select("selectTable", () => host.selectRange(table.sheet, table.range)),
    [host, select]
  );

  const dismissFailure = useCallback(() => setFailure(null), []);

  return {
    busy,
    report,
    failure,
    runCheck,
    clearMarks,
    selectFinding,
    selectTable,
    dismissFailure,
  };
}
