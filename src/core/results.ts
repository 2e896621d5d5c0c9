/**
 * What a run tells the user, as data: the summary of a report (tables, findings by severity, units behind schedule
 * by light, as-of date and time progress), the layout of the 校验结果 sheet (that summary on top, then one row per
 * finding whose cell links to the finding's cell), and the palette legend. One source for every door: the Excel
 * adapter and the .xlsx writer (--out, the browser page's download) write the same rows, colours and links.
 *
 * The words come from the caller (`reportWords(locale)` of src/i18n): the core lays the sheet out in any language
 * without knowing which.
 */
import { buildBulletin } from "./bulletin/build";
import { bulletinBlock } from "./bulletin/sheetBlock";
import type { BulletinTexts } from "./bulletin/texts";
import type { ProgressSeries } from "./checks/progress";
import { DEFAULT_THRESHOLDS } from "./progress/measures";
import { countBySeverity } from "./counts";
import type { Finding, ProgressThresholds, RecognizedTable, RuleId, Severity } from "./model";
import { LIGHT_FILL, SEVERITY_FILL } from "./palette";

/** The words of the 校验结果 sheet (each catalog of src/i18n has them). */
export interface ResultsTexts {
  resultsTitle: string;
  tablesChecked: string;
  /** `5 张` */
  tablesValue(count: number): string;
  /** `5 处` */
  findingsValue(count: number): string;
  redUnits: string;
  yellowUnits: string;
  /** `2 个（完成率落后时序进度超过30个百分点）` */
  unitsValue(count: number, meaning: string): string;
  redMeaning(yellowWithin: number): string;
  yellowMeaning(greenWithin: number, yellowWithin: number): string;
  severityMeaning: Record<Severity, string>;
  asOfLabel: string;
  asOfValue(text: string, source: "option" | "header" | "today"): string;
  timeProgressLabel: string;
  /** `50.0%（通报、附件2）` when the tables differ. */
  withSheets(value: string, sheets: string[]): string;
  listSeparator: string;
  noProgress: string;
  noAsOf: string;
  /** The findings table's header. */
  columns: Record<
    "sheet" | "cell" | "rule" | "severity" | "expected" | "actual" | "difference" | "message",
    string
  >;
  noFindings: string;
}

/** Everything the 校验结果 sheet and the notes put into words: the sheet's words, names, and each finding. */
export interface ReportWords {
  results: ResultsTexts;
  severity: Record<Severity, string>;
  rules: Record<RuleId, string>;
  finding(finding: Finding): string;
  /** The bulletin's words: with them, a report with progress gets a 通报 block below the findings. */
  bulletin?: BulletinTexts;
}

/**
 * What kind of result a run is, decided here once for every door: no table recognized (whatever else was found,
 * such as notes about the 目标 sheet), no findings at all, only notes (`info`), or problems (errors or warnings).
 */
export type OutcomeKind = "no-tables" | "no-findings" | "infos-only" | "findings";

/** What a report comes to, for the summary rows, the ribbon's dialog, the pane and the page. */
export interface ReportSummary {
  kind: OutcomeKind;
  /** Tables checked; null when only findings were given. */
  tables: number | null;
  counts: Record<Severity, number>;
  /** Units behind time progress, by light. */
  behind: { red: number; yellow: number };
  /** The as-of dates used, each with the sheets whose tables used it (several when tables name different dates). */
  asOf: { text: string; source: "option" | "header" | "today"; sheets: string[] }[];
  /** Time progress by table (fractions), each with its sheets. */
  timeProgress: { value: number; sheets: string[] }[];
  /** Actual columns found (0: the workbook has no progress tables). */
  progressColumns: number;
}

/** A report, or at least its findings (then the tables count is unknown and lights come from the findings). */
export interface ReportLike {
  findings: Finding[];
  tables?: RecognizedTable[];
  progress?: ProgressSeries[];
}

export function summarizeReport(report: ReportLike | Finding[]): ReportSummary {
  const input: ReportLike = Array.isArray(report) ? { findings: report } : report;
  const behind = { red: 0, yellow: 0 };
  const progress = input.progress;
  if (progress) {
    for (const series of progress)
      for (const unit of series.units) if (unit.light !== "green") behind[unit.light]++;
  } else {
    for (const f of input.findings)
      if (f.rule === "behind-schedule" && (f.light === "red" || f.light === "yellow"))
        behind[f.light]++;
  }
  const asOf = new Map<string, ReportSummary["asOf"][number]>();
  const timeProgress = new Map<string, ReportSummary["timeProgress"][number]>();
  for (const series of progress ?? []) {
    if (series.asOf) {
      const key = `${series.asOf.text}\u0000${series.asOf.source}`;
      const entry = asOf.get(key) ?? {
        text: series.asOf.text,
        source: series.asOf.source,
        sheets: [],
      };
      if (!entry.sheets.includes(series.sheet)) entry.sheets.push(series.sheet);
      asOf.set(key, entry);
    }
    if (series.timeProgress !== null) {
      const key = series.timeProgress.toFixed(4);
      const entry = timeProgress.get(key) ?? { value: series.timeProgress, sheets: [] };
      if (!entry.sheets.includes(series.sheet)) entry.sheets.push(series.sheet);
      timeProgress.set(key, entry);
    }
  }
  const tables = input.tables ? input.tables.length : null;
  const counts = countBySeverity(input.findings);
  return {
    kind: outcomeKind(tables, counts),
    tables,
    counts,
    behind,
    asOf: [...asOf.values()],
    timeProgress: [...timeProgress.values()],
    progressColumns: progress?.length ?? 0,
  };
}

function outcomeKind(tables: number | null, counts: Record<Severity, number>): OutcomeKind {
  // No table recognized is said even when the 目标 sheet has notes: nothing was checked as a table.
  if (tables === 0) return "no-tables";
  if (counts.error + counts.warning + counts.info === 0) return "no-findings";
  return counts.error + counts.warning === 0 ? "infos-only" : "findings";
}

export function percentText(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** The as-of value as the summary shows it: one date, or each date with its sheets. */
export function asOfText(summary: ReportSummary, o: ResultsTexts): string {
  if (summary.progressColumns === 0) return o.noProgress;
  if (summary.asOf.length === 0) return o.noAsOf;
  if (summary.asOf.length === 1) return o.asOfValue(summary.asOf[0].text, summary.asOf[0].source);
  return summary.asOf
    .map((a) => o.withSheets(o.asOfValue(a.text, a.source), a.sheets))
    .join(o.listSeparator);
}

export function timeProgressText(summary: ReportSummary, o: ResultsTexts): string {
  if (summary.progressColumns === 0) return o.noProgress;
  if (summary.timeProgress.length === 0) return o.noAsOf;
  if (summary.timeProgress.length === 1) return percentText(summary.timeProgress[0].value);
  return summary.timeProgress
    .map((p) => o.withSheets(percentText(p.value), p.sheets))
    .join(o.listSeparator);
}

/** One colour of the marks, what it is called and what it means: the pane's legend and the summary rows. */
export interface PaletteEntry {
  key: Severity | "red" | "yellow";
  fill: string;
  label: string;
  meaning: string;
}

export function markPalette(
  words: Pick<ReportWords, "results" | "severity">,
  thresholds: ProgressThresholds = {}
): PaletteEntry[] {
  const o = words.results;
  const { greenWithin, yellowWithin } = { ...DEFAULT_THRESHOLDS, ...thresholds };
  return [
    ...(["error", "warning", "info"] as const).map((severity) => ({
      key: severity,
      fill: SEVERITY_FILL[severity],
      label: words.severity[severity],
      meaning: o.severityMeaning[severity],
    })),
    { key: "red", fill: LIGHT_FILL.red, label: o.redUnits, meaning: o.redMeaning(yellowWithin) },
    {
      key: "yellow",
      fill: LIGHT_FILL.yellow,
      label: o.yellowUnits,
      meaning: o.yellowMeaning(greenWithin, yellowWithin),
    },
  ];
}

/** A link from a results row to a finding's cell. */
export interface ResultsLink {
  /** 0-based row and column in the results layout. */
  row: number;
  column: number;
  sheet: string;
  cell: string;
  /** What the cell shows: the address. */
  text: string;
  /** `'附件1'!G32`: the sheet always quoted, quotes in its name doubled. */
  reference: string;
}

export interface ResultsFill {
  row: number;
  column: number;
  color: string;
}

/** The 校验结果 sheet, top-down: title, summary rows (label | value), a blank row, the findings table. */
export interface ResultsLayout {
  /** Every value is text; all rows are `width` wide. */
  rows: string[][];
  width: number;
  /** 0-based index of the findings table's header row; the findings follow it in report order. */
  headerRow: number;
  boldRows: number[];
  /** The palette, explained: the summary's severity and light labels in their mark colours. */
  fills: ResultsFill[];
  /** One per finding with a cell: the 单元格 column links to it. */
  links: ResultsLink[];
  /**
   * 0-based row where the 通报 block starts (a blank row, then its heading), when there is one: the rows from here
   * on are the bulletin, not findings (a writer that leaves findings off keeps them, and does not size columns by
   * its long paragraphs).
   */
  bulletinRow?: number;
}

/** Rows above the findings table: title, 8 summary rows, a blank row. Fixed, so every door finds the table at the same row. */
export const RESULTS_HEADER_ROW = 10;
/** The 单元格 column of the findings table. */
export const RESULTS_CELL_COLUMN = 1;

export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function numberText(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

export interface ResultsOptions {
  thresholds?: ProgressThresholds;
}

export function resultsLayout(
  report: ReportLike | Finding[],
  words: ReportWords,
  options: ResultsOptions = {}
): ResultsLayout {
  const findings = Array.isArray(report) ? report : report.findings;
  const summary = summarizeReport(report);
  const o = words.results;
  const palette = new Map(markPalette(words, options.thresholds).map((p) => [p.key, p]));
  const c = o.columns;
  const header = [
    c.sheet,
    c.cell,
    c.rule,
    c.severity,
    c.expected,
    c.actual,
    c.difference,
    c.message,
  ];
  const width = header.length;
  const fills: ResultsFill[] = [];
  const summaryRows: string[][] = [[o.resultsTitle]];
  summaryRows.push([
    o.tablesChecked,
    summary.tables === null ? "—" : o.tablesValue(summary.tables),
  ]);
  for (const severity of ["error", "warning", "info"] as const) {
    fills.push({ row: summaryRows.length, column: 0, color: SEVERITY_FILL[severity] });
    summaryRows.push([
      words.severity[severity],
      o.findingsValue(summary.counts[severity]),
      o.severityMeaning[severity],
    ]);
  }
  for (const light of ["red", "yellow"] as const) {
    fills.push({ row: summaryRows.length, column: 0, color: LIGHT_FILL[light] });
    const entry = palette.get(light)!;
    summaryRows.push([entry.label, o.unitsValue(summary.behind[light], entry.meaning)]);
  }
  summaryRows.push([o.asOfLabel, asOfText(summary, o)]);
  summaryRows.push([o.timeProgressLabel, timeProgressText(summary, o)]);
  summaryRows.push([]);
  const headerRow = summaryRows.length;
  if (headerRow !== RESULTS_HEADER_ROW) throw new Error("results layout: summary rows changed");

  const links: ResultsLink[] = [];
  const rows = findings.map((f, i) => {
    if (f.cell)
      links.push({
        row: headerRow + 1 + i,
        column: RESULTS_CELL_COLUMN,
        sheet: f.sheet,
        cell: f.cell,
        text: f.cell,
        reference: cellReference(f.sheet, f.cell),
      });
    return [
      f.sheet,
      f.cell,
      words.rules[f.rule],
      words.severity[f.severity],
      numberText(f.expected),
      numberText(f.actual),
      numberText(f.difference),
      words.finding(f),
    ];
  });
  if (findings.length === 0) rows.push([o.noFindings]);
  const boldRows = [0, headerRow];
  let bulletinRow: number | undefined;
  const progress = Array.isArray(report) ? undefined : report.progress;
  if (words.bulletin && progress && progress.length > 0) {
    bulletinRow = headerRow + 1 + rows.length;
    const block = bulletinBlock(
      buildBulletin(progress, { thresholds: options.thresholds }),
      words.bulletin
    );
    const top = bulletinRow + 1;
    rows.push([], ...block.rows);
    boldRows.push(...block.boldRows.map((r) => top + r));
    fills.push(...block.fills.map((f) => ({ ...f, row: top + f.row })));
  }
  const all = [...summaryRows, header, ...rows].map((row) =>
    Array.from({ length: width }, (_, i) => row[i] ?? "")
  );
  return {
    rows: all,
    width,
    headerRow,
    boldRows,
    fills,
    links,
    ...(bulletinRow !== undefined ? { bulletinRow } : {}),
  };
}
