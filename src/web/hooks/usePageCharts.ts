/**
 * 插入图表 on the page: whether the charts section is shown, the charts it shows (null while the worker works
 * them out), and why they could not be worked out; a report cleared takes them away.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ChartSpec } from "../../core/charts";
import type { WorkbookReport } from "../../core/check";
import { failureOf, type Failure } from "../../i18n/failure";
import type { EngineClient } from "../workerClient";

export function usePageCharts() {
  const [charts, setCharts] = useState<ChartSpec[] | null>(null);
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const shownRef = useRef(false);
  /** A new number each time they are shown: the section scrolls into view and takes focus. */
  const [focus, setFocus] = useState(0);

  const show = useCallback((specs: ChartSpec[]) => {
    shownRef.current = true;
    setCharts(specs);
    setFailure(null);
    setShown(true);
    setFocus((n) => n + 1);
  }, []);

  const hide = useCallback(() => {
    shownRef.current = false;
    setShown(false);
    setCharts(null);
    setFailure(null);
  }, []);

  return { charts, setCharts, shown, shownRef, failure, setFailure, focus, show, hide };
}

export type PageCharts = ReturnType<typeof usePageCharts>;

/** Charts on show follow each new report (a check again, another language). */
export function useChartsFollowReport(
  page: PageCharts,
  client: EngineClient,
  report: WorkbookReport | null
) {
  const { shownRef, setCharts, setFailure } = page;
  const chartsFor = useRef<WorkbookReport | null>(null);
  useEffect(() => {
    if (!report || !shownRef.current || chartsFor.current === report) return;
    chartsFor.current = report;
    let live = true;
    setCharts(null);
    setFailure(null);
    client.charts().then(
      (specs) => live && setCharts(specs),
      // Not "nothing to chart": the user is told why there are no charts.
      (error: unknown) => live && setFailure(failureOf(error))
    );
    return () => {
      live = false;
    };
  }, [report, client, shownRef, setCharts, setFailure]);
}
