/**
 * The shape of a language's catalog: every user-facing string of the product, in parts. The core's findings are
 * data (`messageId` + `params`); a catalog turns them into sentences. Parts the core declares (the words of the
 * 校验结果 sheet and of the 进度图表 sheet) have their interfaces in the core, so the core can lay those sheets out
 * without knowing the language; the rest are declared here.
 */
import type { BulletinTexts } from "../core/bulletin/texts";
import type { ChartTexts } from "../core/charts";
import type { FindingMessageParams, MessageId, TargetLabel, TargetReason } from "../core/messages";
import type { RuleId, Severity } from "../core/model";
import type { PlanExclusionReason } from "../core/targets/planDocument";
import type { ResultsTexts } from "../core/results";
import type { BatchTexts } from "./batch";
import type { DialogTexts } from "./dialog";
import type { PageTexts } from "./page";
import type { UiTexts } from "./ui";

/** One sentence per finding message. */
export type FindingTexts = { [K in MessageId]: (params: FindingMessageParams[K]) => string };

/** Words about plan targets that the pane shows besides the findings. */
export interface TargetTexts {
  /** `高新技术企业2025年超过420` */
  label(label: TargetLabel): string;
  /** `本表没有2030年的目标列` */
  reason(reason: TargetReason): string;
  /** Why a plan document's sentence gave no target: `园区或产业的目标（…），不是全区总数`. */
  excluded(reason: PlanExclusionReason): string;
}

/** The command line's words (its usage line stays bilingual in `cli/options.ts`). */
export interface CliTexts {
  fileUnreadable(reason: string): string;
  notXlsx: string;
  encrypted: string;
  corrupt: string;
  fileMissing: string;
  /** The `--targets` file could not be read: `目标文件 t.json：文件不存在`. */
  targetsFileError(file: string, reason: string): string;
  /** The `--previous` workbook could not be read: `上月文件 7月.xlsx 无法读取：文件不存在`. */
  previousFileError(file: string, reason: string): string;
  asOfInvalid(text: string): string;
  /** The `--plan` file could not be read: `方案 plan.doc：是旧版 Word（.doc）…`. */
  planFileError(file: string, reason: string): string;
  /** The plan read, but no headline target found in it. */
  planNoTargets(file: string): string;
  /** `方案 plan.txt 的目标（“工作目标”部分，7 条）：` */
  planHeading(file: string, count: number, section: string | null): string;
  /** `未作为目标（3 处）：` */
  planExcludedHeading(count: number): string;
  /** `原文：…` */
  planSentence(sentence: string): string;
  /** Plan targets not used for one workbook: its 目标 sheet or --targets states the same indicator and year. */
  planSuperseded(labels: string[]): string;
  /** `表 附件1!A3:G31 …：28 个单位，合计行 31，6 个数据列` */
  tableLine(
    where: string,
    what: string,
    units: number,
    totalRows: number[],
    subtotalRows: number[],
    columns: number
  ): string;
  /** A block that looks like a table but was not checked: where, and the finding's words (why). */
  unverifiedLine(where: string, why: string): string;
  /** Heading of findings that belong to no table (the 目标 sheet). */
  otherFindings: string;
  written(path: string): string;
}

/** What the ribbon's dialog and the pane say after a run (besides the 校验结果 sheet). */
export interface OutcomeTexts {
  checkDone: string;
  checkFailed: string;
  /** `共检查 5 张表：错误 5 处，警告 1 处`（，提示 N 处 when there are infos). */
  summary(tables: number, errors: number, warnings: number, infos: number): string;
  /** `…；已写入“校验结果”表` */
  writtenToResults(summary: string): string;
  nothingFound(tables: number): string;
  /** No breakdown table recognized, and why — worded once for every door. */
  noTables: string;
  noTablesHint: string;
  behindUnits(red: number, yellow: number): string;
  noAnnotations: string;
  unmarked(count: number): string;
  unlinked(linked: number, total: number): string;
  failureCode(code: string): string;
  chartsInserted(count: number): string;
}

export interface Catalog {
  findings: FindingTexts;
  targets: TargetTexts;
  /** Each rule's readable name: sum-mismatch → 合计与分项不符. */
  rules: Record<RuleId, string>;
  severity: Record<Severity, string>;
  results: ResultsTexts;
  outcome: OutcomeTexts;
  charts: ChartTexts;
  /** The monthly bulletin (通报): its paragraphs, the ranked table's words. */
  bulletin: BulletinTexts;
  cli: CliTexts;
  /** The task pane's and the page's shared UI (src/ui), the ribbon's outcome and failures. */
  ui: UiTexts;
  /** The browser page's own words (src/web). */
  page: PageTexts;
  /** The ribbon's result dialog (its bundle imports its parts directly). */
  dialog: DialogTexts;
  /** The browser page's file list: many files checked at once (src/web/batch). */
  batch: BatchTexts;
}
