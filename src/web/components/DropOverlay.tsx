/** Shown over the page while a file is dragged over it. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUp24Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  overlay: {
    position: "fixed",
    inset: 0,
    zIndex: 100,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    columnGap: tokens.spacingHorizontalM,
    backgroundColor: "rgba(15, 108, 189, 0.12)",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: "none",
  },
});

export function DropOverlay({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.overlay} aria-hidden="true" data-testid="drop-overlay">
      <DocumentArrowUp24Regular />
      {text}
    </div>
  );
}
