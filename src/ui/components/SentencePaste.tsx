/**
 * Plan sentences pasted and read into targets (parsePlanSentence): what was read is shown first, each with a box to
 * leave it out, and only added when the user says so.
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
import type { Locale, UiTexts } from "../../i18n";
import { targetLabel, targetsInText } from "../targetsView";

const useStyles = makeStyles({
  paste: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  found: { margin: 0, fontSize: tokens.fontSizeBase200 },
  list: bareList,
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
  const [found, setFound] = useState<PlanTarget[] | null>(null);
  const [included, setIncluded] = useState<boolean[]>([]);

  const read = () => {
    const targets = targetsInText(text);
    setFound(targets);
    setIncluded(targets.map(() => true));
  };
  const chosen = (found ?? []).filter((_, i) => included[i]);
  const add = () => {
    onAdd(chosen);
    setText("");
    setFound(null);
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
            setFound(null);
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
            {labels.found(found.length)}
          </p>
          <ul className={styles.list}>
            {found.map((target, i) => {
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
                  {!target.period && <span className={styles.warning}>{labels.missingPeriod}</span>}
                </li>
              );
            })}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={disabled || chosen.length === 0} onClick={add}>
              {labels.addSelected(chosen.length)}
            </Button>
            <Button onClick={() => setFound(null)}>{labels.cancel}</Button>
          </div>
        </>
      )}
    </section>
  );
}
