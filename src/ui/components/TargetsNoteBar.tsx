/** After 校验: the changed targets were saved first, or (incomplete) were not and the check used the saved ones. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { UiTexts } from "../../i18n";
import type { TargetsNote } from "../hooks/useCheckFlow";

export function TargetsNoteBar({ texts, note }: { texts: UiTexts; note: TargetsNote }) {
  if (!note) return null;
  return (
    <MessageBar intent={note === "savedOnCheck" ? "info" : "warning"} layout="multiline">
      <MessageBarBody>{texts.targets[note]}</MessageBarBody>
    </MessageBar>
  );
}
