/**
 * The as-of date (截至日期) of time progress. It shows today, or the date the tables' headers name once a check has
 * found one; the check gets a date only when the user changes it (then every table uses it), so a table headed
 * 截至6月 keeps its own date otherwise.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { UiTexts } from "../../i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface AsOfFieldProps {
  texts: UiTexts;
  /** The date shown: the user's choice, else the tables' date, else today (`YYYY-MM-DD`). */
  value: string;
  /** The user chose it (it goes to the check). */
  chosen: boolean;
  /** The date the tables' headers name, with their words. */
  fromTables: { date: string; words: string } | null;
  disabled: boolean;
  onChange(value: string): void;
  onReset(): void;
}

export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function AsOfField(props: AsOfFieldProps) {
  const { texts, value, chosen, fromTables, disabled, onChange, onReset } = props;
  const styles = useStyles();
  const invalid = chosen && !isValidDate(value);
  const hint = [
    chosen ? texts.asOf.chosen : texts.asOf.hint,
    !chosen && fromTables ? texts.asOf.fromTables(fromTables.date, fromTables.words) : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <Field
      label={texts.asOf.label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? texts.asOf.invalid : undefined}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            type="date"
            value={value}
            disabled={disabled}
            onChange={(_, data) => onChange(data.value)}
          />
          {chosen && (
            <Button size="small" appearance="subtle" disabled={disabled} onClick={onReset}>
              {texts.asOf.reset}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
