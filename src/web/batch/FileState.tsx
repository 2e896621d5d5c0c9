/** A file's state in the list, in words (and by icon and colour where there are findings): 等待, 校验中, 错误 n … */
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { BatchTexts, Locale } from "../../i18n";
import { SeverityBadge } from "../../ui/components/SeverityBadge";
import { standingOf, type FileState } from "./batchList";

const useStyles = makeStyles({
  plain: { color: tokens.colorNeutralForeground2 },
  unreadable: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  why: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  checking: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export function FileStateText({
  state,
  texts,
  locale,
}: {
  state: FileState;
  texts: BatchTexts;
  locale: Locale;
}) {
  const styles = useStyles();
  const standing = standingOf(state);
  if (state.kind === "checking")
    return (
      <span className={styles.checking}>
        <Spinner size="extra-tiny" aria-hidden="true" />
        {texts.state.checking}
      </span>
    );
  if (state.kind === "unreadable")
    return (
      <span>
        <span className={styles.unreadable}>{texts.state.unreadable}</span>
        <span className={styles.why}>{locale === "zh-CN" ? state.why.zh : state.why.en}</span>
      </span>
    );
  if (state.kind === "checked" && standing === "errors")
    return <SeverityBadge severity="error" label={texts.state.errors(state.counts.error)} />;
  if (state.kind === "checked" && standing === "warnings")
    return <SeverityBadge severity="warning" label={texts.state.warnings(state.counts.warning)} />;
  const words =
    standing === "clean"
      ? texts.state.clean
      : standing === "noTables"
        ? texts.state.noTables
        : texts.state.waiting;
  return <span className={styles.plain}>{words}</span>;
}
