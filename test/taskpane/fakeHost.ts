/** A PaneHost for tests: scripted answers, recorded calls, and runs that can be held open to look at the busy state. */
import type { WorkbookReport } from "../../src/core/check";
import type { Finding, RecognizedTable } from "../../src/core/model";
import type { PaneHost } from "../../src/taskpane/host";

/** The real finding from Yongchuan's 附件1: the 2027 total is one short of its units. */
export const YONGCHUAN_FINDING: Finding = {
  rule: "sum-mismatch",
  severity: "error",
  sheet: "附件1",
  cell: "G31",
  expected: 600001,
  actual: 600000,
  difference: -1,
  message: "2027年合计600000，但各单位之和为600001，相差-1",
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

export const YONGCHUAN_REPORT: WorkbookReport = {
  tables: [table("附件1", "A3:G31"), table("附件2", "A3:F20"), table("附件3", "A3:H25")],
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

export interface FakeHost extends PaneHost {
  runCheck: jest.Mock<Promise<WorkbookReport>, []>;
  clearMarks: jest.Mock<Promise<void>, []>;
  selectCell: jest.Mock<Promise<void>, [string, string]>;
}

export function fakeHost(report: WorkbookReport = YONGCHUAN_REPORT): FakeHost {
  return {
    runCheck: jest.fn<Promise<WorkbookReport>, []>(async () => report),
    clearMarks: jest.fn<Promise<void>, []>(async () => undefined),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  };
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message = "raw host message"): Error {
  const error = new Error(message) as Error & { code: string };
  error.code = code;
  return error;
}
