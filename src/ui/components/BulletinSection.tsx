/**
 * The 通报 (bulletin) of the last run, in the pane and on the page: its paragraphs as the office would send them, a
 * 复制 button (the clipboard, or the old copy command, or — when both refuse — the text selected for Ctrl+C, with a
 * visible and announced result), and each indicator's units ranked by completion rate with their lights. Shown
 * only when the run measured progress (a table with actual columns paired with targets).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Copy16Regular } from "@fluentui/react-icons";
import { buildBulletin } from "../../core/bulletin/build";
import { bulletinText, RANKED_COLUMNS, rankedRows } from "../../core/bulletin/texts";
import type { WorkbookReport } from "../../core/check";
import { catalog, type Locale, type UiTexts } from "../../i18n";
import { copyText, selectText } from "../clipboard";
import { sectionHeader } from "../styles";
import { LightBadge } from "./LightBadge";

const useStyles = makeStyles({
  ...sectionHeader,
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: {
    margin: `${tokens.spacingVerticalXS} 0`,
    "& p": { margin: `0 0 ${tokens.spacingVerticalXS}`, lineHeight: tokens.lineHeightBase300 },
  },
  status: {
    margin: 0,
    minHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  scroll: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    marginBottom: tokens.spacingVerticalS,
    "& th, & td": {
      padding: `2px ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "start",
      whiteSpace: "nowrap",
    },
    "& caption": {
      textAlign: "start",
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXS} 0`,
    },
  },
  number: { textAlign: "end" },
});

const NUMERIC = new Set(["target", "actual", "rate", "gap"]);

export interface BulletinSectionProps {
  texts: UiTexts;
  locale: Locale;
  report: Pick<WorkbookReport, "progress"> | null;
}

export function BulletinSection({ texts, locale, report }: BulletinSectionProps) {
  const styles = useStyles();
  const id = useId("bulletin");
  const textRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"copied" | "failed" | null>(null);
  const progress = report?.progress;
  const bulletin = useMemo(() => (progress?.length ? buildBulletin(progress) : null), [progress]);
  const words = catalog(locale).bulletin;
  const text = bulletin ? bulletinText(bulletin, words) : "";
  useEffect(() => setStatus(null), [text]);
  if (!bulletin) return null;

  const copy = async () => {
    if (await copyText(text)) setStatus("copied");
    else {
      if (textRef.current) selectText(textRef.current);
      setStatus("failed");
    }
  };
  const ranked = bulletin.indicators.filter((i) => i.units.length > 0);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className={styles.top}>
        <h2 id={`${id}-heading`} className={styles.title}>
          {words.heading}
        </h2>
        <Button
          size="small"
          icon={<Copy16Regular />}
          onClick={() => void copy()}
          aria-describedby={`${id}-status`}
        >
          {texts.bulletinCopy}
        </Button>
      </div>
      <div ref={textRef} className={styles.text} data-bulletin-text="">
        {words.paragraphs(bulletin).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <p id={`${id}-status`} className={styles.status} role="status" aria-live="polite">
        {status === "copied"
          ? texts.bulletinCopied
          : status === "failed"
            ? texts.bulletinCopyFailed
            : ""}
      </p>
      {ranked.length > 0 && (
        <Accordion collapsible defaultOpenItems={["ranked"]}>
          <AccordionItem value="ranked">
            <AccordionHeader as="h3">
              <span className={styles.headerText}>{texts.bulletinTables(ranked.length)}</span>
            </AccordionHeader>
            <AccordionPanel>
              {ranked.map((indicator) => {
                const names = words.columns(indicator);
                const rows = rankedRows(indicator, words);
                return (
                  <div
                    key={`${indicator.sheet}!${indicator.table}!${indicator.indicator}`}
                    className={styles.scroll}
                  >
                    <table className={styles.table}>
                      <caption>{words.tableCaption(indicator)}</caption>
                      <thead>
                        <tr>
                          {RANKED_COLUMNS.map((c) => (
                            <th
                              key={c}
                              scope="col"
                              className={NUMERIC.has(c) ? styles.number : undefined}
                            >
                              {names[c]}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {indicator.units.map((unit, r) => (
                          <tr key={unit.cell} data-light={unit.light}>
                            {RANKED_COLUMNS.map((c, k) =>
                              c === "light" && unit.light !== "green" ? (
                                <td key={c}>
                                  <LightBadge light={unit.light} label={rows[r][k]} />
                                </td>
                              ) : (
                                <td key={c} className={NUMERIC.has(c) ? styles.number : undefined}>
                                  {rows[r][k]}
                                </td>
                              )
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
