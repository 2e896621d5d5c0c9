/**
 * The pane's state: which host call is under way, the last report, and the last failure. One call at a time:
 * 校验 and 清除标记 are refused while either is running. Going to a finding's cell or a table's range is not exclusive.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookReport } from "../../core/check";
import type { Finding, RecognizedTable } from "../../core/model";
import { failureOf, type ActionFailure } from "../../i18n/failure";
import type { ChartsInserted, CheckStep, PaneHost } from "../host";
import type { PaneAction } from "../../i18n";

/** The calls that take the whole pane: one at a time. */
export type BusyAction = "check" | "clear" | "charts";

export interface PaneFailure extends ActionFailure {
  action: PaneAction;
}

export interface Session {
  busy: BusyAction | null;
  /** The step of the check under way, as the host last told it; null before its first step. */
  step: CheckStep | null;
  /** With what 校验 could not mark or write, and why (`writeNotices`). */
  report: (WorkbookReport & { writeNotices?: string[] }) | null;
  failure: PaneFailure | null;
  /** What the last 插入图表 did; cleared by the next call that takes the pane. */
  charts: ChartsInserted | null;
  /** `asOf`: the date chosen in the pane; none = the headers' dates, else today. */
  runCheck(options?: { asOf?: string }): Promise<void>;
  clearMarks(): Promise<void>;
  insertCharts(options?: { asOf?: string }): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  /** Selects a recognized table's range in the sheet. */
  selectTable(table: RecognizedTable): Promise<void>;
  dismissFailure(): void;
}

export function useSession(host: PaneHost): Session {
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [step, setStep] = useState<CheckStep | null>(null);
  const [report, setReport] = useState<(WorkbookReport & { writeNotices?: string[] }) | null>(null);
  const [failure, setFailure] = useState<PaneFailure | null>(null);
  const [charts, setCharts] = useState<ChartsInserted | null>(null);
  const running = useRef(false);

  const exclusive = useCallback(async (action: BusyAction, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(action);
    setFailure(null);
    setCharts(null);
    try {
      await work();
    } catch (error) {
      setFailure({ action, failure: failureOf(error) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const runCheck = useCallback(
    (options: { asOf?: string } = {}) =>
      exclusive("check", async () => {
        // A failed run may have replaced some marks already: the old list would no longer match the sheet.
        setReport(null);
        setStep(null);
        try {
          const onProgress = (next: CheckStep) => setStep(next);
          setReport(
            await host.runCheck(options.asOf ? { asOf: options.asOf, onProgress } : { onProgress })
          );
        } finally {
          setStep(null);
        }
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

  const insertCharts = useCallback(
    (options: { asOf?: string } = {}) =>
      exclusive("charts", async () => {
        setCharts(await host.insertCharts(options.asOf ? { asOf: options.asOf } : {}));
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
        setFailure({ action, failure: failureOf(error) });
      }
    },
    []
  );

  const selectFinding = useCallback(
    (finding: Finding) => select("select", () => host.select(finding.sheet, finding.cell)),
    [host, select]
  );

  const selectTable = useCallback(
    (table: RecognizedTable) => select("selectTable", () => host.select(table.sheet, table.range)),
    [host, select]
  );

  const dismissFailure = useCallback(() => setFailure(null), []);

  return {
    busy,
    step,
    report,
    failure,
    charts,
    runCheck,
    clearMarks,
    insertCharts,
    selectFinding,
    selectTable,
    dismissFailure,
  };
}
