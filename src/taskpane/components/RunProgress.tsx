/** What the pane is doing right now, while a host call is under way. */
import { Spinner } from "@fluentui/react-components";

export function RunProgress({ step }: { step: string }) {
  return <Spinner size="tiny" labelPosition="after" label={step} />;
}
