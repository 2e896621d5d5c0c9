/** A PaneHost for tests: scripted answers, recorded calls, and runs that can be held open to look at the busy state. */
import type { WorkbookReport } from "../../src/core/check";
import type { Finding, PlanTarget, RecognizedTable } from "../../src/core/model";
import type {
  ChartsInserted,
  HostCapabilities,
  InsertChartsOptions,
  PaneHost,
  RunCheckOptions,
} from "../../src/ui/host";
import { sumMessage } from "../support/findings";

/** The real finding from Yongchuan's 附件1: the 2027 total is one short of its units. */
export const YONGCHUAN_FINDING: Finding = {
  rule: "sum-mismatch",
  severity: "error",
  sheet: "附件1",
  cell: "G31",
  expected: 600001,
  actual: 600000,
  difference: -1,
  ...sumMessage(600000, 600001),
  table: "A3:G31",
};

export function table(sheet: string, range: string): RecognizedTable {
  return {
    sheet,
    range,
    title: null,
    indicators: [],
    unitOfMeasure: null,
    labelColumn: "B",
    unitRows: [],
    totalRows: [],
    subtotalRows: [],
    periods: [],
    sums: [],
  };
}

const YEARS = ["2023", "2024", "2025", "2026", "2027"];

/** Yongchuan's 附件1 as the recognizer reads it: 27 units in rows 4–30, the 合计 row 31, one column per year. */
export const YONGCHUAN_TABLE: RecognizedTable = {
  ...table("附件1", "A3:G31"),
  title: "研发投入任务分解",
  indicators: ["研发投入"],
  unitOfMeasure: "万元",
  unitRows: Array.from({ length: 27 }, (_, i) => 4 + i),
  totalRows: [31],
  periods: YEARS.map((year, i) => ({
    column: "CDEFG"[i],
    indicator: "研发投入",
    period: year,
    kind: "target",
    header: `${year}年`,
  })),
  sums: YEARS.map((_, i) => ({
    cell: `${"CDEFG"[i]}31`,
    members: [`${"CDEFG"[i]}4:${"CDEFG"[i]}30`],
  })),
};

/**
 * A Liangping-like table: two indicators, each with four quarters and a 合计 column (G, L) adding them up; two
 * 小计 rows and a 合计 row.
 */
export const QUARTERLY_TABLE: RecognizedTable = {
  ...table("附件", "A4:L20"),
  title: "梁平区2024年高企、科企“双倍增”计划指导表",
  indicators: ["高新技术企业", "科技型企业"],
  unitRows: [6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18],
  totalRows: [20],
  subtotalRows: [9, 19],
  periods: [
    ...["C", "D", "E", "F"].map((column, i) => ({
      column,
      indicator: "高新技术企业",
      period: `2024Q${i + 1}`,
      kind: "target" as const,
      header: `高新技术企业 / ${"一二三四"[i]}季度`,
    })),
    {
      column: "G",
      indicator: "高新技术企业",
      period: "2024",
      kind: "total",
      header: "高新技术企业 / 合计",
    },
    {
      column: "H",
      indicator: "科技型企业",
      period: "2023",
      kind: "baseline",
      header: "科技型企业 / 2023年实际数",
    },
    {
      column: "I",
      indicator: "科技型企业",
      period: "2024",
      kind: "actual",
      header: "科技型企业 / 2024年完成数",
    },
    {
      column: "J",
      indicator: "科技型企业",
      period: "2024",
      kind: "rate",
      header: "科技型企业 / 完成率",
    },
    {
      column: "L",
      indicator: "科技型企业",
      period: "2024",
      kind: "total",
      header: "科技型企业 / 合计",
    },
  ],
  sums: [
    { cell: "C20", members: ["C9", "C19"] },
    { cell: "C9", members: ["C6:C8"] },
    { cell: "G6", members: ["C6:F6"] },
    { cell: "G20", members: ["C20:F20"] },
    { cell: "L6", members: ["H6:I6", "K6"] },
  ],
};

export const YONGCHUAN_REPORT: WorkbookReport = {
  tables: [YONGCHUAN_TABLE, table("附件2", "A3:F20"), table("附件3", "A3:H25")],
  findings: [YONGCHUAN_FINDING],
};

export const CLEAN_REPORT: WorkbookReport = { tables: [table("附件1", "A3:G31")], findings: [] };

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A host with every requirement set (Excel 365). */
export const FULL_CAPABILITIES: HostCapabilities = {
  notes: true,
  comments: true,
  links: true,
  charts: true,
  comboCharts: true,
  mergedAreas: true,
};

export interface FakeHost extends PaneHost {
  runCheck: jest.Mock<Promise<WorkbookReport>, [RunCheckOptions?]>;
  clearMarks: jest.Mock<Promise<void>, []>;
  select: jest.Mock<Promise<void>, [string, string]>;
  readTargets: jest.Mock<Promise<PlanTarget[]>, []>;
  saveTargets: jest.Mock<Promise<void>, [PlanTarget[]]>;
  capabilities: jest.Mock<HostCapabilities, []>;
  insertCharts: jest.Mock<Promise<ChartsInserted>, [InsertChartsOptions?]>;
}

/**
 * `targets` are the workbook's (its 目标 sheet's): saveTargets replaces them and readTargets returns them, as a
 * workbook would.
 */
export function fakeHost(
  report: WorkbookReport = YONGCHUAN_REPORT,
  targets: PlanTarget[] = [],
  capabilities: HostCapabilities = FULL_CAPABILITIES
): FakeHost {
  let stored = targets;
  return {
    runCheck: jest.fn<Promise<WorkbookReport>, [RunCheckOptions?]>(async () => report),
    clearMarks: jest.fn<Promise<void>, []>(async () => undefined),
    select: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    readTargets: jest.fn<Promise<PlanTarget[]>, []>(async () => stored),
    saveTargets: jest.fn<Promise<void>, [PlanTarget[]]>(async (next) => {
      stored = next;
    }),
    capabilities: jest.fn<HostCapabilities, []>(() => capabilities),
    insertCharts: jest.fn<Promise<ChartsInserted>, [InsertChartsOptions?]>(async () => ({
      sheet: "进度图表",
      charts: 2,
    })),
  };
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message = "raw host message"): Error {
  const error = new Error(message) as Error & { code: string };
  error.code = code;
  return error;
}
