/**
 * The batching runtime of the fake: like Office.js, calls on proxies only queue operations; `context.sync()` runs
 * them in order, stops at the first failure (dropping the rest), and only then are loaded properties readable.
 * Each sync is logged with its operation count and rough request/response sizes (JSON bytes), so tests can check
 * the 5 MB per-request limit of Excel on the web as well as the number of syncs.
 */
import type { FakeWorkbook } from "./model";

export class FakeOfficeError extends Error {
  /** Like `OfficeExtension.Error.debugInfo`; `errorLocation` names the failing call (`Range.getMergedAreasOrNullObject`). */
  debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export interface SyncStats {
  operations: number;
  requestBytes: number;
  responseBytes: number;
}

/** What the runtime needs from the host it runs in. */
export interface FakeHostHooks {
  readonly model: FakeWorkbook;
  supports(version: string): boolean;
  readonly view: { activeSheet?: string; selection?: { sheet: string; address: string } };
  readonly deletedSheets: string[];
  noteGetRangesAddress(length: number, areas: number): void;
  nextCommentId(): string;
  /** Calls (by error location, `Range.getSpecialCellsOrNullObject`) that fail at sync on this host. */
  readonly failingCalls: ReadonlySet<string>;
  /** Whether errors carry `debugInfo.errorLocation` (not every host fills it in). */
  readonly errorLocations: boolean;
  /** All of workbook.settings, as JSON, above which `settings.add` fails (office-js #3957: about 1 MB on some hosts). */
  readonly settingsLimitBytes: number;
  /** Called at the start of every sync; throwing fails the sync before any operation runs. */
  beforeSync?(context: FakeRequestContext): void;
  /** How many operations of this sync run before it fails (a dropped connection, a host error); undefined: none fails. */
  failAfterOperations?(context: FakeRequestContext): number | undefined;
}

interface PendingOperation {
  /** Lowest ExcelApi version the call needs; the host rejects it below that. */
  requires?: string;
  /** `Range.getSpecialCellsOrNullObject`: the error location an error of this operation reports. */
  location?: string;
  request: unknown;
  run(): unknown;
}

/** Rough per-action overhead of the Office.js wire format (object path + action JSON). */
const OPERATION_OVERHEAD_BYTES = 120;

export class FakeRequestContext {
  syncCount = 0;
  readonly syncLog: SyncStats[] = [];
  /** Set by the host: the fake workbook object (kept untyped here to avoid a module cycle). */
  workbook: unknown;
  private pending: PendingOperation[] = [];

  constructor(readonly host: FakeHostHooks) {}

  enqueue(operation: PendingOperation): void {
    this.pending.push(operation);
  }

  get pendingOperations(): number {
    return this.pending.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.syncCount++;
    const operations = this.pending;
    this.pending = [];
    const stats: SyncStats = { operations: 0, requestBytes: 0, responseBytes: 0 };
    this.syncLog.push(stats);
    this.host.beforeSync?.(this);
    const failAfter = this.host.failAfterOperations?.(this);
    for (const operation of operations) {
      if (failAfter !== undefined && stats.operations >= failAfter)
        throw new FakeOfficeError(
          "GeneralException",
          "There was an internal error while processing the request."
        );
      stats.operations++;
      stats.requestBytes += OPERATION_OVERHEAD_BYTES + jsonBytes(operation.request);
      try {
        if (operation.requires && !this.host.supports(operation.requires)) {
          throw new FakeOfficeError(
            "ApiNotFound",
            `The requested API is not supported on this host (needs ExcelApi ${operation.requires}).`
          );
        }
        if (operation.location && this.host.failingCalls.has(operation.location))
          throw new FakeOfficeError(
            "GeneralException",
            "There was an internal error while processing the request."
          );
        const response = operation.run();
        if (response !== undefined) stats.responseBytes += jsonBytes(response);
      } catch (error) {
        if (error instanceof FakeOfficeError && operation.location && this.host.errorLocations)
          error.debugInfo.errorLocation ??= operation.location;
        throw error;
      }
    }
    // The failing sync fails even when it ran all its operations (the response is lost on the way back).
    if (failAfter !== undefined)
      throw new FakeOfficeError(
        "GeneralException",
        "There was an internal error while processing the request."
      );
  }
}

function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export type LoadOption = string | string[] | { select?: string; expand?: string } | undefined;

/** Property names of a load call; `items/name` on a collection means the items' `name`. */
export function loadNames(option: LoadOption): string[] {
  const text =
    option === undefined
      ? ""
      : typeof option === "string"
        ? option
        : Array.isArray(option)
          ? option.join(",")
          : (option.select ?? "");
  return text
    .split(",")
    .map((name) => name.trim().replace(/^items\//, ""))
    .filter((name) => name.length > 0);
}

/** Base of every proxy: load/sync semantics, PropertyNotLoaded, null objects. */
export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  /** undefined until the sync that resolves an *OrNullObject proxy. */
  private nullState: boolean | undefined = false;

  constructor(readonly context: FakeRequestContext) {}

  /** The ExcelApi version every call on this object needs. */
  protected get requires(): string | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected get isKnownNull(): boolean {
    return this.nullState === true;
  }

  load(option?: LoadOption): this {
    const names = loadNames(option);
    this.queue({ load: names }, () => {
      if (this.nullState) return {};
      const data: Record<string, unknown> = {};
      for (const name of names.length > 0 ? names : this.defaultProperties()) {
        const value = this.readProperty(name);
        this.loadedValues.set(name, value);
        data[name] = value;
      }
      return data;
    });
    return this;
  }

  /** For collections: sets what `items` reads after the sync. */
  protected setLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  protected queue(
    request: unknown,
    run: () => unknown,
    requires = this.requires,
    location?: string
  ): void {
    this.context.enqueue({ request, run, requires, location });
  }

  /** Makes this an *OrNullObject proxy: `isNullObject` is known after the next sync. */
  protected resolveNullAtSync(
    isNull: () => boolean,
    requires = this.requires,
    location?: string
  ): void {
    this.nullState = undefined;
    this.queue(
      { resolve: true },
      () => {
        this.nullState = isNull();
        return undefined;
      },
      requires,
      location
    );
  }

  protected abstract readProperty(name: string): unknown;

  protected defaultProperties(): string[] {
    return [];
  }
}

/** `OfficeExtension.ClientResult`: its value is readable after the sync. */
export class FakeClientResult<T> {
  private resolved = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.resolved = true;
  }

  get value(): T {
    if (!this.resolved) throw notLoaded("value");
    return this.result as T;
  }
}
