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
 *  - hyperlinks (ExcelApi 1.7), charts with their series, axes and titles (series.add/setValues/chartType 1.7,
 *    axisGroup and axis number formats 1.8), and the dialog API (`Office.context.ui.displayDialogAsync`, DialogApi 1.1)
 *    with dialogs a test can answer or leave open.
 *  - sheet ids (getItem by name or id), visibility, sheet and workbook protection (writes to a protected sheet fail
 *    with AccessDenied, adding a sheet to a protected workbook too), note authors and content edits, comment replies,
 *    the settings size limit (`settingsLimitBytes`), a sync failing part-way (`failingSync`), Excel.run options.
 * Not modelled: calculation (formula results are what the model says), styles and themes, borders, fonts other than
 * bold, events, tables, chart rendering and formatting beyond titles and number formats, undo, the
 * 5 million cell read limit beyond a check.
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
  /** ExcelApi sets this host does not report although it reports later ones (a partial host): `["1.8"]`. */
  withoutSets?: string[];
  /** DialogApi 1.1; default true. */
  dialogApi?: boolean;
  /**
   * What a dialog does once shown: `close-button` (default: the user reads it and clicks 关闭, i.e. the page posts
   * "close"), `x` (the user closes its window: DialogEventReceived 12006), `stay` (nothing: the opener must close
   * it), `fail` (displayDialogAsync fails, e.g. 12007 a dialog is already open).
   */
  dialogBehaviour?: "close-button" | "x" | "stay" | "fail";
  /** Bytes of all settings (JSON) above which `settings.add` fails; default 1 MB (office-js #3957). */
  settingsLimitBytes?: number;
  /**
   * The sync that fails part-way, counted over the whole host from 1: after `afterOperations` of its operations ran
   * (default 0), the rest are dropped and the sync rejects, as a real host does on a dropped request or an error.
   */
  failingSync?: { number: number; afterOperations?: number };
}

type DialogHandler = (arg: { message?: string; origin?: string; error?: number }) => void;

/** A dialog the add-in opened: its URL and options, whether it was closed by the opener, and its handlers. */
export class FakeDialog {
  closedByOpener = false;
  readonly handlers = new Map<string, DialogHandler[]>();

  constructor(
    readonly url: string,
    readonly options: Record<string, unknown>
  ) {}

  /** The query parameters the dialog page reads. */
  get params(): URLSearchParams {
    return new URL(this.url).searchParams;
  }

  addEventHandler(type: string, handler: DialogHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  close(): void {
    this.closedByOpener = true;
  }

  /** The page calls Office.context.ui.messageParent(message). */
  messageParent(message: string): void {
    for (const handler of this.handlers.get(DIALOG_MESSAGE) ?? [])
      handler({ message, origin: "https://localhost:3000" });
  }

  /** The user closed the window (12006), or the page failed to load (12002 …). */
  event(error: number): void {
    for (const handler of this.handlers.get(DIALOG_EVENT) ?? []) handler({ error });
  }
}

const DIALOG_MESSAGE = "dialogMessageReceived";
const DIALOG_EVENT = "dialogEventReceived";

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
  /** The most areas one `getRanges` call was given. */
  mostGetRangesAreas = 0;
  readonly failingCalls: ReadonlySet<string>;
  readonly errorLocations: boolean;
  readonly withoutSets: ReadonlySet<string>;
  readonly dialogApi: boolean;
  readonly dialogBehaviour: NonNullable<FakeExcelOptions["dialogBehaviour"]>;
  /** Dialogs opened with Office.context.ui.displayDialogAsync, in order. */
  readonly dialogs: FakeDialog[] = [];
  private commentCounter = 0;
  readonly settingsLimitBytes: number;
  readonly failingSync?: { number: number; afterOperations?: number };
  /** The options each Excel.run was given (`{ mergeUndoGroup: true }` …), in order. */
  readonly runOptions: Record<string, unknown>[] = [];
  /** Syncs started over the whole host, for `failingSync`. */
  private syncsStarted = 0;

  constructor(workbook: FakeWorkbook, options: FakeExcelOptions = {}) {
    this.model = JSON.parse(JSON.stringify(workbook)) as FakeWorkbook;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.displayLanguage = options.displayLanguage ?? "zh-CN";
    this.failingCalls = new Set(options.failingCalls ?? []);
    this.errorLocations = options.errorLocations ?? true;
    this.withoutSets = new Set(options.withoutSets ?? []);
    this.dialogApi = options.dialogApi ?? true;
    this.dialogBehaviour = options.dialogBehaviour ?? "close-button";
    this.settingsLimitBytes = options.settingsLimitBytes ?? 1_048_576;
    this.failingSync = options.failingSync;
  }

  failAfterOperations(): number | undefined {
    this.syncsStarted++;
    if (this.failingSync?.number !== this.syncsStarted) return undefined;
    return this.failingSync.afterOperations ?? 0;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version) && !this.withoutSets.has(version);
  }

  private displayDialogAsync(
    url: string,
    options: Record<string, unknown>,
    callback?: (result: {
      status: string;
      value?: FakeDialog;
      error?: { code: number; message: string };
    }) => void
  ): void {
    if (this.dialogBehaviour === "fail") {
      setTimeout(() =>
        callback?.({
          status: "failed",
          error: { code: 12007, message: "A dialog box is already opened." },
        })
      );
      return;
    }
    const dialog = new FakeDialog(url, options);
    this.dialogs.push(dialog);
    setTimeout(() => {
      callback?.({ status: "succeeded", value: dialog });
      if (this.dialogBehaviour === "close-button") setTimeout(() => dialog.messageParent("close"));
      if (this.dialogBehaviour === "x") setTimeout(() => dialog.event(12006));
    });
  }

  noteGetRangesAddress(length: number, areas: number): void {
    this.longestGetRangesAddress = Math.max(this.longestGetRangesAddress, length);
    this.mostGetRangesAreas = Math.max(this.mostGetRangesAreas, areas);
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
            (name === "ExcelApi" && this.supports(version ?? "1.1")) ||
            (name === "DialogApi" && this.dialogApi && versionAtLeast("1.2", version ?? "1.1")),
        },
        ui: this.dialogApi
          ? {
              displayDialogAsync: (
                url: string,
                options: Record<string, unknown>,
                callback?: Parameters<FakeExcel["displayDialogAsync"]>[2]
              ) => this.displayDialogAsync(url, options, callback),
            }
          : undefined,
      },
      EventType: { DialogMessageReceived: DIALOG_MESSAGE, DialogEventReceived: DIALOG_EVENT },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
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
        const runOptions = args.length > 1 ? (args[0] as Record<string, unknown>) : {};
        // ExcelApi 1.20's undo grouping. Stricter than a real older host (which ignores it): proves it is feature-detected.
        if (runOptions.mergeUndoGroup !== undefined && !this.supports("1.20"))
          throw new Error("fake Excel: Excel.run({ mergeUndoGroup }) needs ExcelApi 1.20");
        this.runOptions.push(runOptions);
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
