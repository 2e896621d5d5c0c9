/**
 * What the pane is doing right now. A check shows its steps (读取工作表 → 识别表格并校验 → 标注问题) as the host
 * reports them, in a progress bar labelled with the current one; other calls show an indeterminate bar.
 */
import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckStep } from "../../ui/host";
import type { UiTexts } from "../../i18n";

export const CHECK_STEPS: readonly CheckStep[] = ["read", "check", "mark"];

const useStyles = makeStyles({
  steps: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
});

export interface RunProgressProps {
  texts: UiTexts;
  /** What is under way: the text of a non-check call, or the check with its current step (null before the first). */
  label: string;
  step?: CheckStep | null;
  checking?: boolean;
}

/** The text of the current step: `第 2 步，共 3 步：识别表格并校验…`, or the plain label before the first step. */
export function progressText(texts: UiTexts, label: string, step: CheckStep | null | undefined) {
  if (!step) return label;
  return texts.stepOf(CHECK_STEPS.indexOf(step) + 1, CHECK_STEPS.length, texts.checkStep[step]);
}

export function RunProgress({ texts, label, step, checking }: RunProgressProps) {
  const styles = useStyles();
  const index = step ? CHECK_STEPS.indexOf(step) : -1;
  return (
    <Field label={progressText(texts, label, step)} validationState="none">
      <ProgressBar
        thickness="large"
        {...(checking && index >= 0 ? { value: (index + 1) / (CHECK_STEPS.length + 1) } : {})}
      />
      {checking && (
        <ol className={styles.steps} aria-hidden="true">
          {CHECK_STEPS.map((name, i) => (
            <li
              key={name}
              className={i === index ? styles.current : i < index ? styles.done : undefined}
            >
              {`${i > 0 ? "→ " : ""}${texts.checkStep[name]}`}
            </li>
          ))}
        </ol>
      )}
    </Field>
  );
}
