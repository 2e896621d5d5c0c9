/** The form of one plan target: indicator, year, condition, value and unit (or base year for 翻番), the plan's sentence. */
import {
  Button,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { TargetOp } from "../../core/model";
import { opOf } from "../../core/targets/words";
import type { UiTexts } from "../../i18n";
import { CONDITION_WORDS, draftProblems, type TargetDraft } from "../targetsView";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const OPS: readonly TargetOp[] = [">", ">=", "double"];

export interface TargetFormProps {
  texts: UiTexts;
  title: string;
  initial: TargetDraft;
  onSubmit(draft: TargetDraft): void;
  onCancel(): void;
}

export function TargetForm({ texts, title, initial, onSubmit, onCancel }: TargetFormProps) {
  const styles = useStyles();
  const titleId = useId("target-form");
  const labels = texts.targets.form;
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const problems = tried ? draftProblems(draft, texts) : {};
  const op = opOf(draft.verb) ?? ">";
  const set = (field: keyof TargetDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  // The plan's own word stays selectable even when the form does not offer it (an English header's `at least`).
  const offered = OPS.flatMap((o) => CONDITION_WORDS[o]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(draftProblems(draft, texts)).length === 0) onSubmit(draft);
  };

  const fieldState = (problem: string | undefined) =>
    problem ? { validationState: "error" as const, validationMessage: problem } : {};

  return (
    <form className={styles.form} aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <Field label={labels.indicator} required {...fieldState(problems.indicator)}>
        <Input
          value={draft.indicator}
          onChange={(_, data) => set("indicator")(data.value)}
          autoFocus
        />
      </Field>
      <div className={styles.pair}>
        <Field
          label={labels.period}
          hint={labels.periodHint}
          required
          {...fieldState(problems.period)}
        >
          <Input
            value={draft.period}
            inputMode="numeric"
            onChange={(_, data) => set("period")(data.value)}
          />
        </Field>
        <Field label={labels.condition}>
          <Select value={draft.verb} onChange={(_, data) => set("verb")(data.value)}>
            {OPS.map((o) => (
              <optgroup key={o} label={labels.conditionGroups[o]}>
                {CONDITION_WORDS[o].map((word) => (
                  <option key={word} value={word}>
                    {word}
                  </option>
                ))}
              </optgroup>
            ))}
            {!offered.includes(draft.verb) && <option value={draft.verb}>{draft.verb}</option>}
          </Select>
        </Field>
      </div>
      {op === "double" ? (
        <Field label={labels.base} required {...fieldState(problems.base)}>
          <Input
            value={draft.base}
            inputMode="numeric"
            onChange={(_, data) => set("base")(data.value)}
          />
        </Field>
      ) : (
        <div className={styles.pair}>
          <Field label={labels.value} required {...fieldState(problems.value)}>
            <Input
              value={draft.value}
              inputMode="decimal"
              onChange={(_, data) => set("value")(data.value)}
            />
          </Field>
          <Field label={labels.unit} hint={labels.unitHint}>
            <Input value={draft.unit} onChange={(_, data) => set("unit")(data.value)} />
          </Field>
        </div>
      )}
      <Field label={labels.source}>
        <Textarea
          value={draft.source}
          resize="vertical"
          onChange={(_, data) => set("source")(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {labels.ok}
        </Button>
        <Button onClick={onCancel}>{labels.cancel}</Button>
      </div>
    </form>
  );
}
