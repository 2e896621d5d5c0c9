/**
 * What the marks in the sheet mean: the one palette (SEVERITY_FILL, LIGHT_FILL) with each colour's name, the
 * severity or traffic light it stands for, and its icon — never the colour alone.
 */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { DEFAULT_THRESHOLDS } from "../../core/progress/measures";
import { LIGHT_FILL, SEVERITY_FILL } from "../../core/marks";
import type { Severity, TrafficLight } from "../../core/model";
import { SEVERITIES } from "../reportView";
import type { UiTexts } from "../../i18n";
import { LIGHT_ICON_TONE, LIGHT_ICONS } from "./LightBadge";
import { SEVERITY_ICON_TONE, SEVERITY_ICONS } from "./SeverityBadge";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  lights: { flexDirection: "column" },
  entry: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "18px",
    height: "18px",
    borderRadius: tokens.borderRadiusSmall,
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

const LIGHTS: readonly TrafficLight[] = ["red", "yellow", "green"];

function Swatch({
  fill,
  light,
  children,
}: {
  fill: string | null;
  light?: TrafficLight;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <span
      className={styles.swatch}
      data-legend-light={light}
      style={fill ? { backgroundColor: fill } : undefined}
      aria-hidden="true"
    >
      {children}
    </span>
  );
}

export function PaletteLegend({ texts }: { texts: UiTexts }) {
  const styles = useStyles();
  const headingId = useId("legend");
  const severityId = useId("legend-severity");
  const lightsId = useId("legend-lights");
  const severityIcon = (severity: Severity) => {
    const Icon = SEVERITY_ICONS[severity];
    return <Icon style={{ color: SEVERITY_ICON_TONE[severity] }} />;
  };
  const lightIcon = (light: TrafficLight) => {
    const Icon = LIGHT_ICONS[light];
    return <Icon style={{ color: LIGHT_ICON_TONE[light] }} />;
  };
  const lightColour = (light: TrafficLight) =>
    light === "green" ? null : texts.lightColourName[light];
  return (
    <section className={styles.legend} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {texts.legendHeading}
      </h2>
      <div className={styles.group}>
        <h3 id={severityId} className={styles.groupHeading}>
          {texts.legendSeverities}
        </h3>
        <ul className={styles.list} aria-labelledby={severityId}>
          {SEVERITIES.map((severity) => (
            <li key={severity} className={styles.entry} data-severity={severity}>
              <Swatch fill={SEVERITY_FILL[severity]}>{severityIcon(severity)}</Swatch>
              {texts.legendEntry(texts.colourName[severity], texts.severity[severity])}
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.group}>
        <h3 id={lightsId} className={styles.groupHeading}>
          {texts.legendLights}
        </h3>
        <ul className={`${styles.list} ${styles.lights}`} aria-labelledby={lightsId}>
          {LIGHTS.map((light) => (
            <li key={light} className={styles.entry} data-light={light}>
              <Swatch fill={light === "green" ? null : LIGHT_FILL[light]} light={light}>
                {lightIcon(light)}
              </Swatch>
              {texts.legendLight(
                texts.lightName[light],
                texts.lightMeaning(light, DEFAULT_THRESHOLDS.yellowWithin),
                lightColour(light)
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
