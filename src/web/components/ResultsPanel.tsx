/**
 * The page's right-hand column: the shared results block (summary, findings, tables found — loaded lazily), the
 * plan targets editor once a workbook is open, and the legend of the marks and the table frame.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import type { Locale } from "../../i18n";
import type { PageTexts, UiTexts } from "../../i18n";
import { PaletteLegend } from "../../ui/components/PaletteLegend";
import { BulletinSection } from "../../ui/components/BulletinSection";
import { PreviousFileField } from "../../ui/components/PreviousFileField";
import type { PreviousFileState } from "../../ui/hooks/usePreviousFile";
import { ResultsBlock } from "../../ui/components/ResultsBlock";
import type { Session } from "../../ui/hooks/useSession";
import type { TargetsState } from "../../ui/hooks/useTargets";
import { TABLE_OUTLINE } from "../grid/SheetGrid";
import { TablesFound, TargetsEditor } from "./lazyPanels";

/** More findings than this are counted but not listed: thousands of buttons would slow the page down. */
export const LISTED_FINDINGS = 1000;

const useStyles = makeStyles({
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxHeight: "max(420px, calc(100vh - 230px))",
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalXS,
  },
  outlineLegend: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  outlineSwatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    border: `2px solid ${TABLE_OUTLINE}`,
  },
});

export interface ResultsPanelProps {
  texts: PageTexts;
  ui: UiTexts;
  /** The shared strings with the page's wording of where the targets go (the page, not the user's file). */
  targetTexts: UiTexts;
  locale: Locale;
  session: Session;
  targets: TargetsState;
  /** A workbook is open: the targets editor shows. */
  opened: boolean;
  /** Something runs: the lists wait. */
  busy: boolean;
  /** The targets editor waits for the page's own jobs, not for its own saving. */
  targetsDisabled: boolean;
  /** 上月文件: last month's workbook for the checks. */
  previousFile: PreviousFileState;
}

export function ResultsPanel(props: ResultsPanelProps) {
  const { texts, ui, targetTexts, locale, session, targets, busy } = props;
  const styles = useStyles();
  const { report } = session;
  return (
    <section className={styles.results} aria-label={texts.resultsPanel}>
      <ResultsBlock
        texts={ui}
        session={session}
        disabled={busy}
        TablesList={TablesFound}
        limit={LISTED_FINDINGS}
        limitNote={texts.listLimited}
      />
      <BulletinSection texts={ui} locale={locale} report={report} />
      <PreviousFileField texts={ui} state={props.previousFile} disabled={busy} />
      {props.opened && (
        <Suspense fallback={null}>
          <TargetsEditor
            texts={targetTexts}
            locale={locale}
            state={targets}
            report={report}
            disabled={props.targetsDisabled}
          />
        </Suspense>
      )}
      <PaletteLegend texts={ui} />
      <p className={styles.outlineLegend}>
        <span className={styles.outlineSwatch} aria-hidden="true" />
        {texts.outlineLegend}
      </p>
    </section>
  );
}
