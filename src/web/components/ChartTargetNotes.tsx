/**
 * Beside an indicator's chart, in words: the plan targets that could not be compared with the table (so they are
 * not drawn against it) with the reason, and the years whose two targets disagree (both drawn).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorChartSpec } from "../../core/charts";
import { catalog, uiText, type Locale, type PageTexts } from "../../i18n";
import { targetLabel } from "../../ui/targetsView";
import { amountText } from "../charts/chartConfig";

const useStyles = makeStyles({
  notes: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: "#242424", // on the figure's white, in either theme
  },
  list: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function ChartTargetNotes(props: {
  spec: IndicatorChartSpec;
  texts: PageTexts;
  locale: Locale;
}) {
  const { spec, texts, locale } = props;
  const styles = useStyles();
  const ui = uiText(locale);
  const o = catalog(locale).charts;
  const amount = (value: number | null) => amountText(value, locale) ?? texts.noValue;
  const conflicts = spec.otherTargets
    ? spec.years.flatMap((year, i) => {
        const other = spec.otherTargets![i];
        return other === null
          ? []
          : [texts.chartTargetsConflict(o.yearValue(year), amount(spec.targets[i]), amount(other))];
      })
    : [];
  return (
    <>
      {conflicts.length > 0 && (
        <p className={styles.notes} data-testid="targets-conflict">
          {conflicts.join(" ")}
        </p>
      )}
      {spec.notDrawn && spec.notDrawn.length > 0 && (
        <div className={styles.notes} data-testid="targets-not-drawn">
          {texts.chartTargetsNotDrawn}
          <ul className={styles.list}>
            {spec.notDrawn.map(({ target, reason }, i) => (
              <li key={i}>
                {texts.chartTargetNotDrawn(
                  targetLabel(target, ui, locale),
                  ui.targetReason(reason)
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
