/**
 * What the add-in says about what it did not write, and why: sheets left unmarked (protected, hidden), our sheets
 * renamed around a user's sheet of the same name, budgets, failed comments, merged cells unreadable on this host.
 * One module for the dialog, the pane and the 校验结果 sheet's notice rows (later moved to the i18n catalogs).
 */
import type { Locale } from "../i18n";
import type { MarkSummary } from "./marks";
import type { UnmarkedReason } from "./workbookState";

export interface MergeLimit {
  /** Tables whose findings were left out: their header or labels may hide merged cells this host cannot read. */
  tablesSkipped: string[];
  findingsDropped: number;
}

const ZH = {
  reason: { protected: "受保护", hidden: "已隐藏" } as Record<UnmarkedReason, string>,
  unmarkedSheets: (list: string) => `以下工作表已校验但未标记（问题已列在校验结果表中）：${list}。`,
  sheetReason: (sheet: string, reason: string, cells: number) =>
    `“${sheet}”${reason}，${cells} 处未着色`,
  renamed: (name: string, base: string) =>
    `工作簿中已有名为“${base}”的工作表（不是本加载项的），未改动它；结果写在“${name}”中。`,
  resultsProtected: (name: string) => `结果表“${name}”受保护，未写入；问题见此对话框与任务窗格。`,
  workbookProtected: "工作簿受保护，无法新建结果表；问题见此对话框与任务窗格。",
  recordCap: (n: number) =>
    `另有 ${n} 处问题单元格未着色（撤销记录已达 512 KB 上限），已全部列在校验结果表中。`,
  commentsFailed: (n: number) =>
    `最多 ${n} 处评论未能添加（单元格可能已有旧式批注）；问题已列在校验结果表中，“清除标记”会清除已添加的评论。`,
  keptUser: (n: number, kind: string) =>
    `${n} 处着色的单元格上已有用户的${kind}，未写入本加载项的说明（说明见校验结果表）。`,
  rowsOmitted: (n: number) =>
    `另有 ${n} 条问题未列在结果表中（超出 Excel 单次写入上限）；完整清单请用网页版或命令行。`,
  mergeLimit: (tables: number, dropped: number) =>
    `此版本 Excel 无法读取合并单元格（需要 ExcelApi 1.13）：${tables} 张表的表头或单位列可能含合并单元格，未报告其问题（${dropped} 处待核），以免误报。请用网页版或命令行校验这些表。`,
  unannotated: (n: number) => `${n} 处着色的单元格未加批注（超出单次写入上限），说明见校验结果表。`,
  keptThreads: (n: number) => `${n} 个评论有用户的回复，已保留回复，只去掉本加载项的说明。`,
  clearLocked: (n: number) => `${n} 处标记在受保护的工作表上，未清除；取消保护后再点“清除标记”。`,
  threadKept: "【分解表校验】标记已清除，回复保留。",
  userComment: "评论",
};

const EN: typeof ZH = {
  reason: { protected: "protected", hidden: "hidden" },
  unmarkedSheets: (list) =>
    `Checked but not marked (findings listed on the results sheet): ${list}.`,
  sheetReason: (sheet, reason, cells) => `${sheet} is ${reason}, ${cells} cells not coloured`,
  renamed: (name, base) =>
    `The workbook has its own sheet named ${base} (not the add-in's); it was left alone and the results went to ${name}.`,
  resultsProtected: (name) =>
    `The results sheet ${name} is protected and was not written; see the findings here and in the pane.`,
  workbookProtected:
    "The workbook is protected: no results sheet could be added; see the findings here and in the pane.",
  recordCap: (n) =>
    `${n} more flagged cells were not coloured (the undo record reached its 512 KB cap); all are listed on the results sheet.`,
  commentsFailed: (n) =>
    `Up to ${n} comments could not be added (a cell may hold an old-style note); Clear marks removes those added.`,
  keptUser: (n, kind) =>
    `${n} coloured cells already hold the user's ${kind}; the add-in's message is on the results sheet only.`,
  rowsOmitted: (n) =>
    `${n} more findings are not listed on the results sheet (Excel's per-request limit); use the browser page or the CLI for the full list.`,
  mergeLimit: (tables, dropped) =>
    `This Excel cannot read merged cells (needs ExcelApi 1.13): ${tables} tables may have merged headers or labels, so their ${dropped} findings were left out rather than risk false alarms. Check them in the browser page or the CLI.`,
  unannotated: (n) =>
    `${n} coloured cells got no note (the per-request limit); their messages are on the results sheet.`,
  keptThreads: (n) =>
    `${n} comments had replies: the replies were kept, only the add-in's words removed.`,
  clearLocked: (n) =>
    `${n} marks are on protected sheets and were left; unprotect them and clear again.`,
  threadKept: "[breakdown-check] marks cleared, replies kept.",
  userComment: "comment",
};

export function noticeText(locale: Locale): typeof ZH {
  return locale === "en-US" ? EN : ZH;
}

/** The lines to show after a 校验: what was not written, and why. Empty when everything was. */
export function writeNoticeLines(
  written: MarkSummary | undefined,
  locale: Locale,
  merges?: MergeLimit
): string[] {
  const t = noticeText(locale);
  const lines: string[] = [];
  if (merges && merges.tablesSkipped.length > 0)
    lines.push(t.mergeLimit(merges.tablesSkipped.length, merges.findingsDropped));
  if (!written) return lines;
  if (written.unmarkedSheets.length > 0)
    lines.push(
      t.unmarkedSheets(
        written.unmarkedSheets
          .map((s) => t.sheetReason(s.sheet, t.reason[s.reason], s.cells))
          .join("；")
      )
    );
  const results = written.resultsSheet;
  if (results.reason === "protected") lines.push(t.resultsProtected(results.name));
  else if (results.reason === "workbookProtected") lines.push(t.workbookProtected);
  else if (results.renamed) lines.push(t.renamed(results.name, results.base));
  if (written.overRecordCap > 0) lines.push(t.recordCap(written.overRecordCap));
  if (written.keptUserAnnotations > 0)
    lines.push(t.keptUser(written.keptUserAnnotations, t.userComment));
  if (written.unannotated > 0) lines.push(t.unannotated(written.unannotated));
  if (written.commentsFailed > 0) lines.push(t.commentsFailed(written.commentsFailed));
  if (written.resultsRowsOmitted > 0) lines.push(t.rowsOmitted(written.resultsRowsOmitted));
  return lines;
}
