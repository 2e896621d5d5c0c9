/**
 * One plan target in the editor: what it says (value with its unit; converted into the table's unit where the last
 * check compared it so), the plan's sentence, what the last check made of it, and buttons to edit or delete it.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  Delete20Regular,
  Edit20Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { PlanTarget } from "../../core/model";
import type { Locale, UiTexts } from "../../i18n";
import { localeNumber, targetLabel, type TargetResult } from "../targetsView";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  result: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  problem: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  conflict: {
    display: "inline-flex",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  buttons: { display: "flex", alignItems: "start" },
});

const RESULT_ICON = {
  met: { Icon: CheckmarkCircle16Filled, color: tokens.colorPaletteGreenForeground1 },
  "not-met": { Icon: ErrorCircle16Filled, color: tokens.colorPaletteRedForeground1 },
  unchecked: { Icon: Info16Filled, color: tokens.colorNeutralForeground3 },
} as const;

export interface TargetItemProps {
  texts: UiTexts;
  locale: Locale;
  target: PlanTarget;
  result: TargetResult | null;
  /** Incomplete (a sentence without a year): what to fix. */
  problem: string | null;
  /** Another target of the list says otherwise for the same indicator and year: said in words. */
  conflict?: string | null;
  disabled: boolean;
  /** Marks the edit button, so the editor can bring focus back to it. */
  editKey: number;
  onEdit(): void;
  onRemove(): void;
}

export function TargetItem(props: TargetItemProps) {
  const { texts, locale, target, result, problem, disabled, editKey, onEdit, onRemove } = props;
  const styles = useStyles();
  const label = targetLabel(target, texts, locale);
  const outcome = result ? RESULT_ICON[result.status] : null;
  return (
    <div className={styles.item}>
      <div className={styles.text}>
        <span className={styles.label}>{label}</span>
        {result?.inTableUnit && (
          <span className={styles.detail}>
            {texts.targets.inTableUnit(
              localeNumber(result.inTableUnit.value, locale),
              result.inTableUnit.unit
            )}
          </span>
        )}
        {target.source && (
          <span className={styles.detail}>{texts.targets.source(target.source)}</span>
        )}
        {result && outcome && (
          <span className={styles.result} data-outcome={result.status}>
            <outcome.Icon style={{ color: outcome.color }} aria-hidden="true" />
            {texts.targets.outcomeText(
              texts.targets.outcome[result.status],
              result.reason && texts.targetReason(result.reason)
            )}
          </span>
        )}
        {problem && <span className={styles.problem}>{problem}</span>}
        {props.conflict && (
          <span className={styles.conflict} data-testid="target-conflict">
            <Warning16Filled
              style={{ color: tokens.colorPaletteDarkOrangeForeground1 }}
              aria-hidden="true"
            />
            {props.conflict}
          </span>
        )}
      </div>
      <div className={styles.buttons}>
        {[
          { icon: <Edit20Regular />, name: texts.targets.edit(label), onClick: onEdit, edit: true },
          { icon: <Delete20Regular />, name: texts.targets.remove(label), onClick: onRemove },
        ].map(({ icon, name, onClick, edit }) => (
          <Button
            key={name}
            {...(edit ? { "data-target-edit": editKey } : {})}
            appearance="subtle"
            icon={icon}
            aria-label={name}
            title={name}
            disabledFocusable={disabled}
            onClick={onClick}
          />
        ))}
      </div>
    </div>
  );
}
