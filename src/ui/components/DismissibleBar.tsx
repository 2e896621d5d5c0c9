/** A message bar with a title, what to say, and a button that closes it (failures, what this Excel lacks). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export interface DismissibleBarProps {
  intent: MessageBarIntent;
  title: string;
  children: ReactNode;
  /** The close button's accessible name (it shows an icon only). */
  dismissLabel: string;
  onDismiss(): void;
}

export function DismissibleBar({
  intent,
  title,
  children,
  dismissLabel,
  onDismiss,
}: DismissibleBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={dismissLabel}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
