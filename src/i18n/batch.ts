/**
 * The shape of the browser page's file list (a month's returns at once: src/web/batch). Every locale's `batch` part
 * (src/i18n/<locale>/batch.ts) is typed with it.
 */

/** The columns of the findings list export (CSV and XLSX), in this order. */
export interface ExportHeader {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  ruleName: string;
  severity: string;
  message: string;
}

/** The totals of a file list, as the summary line says them. */
export interface BatchTotals {
  files: number;
  withErrors: number;
  withWarnings: number;
  clean: number;
  noTables: number;
  unreadable: number;
  waiting: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface BatchTexts {
  /** The section's heading: `文件清单（30 个文件）`. */
  heading(files: number): string;
  intro: string;
  actionsLabel: string;
  checkAll: string;
  cancel: string;
  downloadAll: string;
  exportCsv: string;
  exportXlsx: string;
  clear: string;
  /** `正在校验 3/30：永川.xlsx` */
  checking(done: number, total: number, name: string): string;
  /** `正在制作标注副本 3/30：永川.xlsx` */
  copying(done: number, total: number, name: string): string;
  zipping: string;
  progressLabel: string;
  checked(files: number, ms: number): string;
  cancelled(done: number, total: number): string;
  zipped(copies: number, fileName: string): string;
  /** Files listed, not zipped: `未打包 1 个文件：坏文件.xlsx（无法读取：…）` */
  notZipped(names: string[]): string;
  exported(fileName: string): string;
  failed(reason: string): string;
  /** The list's columns. */
  columns: { file: string; state: string; errors: string; warnings: string; infos: string };
  openFile(name: string): string;
  state: {
    waiting: string;
    checking: string;
    errors(count: number): string;
    warnings(count: number): string;
    clean: string;
    noTables: string;
    unreadable: string;
  };
  /** An unreadable file's reason, after its state. */
  unreadableWhy(reason: string): string;
  /** The file could not be read from the disk again (moved or deleted since it was chosen). */
  readFailed(detail: string): string;
  summaryHeading: string;
  summaryLine(totals: BatchTotals): string;
  /** The files to follow up, errors first. */
  followUpHeading: string;
  byRuleHeading: string;
  /** `合计与分项不符：12 处，8 个文件` */
  ruleLine(ruleName: string, findings: number, files: number): string;
  zipName: string;
  exportName: string;
  exportSheet: string;
  exportHeader: ExportHeader;
  /** The severity column of an unreadable file's row in the export. */
  exportUnreadable: string;
}
