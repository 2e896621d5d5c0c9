/**
 * A traffic light of time progress shown by icon, text and its mark colour together — never by colour alone. Red and
 * yellow lights are warnings (behind-schedule): both carry the warning symbol; the fill and the words tell them apart.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { badge } from "../styles";
import type { TrafficLight } from "../../core/model";
import { LIGHT_FILL } from "../../core/marks";

/** Icon tones readable on the light fills; green has no fill, so its tone follows the theme. */
export const LIGHT_ICON_TONE: Record<TrafficLight, string> = {
  red: "#8A3707",
  yellow: "#835B00",
  green: tokens.colorPaletteGreenForeground1,
};
export const LIGHT_ICONS = {
  red: Warning16Filled,
  yellow: Warning16Filled,
  green: CheckmarkCircle16Filled,
} as const;

const useStyles = makeStyles({
  badge,
  filled: { color: "#242424" },
  plain: {
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function LightBadge({ light, label }: { light: TrafficLight; label: string }) {
  const styles = useStyles();
  const Icon = LIGHT_ICONS[light];
  const fill = light === "green" ? undefined : LIGHT_FILL[light];
  return (
    <span
      className={`${styles.badge} ${fill ? styles.filled : styles.plain}`}
      style={fill ? { backgroundColor: fill } : undefined}
      data-light={light}
    >
      <Icon
        style={{ color: LIGHT_ICON_TONE[light] }}
        aria-hidden="true"
        data-mark={light === "green" ? undefined : "warning"}
      />
      {label}
    </span>
  );
}
