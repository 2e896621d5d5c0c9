/** 上月文件: a button that opens the file picker, the chosen file's name, and a way to stop comparing. */
import { Button, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { UiTexts } from "../../i18n";
import type { PreviousFileState } from "../hooks/usePreviousFile";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hidden: { display: "none" },
});

/** What the reader takes: the inputs' formats. */
export const PREVIOUS_FILE_TYPES = ".xlsx,.xlsm,.xls,.et,.ods,.csv";

export interface PreviousFileFieldProps {
  texts: UiTexts;
  state: PreviousFileState;
  disabled: boolean;
}

export function PreviousFileField({ texts, state, disabled }: PreviousFileFieldProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  if (!state.supported) return null;
  const words = texts.previousFile;
  const busy = disabled || state.reading;
  return (
    <Field
      label={words.label}
      hint={words.hint}
      validationState={state.error ? "error" : "none"}
      validationMessage={state.error ?? undefined}
    >
      {(fieldProps) => (
        <div className={styles.column}>
          <div className={styles.row}>
            <input
              ref={input}
              className={styles.hidden}
              type="file"
              accept={PREVIOUS_FILE_TYPES}
              data-testid="previous-file-input"
              tabIndex={-1}
              aria-hidden
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = ""; // the same file picked again is read again
                if (file) void state.choose(file);
              }}
            />
            <Button
              // Its own words are its name (a label for= would rename it 上月文件); the hint describes it.
              aria-describedby={fieldProps["aria-describedby"]}
              size="small"
              disabled={busy}
              onClick={() => input.current?.click()}
            >
              {words.choose}
            </Button>
            {state.name && (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                onClick={() => void state.clear()}
              >
                {words.clear}
              </Button>
            )}
          </div>
          {(state.reading || state.name) && (
            <Text size={200} aria-live="polite">
              {state.reading ? words.reading : words.chosen(state.name!)}
            </Text>
          )}
        </div>
      )}
    </Field>
  );
}
