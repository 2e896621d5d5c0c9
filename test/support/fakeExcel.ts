/**
 * A realistic fake of the parts of the Excel JavaScript API the add-in uses, over a plain in-memory workbook
 * (see fakeExcel/model.ts). It behaves like Office.js where correctness depends on it:
 *  - calls only queue operations; `context.sync()` runs them in order and stops at the first failure;
 *  - reading a property that was not loaded (and synced) throws PropertyNotLoaded; *OrNullObject proxies know
 *    `isNullObject` only after a sync; missing items fail with ItemNotFound at sync;
 *  - the host's ExcelApi version is per test: a call above it fails with ApiNotFound, and
 *    `Office.context.requirements.isSetSupported` answers accordingly;
 *  - writes follow Excel's cell rules ("=…" becomes a formula unless the cell is formatted "@", a cell without fill
 *    reads as white with pattern None, a cell holds a note or a threaded comment but not both);
 *  - every sync is counted and logged with rough request/response sizes.
 *  - hidden rows and columns show only through `getSpecialCellsOrNullObject("Visible")`; a host can be told to fail
 *    given calls at sync (`failingCalls`), and errors name the failing call in `debugInfo.errorLocation`.
 * Not modelled: calculation (formula results are what the model says), styles and themes, borders, fonts other than
 * bold, protection, events, tables, charts, undo, the 5 million cell read limit beyond a check.
 */
import { FakeWorkbookObject } from "./fakeExcel/objects";
import { snapshotWorkbook, type FakeWorkbook } from "./fakeExcel/model";
import { FakeRequestContext, type FakeHostHooks } from "./fakeExcel/runtime";

export * from "./fakeExcel/model";
export { FakeOfficeError, FakeRequestContext, type SyncStats } from "./fakeExcel/runtime";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.18"; default "1.18". */
  apiVersion?: string;
  displayLanguage?: string;
  /** Calls that fail at sync with GeneralException, by error location: `["Range.getSpecialCellsOrNullObject"]`. */
  failingCalls?: string[];
  /** Whether errors carry `debugInfo.errorLocation`; default true (some hosts leave it out). */
  errorLocations?: boolean;
}

type CommandHandler = (event: { completed(): void }) => unknown;

/** `"1.9" < "1.10"`: requirement set versions compare by their parts. */
export function versionAtLeast(have: string, need: string): boolean {
  const [haveMajor, haveMinor = 0] = have.split(".").map(Number);
  const [needMajor, needMinor = 0] = need.split(".").map(Number);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

export class FakeExcel implements FakeHostHooks {
  readonly model: FakeWorkbook;
  apiVersion: string;
  displayLanguage: string;
  readonly view: { activeSheet?: string; selection?: { sheet: string; address: string } } = {};
  readonly deletedSheets: string[] = [];
  readonly contexts: FakeRequestContext[] = [];
  /** Functions registered with Office.actions.associate. */
  readonly actions = new Map<string, CommandHandler>();
  /** Operations queued but never synced when an Excel.run batch ended (lost on a real host). */
  droppedOperations = 0;
  longestGetRangesAddress = 0;
  readonly failingCalls: ReadonlySet<string>;
  readonly errorLocations: boolean;
  private commentCounter = 0;

  constructor(workbook: FakeWorkbook, options: FakeExcelOptions = {}) {
    this.model = JSON.parse(JSON.stringify(workbook)) as FakeWorkbook;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.displayLanguage = options.displayLanguage ?? "zh-CN";
    this.failingCalls = new Set(options.failingCalls ?? []);
    this.errorLocations = options.errorLocations ?? true;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  noteGetRangesAddress(length: number): void {
    this.longestGetRangesAddress = Math.max(this.longestGetRangesAddress, length);
  }

  nextCommentId(): string {
    this.commentCounter++;
    return `{00000000-0000-4000-8000-${String(this.commentCounter).padStart(12, "0")}}`;
  }

  /** A new request context over this workbook (one per Excel.run). */
  newContext(): FakeRequestContext {
    const context = new FakeRequestContext(this);
    context.workbook = new FakeWorkbookObject(context);
    this.contexts.push(context);
    return context;
  }

  /** A new context typed as the real one, for the code under test. */
  requestContext(): { context: Excel.RequestContext; fake: FakeRequestContext } {
    const fake = this.newContext();
    return { context: fake as unknown as Excel.RequestContext, fake };
  }

  /** Syncs over every context so far. */
  get totalSyncs(): number {
    return this.contexts.reduce((sum, context) => sum + context.syncCount, 0);
  }

  /** The full workbook state (values, formulas, formats, fills, notes, comments, settings), tidied for toEqual. */
  snapshot(): FakeWorkbook {
    return snapshotWorkbook(this.model);
  }

  /** Installs `Office` and `Excel` globals backed by this fake. */
  install(): void {
    const globals = globalThis as Record<string, unknown>;
    globals.Office = {
      context: {
        displayLanguage: this.displayLanguage,
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && this.supports(version ?? "1.1"),
        },
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: "Excel", platform: "PC" };
        callback?.(info);
        return Promise.resolve(info);
      },
      actions: {
        associate: (name: string, handler: CommandHandler) => this.actions.set(name, handler),
      },
    };
    globals.Excel = {
      run: async <T>(...args: unknown[]): Promise<T> => {
        const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
        const { context, fake } = this.requestContext();
        try {
          return await batch(context);
        } finally {
          this.droppedOperations += fake.pendingOperations;
        }
      },
    };
  }
}

export function uninstallFakeOffice(): void {
  const globals = globalThis as Record<string, unknown>;
  delete globals.Office;
  delete globals.Excel;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(workbook, options);
}
