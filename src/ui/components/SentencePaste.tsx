/**
 * Plan sentences, or a whole plan document, pasted and read into targets (readPlanDocument): what was read is shown
 * first, under the sentence it comes from, each with a box to leave it out, and only added when the user says so.
 * What the document states but is no target for a breakdown table (a park's, a rate) is listed with the reason.
 */
import {
  Button,
  Checkbox,
  Field,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { bareList } from "../styles";
import { useState } from "react";
import type { PlanTarget } from "../../core/model";
// The plan reader lives only in this (lazily loaded) editor: the page's first bundle does not carry it.
import { readPlanDocument, type PlanReading } from "../../core/targets/planDocument";
import type { Locale, UiTexts } from "../../i18n";
import { bySentence, targetLabel } from "../targetsView";

const useStyles = makeStyles({
  paste: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  found: { margin: 0, fontSize: tokens.fontSizeBase200 },
  list: bareList,
  sentence: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  excluded: {
    ...bareList,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  warning: {
    display: "block",
    marginInlineStart: "32px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface SentencePasteProps {
  texts: UiTexts;
  locale: Locale;
  disabled: boolean;
  onAdd(targets: PlanTarget[]): void;
}

export function SentencePaste({ texts, locale, disabled, onAdd }: SentencePasteProps) {
  const styles = useStyles();
  const headingId = useId("paste");
  const labels = texts.targets.paste;
  const [text, setText] = useState("");
  const [reading, setReading] = useState<PlanReading | null>(null);
  const [included, setIncluded] = useState<boolean[]>([]);
  const found: PlanTarget[] | null = reading?.targets ?? null;
  const excludedId = useId("excluded");

  const read = () => {
    const result = readPlanDocument(text);
    setReading(result);
    setIncluded(result.targets.map(() => true));
  };
  const chosen = (found ?? []).filter((_, i) => included[i]);
  const foundText = (count: number) =>
    reading?.mode === "section" && reading.sectionHeading
      ? labels.foundInSection(count, reading.sectionHeading)
      : reading?.mode === "form"
        ? labels.foundInForm(count)
        : labels.found(count);
  const add = () => {
    onAdd(chosen);
    setText("");
    setReading(null);
  };

  return (
    <section className={styles.paste} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {labels.heading}
      </h3>
      <Field label={labels.label} hint={labels.hint}>
        <Textarea
          value={text}
          resize="vertical"
          onChange={(_, data) => {
            setText(data.value);
            setReading(null);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button disabled={disabled || text.trim() === ""} onClick={read}>
          {labels.read}
        </Button>
      </div>
      {found && found.length === 0 && (
        <p className={styles.found} role="status">
          {labels.nothing}
        </p>
      )}
      {found && found.length > 0 && (
        <>
          <p className={styles.found} role="status">
            {foundText(found.length)}
          </p>
          <ul className={styles.list}>
            {bySentence(found).map(({ sentence, indexes }) => (
              <li key={`${indexes[0]}|${sentence}`}>
                {sentence && <p className={styles.sentence}>{labels.sentence(sentence)}</p>}
                <ul className={styles.list}>
                  {indexes.map((i) => {
                    const target = found[i];
                    const label = targetLabel(target, texts, locale);
                    return (
                      <li key={`${label}|${i}`}>
                        <Checkbox
                          checked={included[i]}
                          label={label}
                          aria-label={labels.include(label)}
                          onChange={(_, data) =>
                            setIncluded((list) =>
                              list.map((v, j) => (j === i ? data.checked === true : v))
                            )
                          }
                        />
                        {!target.period && (
                          <span className={styles.warning}>{labels.missingPeriod}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={disabled || chosen.length === 0} onClick={add}>
              {labels.addSelected(chosen.length)}
            </Button>
            <Button onClick={() => setReading(null)}>{labels.cancel}</Button>
          </div>
        </>
      )}
      {reading && reading.excluded.length > 0 && (
        <>
          <h4 id={excludedId} className={styles.heading}>
            {labels.excludedHeading(reading.excluded.length)}
          </h4>
          <ul className={styles.excluded} aria-labelledby={excludedId}>
            {reading.excluded.map((e, i) => (
              <li key={`${i}|${e.text}`}>
                {e.text}：{labels.excluded(e.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
