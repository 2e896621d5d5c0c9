/**
 * The workbook's sheet tabs: a tablist whose tabs take the arrow keys (one tab stop, on the selected tab) and a
 * click or Enter to switch. Plain buttons with the tab role rather than Fluent's TabList, whose focus sentinels axe
 * reports as aria-hidden-focus (see useRovingFocus).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRovingFocus } from "../../ui/hooks/useRovingFocus";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface SheetTabsProps {
  label: string;
  tabs: { value: string; label: string }[];
  selected: string;
  onSelect(value: string): void;
}

export function SheetTabs({ label, tabs, selected, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const roving = useRovingFocus<HTMLDivElement>("horizontal", '[aria-selected="true"]');
  return (
    <div role="tablist" aria-label={label} className={styles.list} {...roving}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            aria-selected={isSelected}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            data-sheet-tab={tab.value}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
