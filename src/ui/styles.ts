/** Styles the pane and the page share (Griffel style objects, for each component's own makeStyles). */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** Read by screen readers, not shown: the status line, a chart's data table. */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/** A small pill with an icon and a word: a severity or a traffic light (each adds its colours). */
export const badge: GriffelStyle = {
  display: "inline-flex",
  alignItems: "center",
  columnGap: tokens.spacingHorizontalXS,
  paddingBlock: "1px",
  paddingInline: tokens.spacingHorizontalS,
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  fontWeight: tokens.fontWeightSemibold,
  whiteSpace: "nowrap",
};

/** A list without bullets or indent. */
export const bareList: GriffelStyle = { margin: 0, padding: 0, listStyleType: "none" };

/** A list of buttons, one under the other (findings, tables found). */
export const buttonColumn = (rowGap: string): GriffelStyle => ({
  ...bareList,
  display: "flex",
  flexDirection: "column",
  rowGap,
});

/** A text button that reads like a list entry: several lines, left-aligned, regular weight. */
export const entryButton = (paddingBlock: string): GriffelStyle => ({
  width: "100%",
  maxWidth: "none",
  height: "auto",
  minHeight: "unset",
  paddingBlock,
  paddingInline: tokens.spacingHorizontalS,
  textAlign: "start",
  whiteSpace: "normal",
  fontWeight: tokens.fontWeightRegular,
});

/** The header of a collapsible section (tables found, plan targets). */
export const sectionHeader = {
  heading: { margin: 0 },
  headerText: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
} satisfies Record<string, GriffelStyle>;
