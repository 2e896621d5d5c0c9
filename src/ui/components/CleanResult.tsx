/** What a run that found nothing to fix says: no problems, or (when no table was recognized) why nothing was checked. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { UiTexts } from "../../i18n";

export type CleanKind = "noFindings" | "noErrorsOrWarnings" | "noTables";

export function CleanResult({ texts, kind }: { texts: UiTexts; kind: CleanKind }) {
  if (kind === "noTables") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.noTables}</MessageBarTitle>
          {texts.noTablesHint}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {kind === "noFindings" ? texts.noFindings : texts.noErrorsOrWarnings}
      </MessageBarBody>
    </MessageBar>
  );
}
