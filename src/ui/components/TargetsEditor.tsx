/**
 * The plan targets editor: the workbook's targets (its 目标 sheet), each editable and deletable; a form to add one;
 * the plan's sentences pasted and read into targets; and saving back to the workbook, so colleagues and the command
 * line read the same targets. A collapsible section, like the list of tables.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { bareList, sectionHeader } from "../styles";
import { Add20Regular, Save20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookReport } from "../../core/check";
import type { PlanTarget } from "../../core/model";
import type { Locale, UiTexts } from "../../i18n";
import {
  EMPTY_DRAFT,
  draftOf,
  draftProblems,
  resultOf,
  targetConflicts,
  targetLabel,
  targetOfDraft,
} from "../targetsView";
import type { TargetsState } from "../hooks/useTargets";
import { FailureBar } from "./FailureBar";
import { SentencePaste } from "./SentencePaste";
import { TargetForm } from "./TargetForm";
import { TargetItem } from "./TargetItem";

const useStyles = makeStyles({
  ...sectionHeader,
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: bareList,
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  unsaved: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface TargetsEditorProps {
  texts: UiTexts;
  locale: Locale;
  state: TargetsState;
  /** The last check's report: what became of each target. */
  report: WorkbookReport | null;
  /** Another call is under way (a check): editing waits. */
  disabled: boolean;
  /** Open the section when the pane opens. */
  defaultOpen?: boolean;
}

/**
 * The form open: on a target of the list — the very object, not its place, so a list that changes under the form
 * (a read lands, another file opens) never gets the edit on another row — or the form that adds one.
 */
type Editing = { target: PlanTarget } | "new" | null;

/** Where keyboard focus goes when a form closes or a target is deleted (the button pressed is gone). */
type FocusTarget = { edit: number } | "add" | null;

export function TargetsEditor({
  texts,
  locale,
  state,
  report,
  disabled,
  defaultOpen,
}: TargetsEditorProps) {
  const styles = useStyles();
  const idPrefix = useId("targets");
  const [editing, setEditing] = useState<Editing>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const panel = useRef<HTMLDivElement>(null);
  const labels = texts.targets;
  const targets = state.targets ?? [];
  const conflicts = useMemo(() => targetConflicts(targets), [targets]);
  const busy = disabled || state.saving;
  // A form whose target the list no longer holds closes; so does every form while a file's targets are read.
  if (
    editing !== null &&
    (state.targets === null || (editing !== "new" && !targets.includes(editing.target)))
  )
    setEditing(null);

  useEffect(() => {
    if (!focusTarget || !panel.current) return;
    const selector =
      focusTarget === "add" ? "[data-target-add]" : `[data-target-edit="${focusTarget.edit}"]`;
    (
      panel.current.querySelector<HTMLElement>(selector) ??
      panel.current.querySelector<HTMLElement>("[data-target-add]")
    )?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const closeForm = (index: number | "new") => {
    setEditing(null);
    setFocusTarget(index === "new" ? "add" : { edit: index });
  };

  return (
    <section aria-labelledby={`${idPrefix}-heading`}>
      <Accordion collapsible defaultOpenItems={defaultOpen ? ["targets"] : []}>
        <AccordionItem value="targets">
          <AccordionHeader as="h2" id={`${idPrefix}-heading`} className={styles.heading}>
            <span className={styles.headerText}>{labels.heading(targets.length)}</span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel} ref={panel}>
            <p className={styles.intro}>{labels.intro}</p>
            <FailureBar texts={texts} failed={state.failure} onDismiss={state.dismissFailure} />
            {state.targets === null ? (
              <p className={styles.empty}>{labels.loading}</p>
            ) : targets.length === 0 ? (
              <p className={styles.empty}>{labels.empty}</p>
            ) : (
              <ul className={styles.list} aria-label={labels.listLabel}>
                {targets.map((target, index) =>
                  editing !== "new" && editing?.target === target ? (
                    // One key wherever its target moves (a read reorders the list): the form keeps what was typed.
                    <li key="edit-form">
                      <TargetForm
                        texts={texts}
                        title={labels.form.editTitle}
                        initial={draftOf(target)}
                        onSubmit={(draft) => {
                          state.replace(target, targetOfDraft(draft, target));
                          closeForm(index);
                        }}
                        onCancel={() => closeForm(index)}
                      />
                    </li>
                  ) : (
                    <li key={`${target.indicator}|${target.period}|${index}`}>
                      <TargetItem
                        texts={texts}
                        locale={locale}
                        target={target}
                        result={resultOf(target, report)}
                        conflict={
                          conflicts[index].length > 0
                            ? labels.conflictsWith(
                                conflicts[index].map((j) => targetLabel(targets[j], texts, locale))
                              )
                            : null
                        }
                        problem={Object.values(draftProblems(draftOf(target), texts))[0] ?? null}
                        disabled={busy}
                        editKey={index}
                        onEdit={() => setEditing({ target })}
                        onRemove={() => {
                          state.remove(target);
                          setEditing(null);
                          // The next target takes this one's place (or, after the last, the one before).
                          setFocusTarget(
                            targets.length > 1
                              ? { edit: Math.min(index, targets.length - 2) }
                              : "add"
                          );
                        }}
                      />
                    </li>
                  )
                )}
              </ul>
            )}
            {editing === "new" ? (
              <TargetForm
                texts={texts}
                title={labels.form.addTitle}
                initial={EMPTY_DRAFT}
                onSubmit={(draft) => {
                  state.add([targetOfDraft(draft)]);
                  closeForm("new");
                }}
                onCancel={() => closeForm("new")}
              />
            ) : (
              <div className={styles.actions}>
                <Button
                  data-target-add
                  icon={<Add20Regular />}
                  disabledFocusable={busy || state.targets === null}
                  onClick={() => setEditing("new")}
                >
                  {labels.add}
                </Button>
              </div>
            )}
            <SentencePaste
              texts={texts}
              locale={locale}
              disabled={busy || state.targets === null}
              onAdd={state.add}
            />
            <div className={styles.actions}>
              <Button
                appearance={state.dirty ? "primary" : "secondary"}
                icon={<Save20Regular />}
                disabledFocusable={busy || !state.dirty || !state.valid}
                onClick={() => void state.save()}
              >
                {state.saving ? labels.saving : labels.save}
              </Button>
              {state.dirty && (
                <Button appearance="subtle" disabledFocusable={busy} onClick={state.revert}>
                  {labels.revert}
                </Button>
              )}
              <span className={state.dirty ? styles.unsaved : styles.status} role="status">
                {state.dirty
                  ? labels.unsaved
                  : state.targets && targets.length > 0
                    ? labels.saved
                    : ""}
              </span>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
