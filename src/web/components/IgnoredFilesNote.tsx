/** The files of a choice that the page did not open (it opens one at a time), named — never dropped silently. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PageTexts } from "../../i18n";

export function IgnoredFilesNote({ texts, names }: { texts: PageTexts; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="extra-files">
      <MessageBarBody>{texts.extraFilesIgnored(names)}</MessageBarBody>
    </MessageBar>
  );
}
