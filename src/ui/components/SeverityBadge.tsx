/** A severity shown by icon, text and the mark colour together — never by colour alone. */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { badge } from "../styles";
import type { Severity } from "../../core/model";
import { SEVERITY_FILL } from "../../core/marks";

/** Dark text and icon tones that stay readable on the light mark fills, in light and dark themes alike. */
const INK = "#242424";
export const SEVERITY_ICON_TONE: Record<Severity, string> = {
  error: "#A4262C",
  warning: "#835B00",
  info: "#0F548C",
};
export const SEVERITY_ICONS = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
} as const;

const useStyles = makeStyles({
  badge: {
    ...badge,
    color: INK,
    flexShrink: 0,
  },
  icon: { flexShrink: 0 },
});

export interface SeverityBadgeProps {
  severity: Severity;
  /** The visible text: the severity's name, or e.g. `错误 3 处`. */
  label: string;
  className?: string;
}

export function SeverityBadge({ severity, label, className }: SeverityBadgeProps) {
  const styles = useStyles();
  const Icon = SEVERITY_ICONS[severity];
  return (
    <span
      className={mergeClasses(styles.badge, className)}
      style={{ backgroundColor: SEVERITY_FILL[severity] }}
      data-severity={severity}
    >
      <Icon
        className={styles.icon}
        style={{ color: SEVERITY_ICON_TONE[severity] }}
        aria-hidden="true"
      />
      {label}
    </span>
  );
}
