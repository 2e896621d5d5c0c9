/**
 * 插入图表 on the page: the progress charts drawn here with chart.js (loaded with the first chart, a chunk of its
 * own). Each chart is a figure: the canvas (hidden from screen readers), a caption with its title and what it shows,
 * and its data as a table that only screen readers see — the text alternative of the picture.
 */
import { ChartTargetNotes } from "./ChartTargetNotes";
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { ChartSpec } from "../../core/charts";
import type { Locale } from "../../i18n";
import { chartConfig, chartText, type PageChartConfig } from "../charts/chartConfig";
import type { DrawnChart } from "../charts/draw";
import { visuallyHidden } from "../../ui/styles";
import type { PageTexts } from "../../i18n";

/** As many charts as Excel's 插入图表 draws at most. */
export const MAX_PAGE_CHARTS = 60;

type Drawer = (canvas: HTMLCanvasElement, config: PageChartConfig) => DrawnChart;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  charts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 560px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#FFFFFF",
  },
  canvasBox: { position: "relative", height: "340px" },
  // The figure is white in either theme (the chart is drawn for paper): its words are dark on it.
  caption: { fontSize: tokens.fontSizeBase200, color: "#424242" },
  visuallyHidden,
});

export interface ProgressChartsProps {
  texts: PageTexts;
  locale: Locale;
  /** Null while the worker works them out. */
  charts: readonly ChartSpec[] | null;
  /** The nothing-to-chart sentence (the core's, as Excel's 插入图表 says it). */
  noneText: string;
  /** Why the charts' data could not be worked out (in words, for the user); then there are no charts. */
  failure?: string | null;
  /** A new number each time 插入图表 is pressed: the section scrolls into view and its heading takes focus. */
  focusRequest: number;
}

export function ProgressCharts(props: ProgressChartsProps) {
  const { texts, locale, charts, noneText, focusRequest, failure } = props;
  const styles = useStyles();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = (charts?.length ?? 0) > 0;

  useEffect(() => {
    if (!wanted || drawer) return;
    let live = true;
    import(/* webpackChunkName: "charts" */ "../charts/draw").then(
      (module) => live && setDrawer(() => module.drawChart),
      () => live && setFailed(true)
    );
    return () => {
      live = false;
    };
  }, [wanted, drawer]);

  useEffect(() => {
    if (focusRequest === 0) return;
    headingRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  const shown = charts ? charts.slice(0, MAX_PAGE_CHARTS) : [];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="charts">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {texts.chartsHeading}
      </h2>
      <p className={styles.intro}>{texts.chartsIntro}</p>
      {failure ? (
        <p className={styles.note} role="alert" data-testid="charts-failure">
          {texts.chartsDataFailed(failure)}
        </p>
      ) : null}
      {(charts === null && !failure) || (wanted && !drawer && !failed) ? (
        <Spinner size="tiny" labelPosition="after" label={texts.chartsLoading} />
      ) : null}
      {charts !== null && charts.length === 0 && <p className={styles.note}>{noneText}</p>}
      {failed && (
        <p className={styles.note} role="alert">
          {texts.chartsFailed}
        </p>
      )}
      {charts && charts.length > shown.length && (
        <p className={styles.note}>{texts.chartsCapped(shown.length, charts.length)}</p>
      )}
      {shown.length > 0 && (
        <div className={styles.charts}>
          {shown.map((spec, index) => (
            <ChartFigure
              key={`${spec.sheet}!${spec.table}|${spec.kind}|${index}`}
              spec={spec}
              texts={texts}
              locale={locale}
              drawer={drawer}
            />
          ))}
        </div>
      )}
    </section>
  );
}

interface ChartFigureProps {
  spec: ChartSpec;
  texts: PageTexts;
  locale: Locale;
  drawer: Drawer | null;
}

function ChartFigure({ spec, texts, locale, drawer }: ChartFigureProps) {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const text = chartText(spec, locale, texts);

  useEffect(() => {
    if (!drawer || !canvas.current) return;
    let chart: DrawnChart | null = null;
    try {
      chart = drawer(canvas.current, chartConfig(spec, locale));
      setDrawn(true);
    } catch {
      setDrawn(false); // no canvas here (a test's DOM): the caption and the table still say it all
    }
    return () => chart?.destroy();
  }, [drawer, spec, locale]);

  return (
    <figure className={styles.figure} data-chart={spec.kind}>
      <div className={styles.canvasBox}>
        <canvas ref={canvas} aria-hidden="true" data-drawn={drawn ? "true" : "false"} />
      </div>
      <figcaption className={styles.caption}>
        <span className={styles.visuallyHidden}>
          {locale === "en-US" ? `${text.title}. ` : `${text.title}。`}
        </span>
        {text.summary}
      </figcaption>
      {spec.kind === "indicator" && <ChartTargetNotes spec={spec} texts={texts} locale={locale} />}
      <table className={styles.visuallyHidden}>
        <caption>{texts.chartData(text.title)}</caption>
        <thead>
          <tr>
            {text.head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {text.rows.map((row, r) => (
            <tr key={`${row[0]}|${r}`}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
