/**
 * The proxies of the fake Excel API: workbook, worksheets, ranges, range areas, fills, settings, notes, comments.
 * Only what the add-in uses, with Office.js's requirement sets: a call above the host's ExcelApi version fails at
 * sync with ApiNotFound, as on a real older host.
 */
import type { CellArea } from "../../../src/core/grid";
import { areaAddress, cellAddress, parseArea, parseCell } from "../../../src/core/a1";
import {
  cellAt,
  cellsIn,
  existingCellsIn,
  findSheet,
  findSheetByKey,
  MAX_COLUMN,
  MAX_ROW,
  mutableCell,
  NO_FILL_COLOR,
  readFormula,
  readValue,
  readValueType,
  sheetIdOf,
  sheetReference,
  tidyCell,
  usedArea,
  visibleAreas,
  writeValue,
  type FakeChart,
  type FakeChartSeries,
  type FakeFill,
  type FakeHyperlink,
  type FakeSheet,
  type FakeThreadedComment,
} from "./model";
import {
  FakeClientObject,
  FakeClientResult,
  FakeOfficeError,
  loadNames,
  type FakeRequestContext,
  type LoadOption,
} from "./runtime";

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel refuses to list more merged areas than this in one call. */
const MAX_MERGED_AREAS = 512;

function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${what}.`
  );
}

function dimensionMismatch(): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
  );
}

function model(context: FakeRequestContext) {
  return context.host.model;
}

/** Excel refuses every change to a protected sheet (no "allow formatting" options are modelled). */
function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
    );
}

export class FakeWorkbookObject {
  private worksheetCollection?: FakeWorksheetCollection;
  private settingCollection?: FakeSettingCollection;
  private commentCollection?: FakeCommentCollection;
  private noteCollection?: FakeNoteCollection;

  constructor(readonly context: FakeRequestContext) {}

  private protectionObject?: FakeWorkbookProtection;

  /** ExcelApi 1.7: workbook (structure) protection. */
  get protection(): FakeWorkbookProtection {
    return (this.protectionObject ??= new FakeWorkbookProtection(this.context));
  }

  /** ExcelApi 1.18: the notes of every sheet (listing only; notes are added through a worksheet). */
  get notes(): FakeNoteCollection {
    return (this.noteCollection ??= new FakeNoteCollection(this.context, null));
  }

  get worksheets(): FakeWorksheetCollection {
    return (this.worksheetCollection ??= new FakeWorksheetCollection(this.context));
  }

  get settings(): FakeSettingCollection {
    return (this.settingCollection ??= new FakeSettingCollection(this.context));
  }

  get comments(): FakeCommentCollection {
    return (this.commentCollection ??= new FakeCommentCollection(this.context));
  }
}

export class FakeWorkbookProtection extends FakeClientObject {
  protected override get requires(): string {
    return "1.7";
  }

  protected readProperty(name: string): unknown {
    if (name === "protected") return model(this.context).protected === true;
    throw invalidArgument(`workbook protection property ${name}`);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
}

/** ExcelApi 1.2: a sheet's protection. Loaded on its own or through the sheet (`items/protection/protected`). */
export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context);
  }

  protected override get requires(): string {
    return "1.2";
  }

  protected readProperty(name: string): unknown {
    if (name === "protected") return this.worksheet.target().protected === true;
    throw invalidArgument(`worksheet protection property ${name}`);
  }

  get protected(): boolean {
    const viaSheet = this.worksheet.loadedPath("protection/protected");
    return viaSheet !== undefined ? (viaSheet as boolean) : this.loaded<boolean>("protected");
  }
}

// ——— worksheets ———

export class FakeWorksheetCollection extends FakeClientObject {
  get items(): FakeWorksheet[] {
    return this.loaded<FakeWorksheet[]>("items");
  }

  override load(option?: LoadOption): this {
    const names = loadNames(option);
    this.queue({ items: names }, () => {
      const proxies = model(this.context).sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        proxy.fill(names.length > 0 ? names : ["name"]);
        return proxy;
      });
      this.setLoaded("items", proxies);
      return proxies.map((proxy) => proxy.name);
    });
    return this;
  }

  protected readProperty(): unknown {
    return undefined; // the collection's own load only matters for its items
  }

  /** By name or by id, as Office.js does. */
  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.context,
      () => findSheetByKey(model(this.context), name),
      name
    );
    this.queue({ getItem: name }, () => void sheet.target());
    return sheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.context,
      () => findSheetByKey(model(this.context), name),
      name
    );
    sheet.markOrNull();
    return sheet;
  }

  add(name: string): FakeWorksheet {
    this.queue({ add: name }, () => {
      if (model(this.context).protected)
        throw new FakeOfficeError(
          "AccessDenied",
          "The workbook is protected: sheets cannot be added."
        );
      if (findSheet(model(this.context), name))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      model(this.context).sheets.push({ name, cells: {} });
    });
    return new FakeWorksheet(this.context, () => findSheet(model(this.context), name), name);
  }
}

export class FakeWorksheet extends FakeClientObject {
  private noteCollection?: FakeNoteCollection;
  private chartCollection?: FakeChartCollection;
  private protectionObject?: FakeWorksheetProtection;
  private readonly paths = new Map<string, unknown>();

  get protection(): FakeWorksheetProtection {
    return (this.protectionObject ??= new FakeWorksheetProtection(this.context, this));
  }

  /** A nested property loaded through this sheet (`protection/protected`), undefined when not loaded. */
  loadedPath(path: string): unknown {
    return this.paths.get(path);
  }

  get charts(): FakeChartCollection {
    return (this.chartCollection ??= new FakeChartCollection(this.context, this));
  }

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeSheet | undefined,
    private readonly label = "worksheet"
  ) {
    super(context);
  }

  /** The sheet in the model, or ItemNotFound. */
  target(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw itemNotFound(`worksheet ${this.label}`);
    return sheet;
  }

  markOrNull(): void {
    this.resolveNullAtSync(() => this.resolve() === undefined);
  }

  /** Loads properties immediately (items of a collection being loaded). */
  fill(names: string[]): void {
    for (const name of names) {
      if (name === "protection/protected") {
        if (!this.context.host.supports("1.2"))
          throw new FakeOfficeError("ApiNotFound", "worksheet.protection needs ExcelApi 1.2.");
        this.paths.set(name, this.target().protected === true);
      } else this.setLoaded(name, this.readProperty(name));
    }
  }

  get name(): string {
    return this.loaded<string>("name");
  }

  get id(): string {
    return this.loaded<string>("id");
  }

  get visibility(): string {
    return this.loaded<string>("visibility");
  }

  protected readProperty(name: string): unknown {
    const sheet = this.target();
    if (name === "name") return sheet.name;
    if (name === "id") return sheetIdOf(sheet);
    if (name === "position") return model(this.context).sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility ?? "Visible";
    throw invalidArgument(`worksheet property ${name}`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "position", "visibility"];
  }

  get notes(): FakeNoteCollection {
    return (this.noteCollection ??= new FakeNoteCollection(this.context, this));
  }

  activate(): void {
    this.queue({ activate: true }, () => {
      this.context.host.view.activeSheet = this.target().name;
    });
  }

  delete(): void {
    this.queue({ delete: true }, () => {
      const sheet = this.target();
      const sheets = model(this.context).sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      this.context.host.deletedSheets.push(sheet.name);
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.context, this, () => ({
        top: 0,
        left: 0,
        bottom: MAX_ROW,
        right: MAX_COLUMN,
      }));
    return new FakeRange(this.context, this, () => {
      const area = parseArea(address);
      if (!area || address.includes(",")) throw invalidArgument(`range address ${address}`);
      return area;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("getRangeByIndexes size");
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }

  /** ExcelApi 1.9. */
  getRanges(address: string): FakeRangeAreas {
    this.context.host.noteGetRangesAddress(address.length, address.split(",").length);
    const areas = new FakeRangeAreas(this.context, this, () =>
      address.split(",").map((part) => {
        const area = parseArea(part.trim());
        if (!area) throw invalidArgument(`range address ${part}`);
        return area;
      })
    );
    this.queue({ getRanges: address }, () => void areas.areas(), "1.9");
    return areas;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(this.context, this, () => usedArea(this.target(), valuesOnly));
    range.markOrNull();
    return range;
  }
}

// ——— ranges ———

type AreaSource = () => CellArea | undefined;

export class FakeRange extends FakeClientObject {
  private memo: CellArea | null | undefined;
  private formatObject?: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    private readonly source: AreaSource
  ) {
    super(context);
  }

  /** The area, computed once when the first operation on this range runs (as Excel resolves a range then). */
  area(): CellArea {
    if (this.memo === undefined) this.memo = this.source() ?? null;
    if (this.memo === null) throw itemNotFound("range (null object)");
    return this.memo;
  }

  markOrNull(): void {
    this.resolveNullAtSync(() => {
      if (this.memo === undefined) this.memo = this.source() ?? null;
      return this.memo === null;
    });
  }

  private sheet(): FakeSheet {
    return this.worksheet.target();
  }

  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const area = this.area();
    const sheet = this.sheet();
    const rows: T[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const values: T[] = [];
      for (let column = area.left; column <= area.right; column++) values.push(read(row, column));
      rows.push(values);
    }
    void sheet;
    return rows;
  }

  protected readProperty(name: string): unknown {
    const area = this.area();
    const sheet = this.sheet();
    switch (name) {
      case "address":
        return `${sheetReference(sheet.name)}!${areaAddress(area)}`;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "values":
        return this.grid((r, c) => readValue(cellAt(sheet, r, c)));
      case "formulas":
        return this.grid((r, c) => readFormula(cellAt(sheet, r, c)));
      case "numberFormat":
        return this.grid((r, c) => cellAt(sheet, r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return this.grid((r, c) => readValueType(cellAt(sheet, r, c)));
      case "hyperlink": {
        const link = cellAt(sheet, area.top, area.left)?.hyperlink;
        return link
          ? { ...link, textToDisplay: String(readValue(cellAt(sheet, area.top, area.left))) }
          : null;
      }
      default:
        throw invalidArgument(`range property ${name}`);
    }
  }

  protected override defaultProperties(): string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
    ];
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(input: unknown[][]) {
    this.queue({ values: input }, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      this.forEachInput(input, (address, value) => writeValue(sheet, address, value));
    });
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }

  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queue({ numberFormat: input }, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      this.forEachInput(input, (address, format) => {
        if (typeof format !== "string") return;
        mutableCell(sheet, address).numberFormat = format === "General" ? undefined : format;
        tidyCell(sheet, address);
      });
    });
  }

  /** Checks a 2-D input against the range's size, as Excel does, and visits each element. */
  private forEachInput(input: unknown[][], visit: (address: string, value: unknown) => void): void {
    const area = this.area();
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    if (
      !Array.isArray(input) ||
      input.length !== rows ||
      input.some((row) => !Array.isArray(row) || row.length !== columns)
    )
      throw dimensionMismatch();
    input.forEach((row, r) =>
      row.forEach((value, c) => visit(cellAddress(area.top + r, area.left + c), value))
    );
  }

  get format(): FakeRangeFormat {
    return (this.formatObject ??= new FakeRangeFormat(this.context, () => ({
      sheet: this.sheet(),
      areas: [this.area()],
    })));
  }

  /** ExcelApi 1.9. */
  getCellProperties(
    options: Excel.CellPropertiesLoadOptions
  ): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.queue(
      { getCellProperties: options },
      () => {
        const sheet = this.sheet();
        const properties = this.grid((row, column) => cellProperties(sheet, row, column, options));
        result.set(properties);
        return properties;
      },
      "1.9"
    );
    return result;
  }

  /** ExcelApi 1.9. Only format.fill and format.font.bold are modelled. */
  setCellProperties(input: Excel.SettableCellProperties[][]): void {
    this.queue(
      { setCellProperties: input },
      () => {
        const sheet = this.sheet();
        assertWritable(sheet);
        this.forEachInput(input, (address, value) => {
          const properties = value as Excel.SettableCellProperties;
          const fill = properties.format?.fill;
          if (fill) {
            const cell = mutableCell(sheet, address);
            if (fill.pattern === "None") delete cell.fill;
            else {
              const next: FakeFill = {
                color: normalizeColor(fill.color ?? cell.fill?.color ?? NO_FILL_COLOR),
                pattern: fill.pattern ?? "Solid",
              };
              if (fill.patternColor) next.patternColor = normalizeColor(fill.patternColor);
              if (fill.tintAndShade) next.tintAndShade = fill.tintAndShade;
              cell.fill = next;
            }
          }
          if (properties.format?.font?.bold !== undefined)
            mutableCell(sheet, address).bold = properties.format.font.bold || undefined;
          tidyCell(sheet, address);
        });
      },
      "1.9"
    );
  }

  /** ExcelApi 1.13: only areas whose top-left cell lies in this range; fails above 512 areas. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const merged = new FakeRangeAreas(this.context, this.worksheet, () => {
      const area = this.area();
      const areas = (this.sheet().merges ?? [])
        .map((text) => parseArea(text)!)
        .filter(
          (m) =>
            m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right
        );
      if (areas.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError("GeneralException", "Too many merged areas in the range.");
      return areas.length > 0 ? areas : undefined;
    });
    merged.markOrNull("1.13", "Range.getMergedAreasOrNullObject");
    return merged;
  }

  /** ExcelApi 1.9. Only `Visible` is modelled: the cells of this range in no hidden row or column; null when none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    if (cellType !== "Visible" || cellValueType !== undefined)
      throw new Error(`fake Excel: getSpecialCells(${cellType}) is not modelled`);
    const visible = new FakeRangeAreas(this.context, this.worksheet, () => {
      const areas = visibleAreas(this.sheet(), this.area());
      return areas.length > 0 ? areas : undefined;
    });
    visible.markOrNull("1.9", "Range.getSpecialCellsOrNullObject");
    return visible;
  }

  select(): void {
    this.queue({ select: true }, () => {
      this.context.host.view.selection = {
        sheet: this.sheet().name,
        address: areaAddress(this.area()),
      };
      this.context.host.view.activeSheet = this.sheet().name;
    });
  }

  clear(applyTo: string = "All"): void {
    const requires = applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks" ? "1.7" : undefined;
    this.queue(
      { clear: applyTo },
      () => {
        const sheet = this.sheet();
        assertWritable(sheet);
        for (const address of existingCellsIn(sheet, this.area())) {
          const cell = sheet.cells[address];
          if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks")
            delete cell.hyperlink;
          if (applyTo === "All" || applyTo === "Contents") {
            delete cell.value;
            delete cell.formula;
          }
          if (applyTo === "All" || applyTo === "Formats") {
            delete cell.fill;
            delete cell.numberFormat;
            delete cell.bold;
          }
          tidyCell(sheet, address);
        }
      },
      requires
    );
  }

  /** ExcelApi 1.7. Writing sets the link on every cell of the range; `textToDisplay` is written as the value. */
  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.queue(
      { hyperlink: link },
      () => {
        const sheet = this.sheet();
        assertWritable(sheet);
        for (const { address } of cellsIn(this.area())) {
          const next: FakeHyperlink = {};
          if (link.documentReference) next.documentReference = link.documentReference;
          if (link.address) next.address = link.address;
          if (link.screenTip) next.screenTip = link.screenTip;
          if (!next.documentReference && !next.address)
            throw invalidArgument("a hyperlink needs an address or a documentReference");
          mutableCell(sheet, address).hyperlink = next;
          if (link.textToDisplay !== undefined) writeValue(sheet, address, link.textToDisplay);
        }
      },
      "1.7"
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const a = this.area();
      return {
        top: a.top + row,
        left: a.left + column,
        bottom: a.top + row,
        right: a.left + column,
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const a = this.area();
      return { ...a, bottom: a.bottom + deltaRows, right: a.right + deltaColumns };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const a = this.area();
      return {
        top: a.top + rowOffset,
        bottom: a.bottom + rowOffset,
        left: a.left + columnOffset,
        right: a.right + columnOffset,
      };
    });
  }
}

function cellProperties(
  sheet: FakeSheet,
  row: number,
  column: number,
  options: Excel.CellPropertiesLoadOptions
): Excel.CellProperties {
  const cell = cellAt(sheet, row, column);
  const result: Excel.CellProperties = {};
  if (options.address) result.address = `${sheetReference(sheet.name)}!${cellAddress(row, column)}`;
  const fillOptions = options.format?.fill;
  const fontOptions = options.format?.font;
  if (fillOptions || fontOptions) {
    result.format = {};
    if (fillOptions) {
      const fill: Excel.CellPropertiesFill = {};
      if (fillOptions.color) fill.color = cell?.fill?.color ?? NO_FILL_COLOR; // no fill reads as white, like Excel
      if (fillOptions.pattern) fill.pattern = (cell?.fill?.pattern ?? "None") as Excel.FillPattern;
      if (fillOptions.patternColor) fill.patternColor = cell?.fill?.patternColor ?? "#000000";
      if (fillOptions.tintAndShade) fill.tintAndShade = cell?.fill?.tintAndShade ?? 0;
      result.format.fill = fill;
    }
    if (fontOptions?.bold) result.format.font = { bold: cell?.bold ?? false };
  }
  return result;
}

function normalizeColor(color: string): string {
  if (!HEX_COLOR.test(color))
    throw invalidArgument(`colour ${color} (the fake accepts #RRGGBB only)`);
  return color.toUpperCase();
}

export class FakeRangeAreas extends FakeClientObject {
  private memo: CellArea[] | null | undefined;
  private formatObject?: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    private readonly source: () => CellArea[] | undefined
  ) {
    super(context);
  }

  areas(): CellArea[] {
    if (this.memo === undefined) this.memo = this.source() ?? null;
    if (this.memo === null) throw itemNotFound("range areas (null object)");
    return this.memo;
  }

  markOrNull(requires?: string, location?: string): void {
    this.resolveNullAtSync(
      () => {
        if (this.memo === undefined) this.memo = this.source() ?? null;
        return this.memo === null;
      },
      requires,
      location
    );
  }

  protected readProperty(name: string): unknown {
    const sheet = this.worksheet.target();
    if (name === "address")
      return this.areas()
        .map((area) => `${sheetReference(sheet.name)}!${areaAddress(area)}`)
        .join(", ");
    if (name === "areaCount") return this.areas().length;
    throw invalidArgument(`range areas property ${name}`);
  }

  get address(): string {
    return this.loaded("address");
  }

  get format(): FakeRangeFormat {
    return (this.formatObject ??= new FakeRangeFormat(this.context, () => ({
      sheet: this.worksheet.target(),
      areas: this.areas(),
    })));
  }
}

type FormatTarget = () => { sheet: FakeSheet; areas: CellArea[] };

export class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly target: FormatTarget
  ) {
    this.fill = new FakeRangeFill(context, target);
    this.font = new FakeRangeFont(context, target);
  }

  autofitColumns(): void {
    this.context.enqueue({ request: { autofitColumns: true }, run: () => void this.target() });
  }
}

function eachCell(
  target: FormatTarget,
  visit: (sheet: FakeSheet, address: string) => void,
  write = true
): void {
  const { sheet, areas } = target();
  if (write) assertWritable(sheet);
  for (const area of areas) for (const { address } of cellsIn(area)) visit(sheet, address);
}

export class FakeRangeFill extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly target: FormatTarget
  ) {
    super(context);
  }

  protected readProperty(name: string): unknown {
    const fills = new Set<string>();
    eachCell(
      this.target,
      (sheet, address) => {
        const fill = sheet.cells[address]?.fill;
        fills.add(
          name === "color"
            ? (fill?.color ?? NO_FILL_COLOR)
            : name === "pattern"
              ? (fill?.pattern ?? "None")
              : "?"
        );
      },
      false
    );
    return fills.size === 1 ? [...fills][0] : null;
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queue({ color }, () =>
      eachCell(this.target, (sheet, address) => {
        mutableCell(sheet, address).fill = { color: normalizeColor(color), pattern: "Solid" };
      })
    );
  }

  get pattern(): string {
    return this.loaded("pattern");
  }
  /** ExcelApi 1.15. */
  set pattern(pattern: string) {
    this.queue(
      { pattern },
      () =>
        eachCell(this.target, (sheet, address) => {
          const cell = mutableCell(sheet, address);
          if (pattern === "None") delete cell.fill;
          else cell.fill = { color: cell.fill?.color ?? "#000000", pattern };
          tidyCell(sheet, address);
        }),
      "1.15"
    );
  }

  clear(): void {
    this.queue({ clear: true }, () =>
      eachCell(this.target, (sheet, address) => {
        if (sheet.cells[address]) delete sheet.cells[address].fill;
        tidyCell(sheet, address);
      })
    );
  }
}

export class FakeRangeFont extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly target: FormatTarget
  ) {
    super(context);
  }

  protected readProperty(name: string): unknown {
    if (name !== "bold") throw invalidArgument(`font property ${name}`);
    const values = new Set<boolean>();
    eachCell(
      this.target,
      (sheet, address) => values.add(sheet.cells[address]?.bold ?? false),
      false
    );
    return values.size === 1 ? [...values][0] : null;
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.queue({ bold }, () =>
      eachCell(this.target, (sheet, address) => {
        mutableCell(sheet, address).bold = bold || undefined;
        tidyCell(sheet, address);
      })
    );
  }
}

// ——— settings (ExcelApi 1.4) ———

export class FakeSettingCollection extends FakeClientObject {
  protected override get requires(): string {
    return "1.4";
  }

  private store(): Record<string, unknown> {
    return (model(this.context).settings ??= {});
  }

  protected readProperty(): unknown {
    return undefined;
  }

  get items(): FakeSetting[] {
    return this.loaded("items");
  }

  override load(option?: LoadOption): this {
    this.queue({ items: true }, () => {
      this.setLoaded(
        "items",
        Object.keys(this.store()).map(
          (key) => new FakeSetting(this.context, key, () => this.store())
        )
      );
      return Object.keys(this.store());
    });
    void option;
    return this;
  }

  add(key: string, value: unknown): FakeSetting {
    // Office stores settings as JSON: what is read back is a copy, not the object written.
    this.queue({ add: key, value }, () => {
      const next = { ...this.store(), [key]: JSON.parse(JSON.stringify(value)) };
      const bytes = Buffer.byteLength(JSON.stringify(next), "utf8");
      if (bytes > this.context.host.settingsLimitBytes)
        throw new FakeOfficeError(
          "GeneralException",
          `The settings are too large (${bytes} bytes; this host stores ${this.context.host.settingsLimitBytes}).`
        );
      this.store()[key] = next[key];
    });
    return new FakeSetting(this.context, key, () => this.store());
  }

  getItem(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, key, () => this.store());
    this.queue({ getItem: key }, () => void setting.target());
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, key, () => this.store());
    setting.markOrNull();
    return setting;
  }
}

export class FakeSetting extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    readonly key: string,
    private readonly store: () => Record<string, unknown>
  ) {
    super(context);
  }

  protected override get requires(): string {
    return "1.4";
  }

  target(): unknown {
    if (!(this.key in this.store())) throw itemNotFound(`setting ${this.key}`);
    return this.store()[this.key];
  }

  markOrNull(): void {
    this.resolveNullAtSync(() => !(this.key in this.store()));
  }

  protected readProperty(name: string): unknown {
    if (name === "value") return JSON.parse(JSON.stringify(this.target()));
    if (name === "key") return this.key;
    throw invalidArgument(`setting property ${name}`);
  }

  get value(): unknown {
    return this.loaded("value");
  }

  delete(): void {
    this.queue({ delete: this.key }, () => {
      this.target();
      delete this.store()[this.key];
    });
  }
}

// ——— notes (ExcelApi 1.18) ———

function hasComment(context: FakeRequestContext, sheet: string, cell: string): boolean {
  return (model(context).comments ?? []).some((c) => c.sheet === sheet && c.cell === cell);
}

function singleCell(address: string): string {
  const position = parseCell(address);
  if (!position) throw new FakeOfficeError("InvalidCellAddress", `Not a single cell: ${address}`);
  return cellAddress(position.row, position.column);
}

export class FakeNoteCollection extends FakeClientObject {
  /** `scope` null: the workbook's collection. */
  constructor(
    context: FakeRequestContext,
    private readonly scope: FakeWorksheet | null
  ) {
    super(context);
  }

  private get worksheet(): FakeWorksheet {
    if (!this.scope)
      throw new FakeOfficeError(
        "InvalidOperation",
        "fake Excel: add and get notes through a worksheet's collection"
      );
    return this.scope;
  }

  protected override get requires(): string {
    return "1.18";
  }

  protected readProperty(): unknown {
    return undefined;
  }

  get items(): FakeNote[] {
    return this.loaded("items");
  }

  override load(option?: LoadOption): this {
    const names = loadNames(option);
    this.queue({ items: names }, () => {
      const sheets = this.scope ? [this.scope.target()] : model(this.context).sheets;
      const items: FakeNote[] = [];
      for (const sheet of sheets) {
        const worksheet = new FakeWorksheet(this.context, () => sheet);
        for (const cell of Object.keys(sheet.notes ?? {})) {
          const note = new FakeNote(this.context, worksheet, cell);
          note.fill(names);
          items.push(note);
        }
      }
      this.setLoaded("items", items);
      return items.length;
    });
    return this;
  }

  add(cellAddress: string, content: string): FakeNote {
    const cell = singleCell(cellAddress);
    this.queue({ add: cellAddress, content }, () => {
      const sheet = this.worksheet.target();
      assertWritable(sheet);
      if (sheet.notes?.[cell] !== undefined)
        throw new FakeOfficeError("InvalidOperation", `${cell} already has a note.`);
      if (hasComment(this.context, sheet.name, cell))
        throw new FakeOfficeError(
          "InvalidOperation",
          `${cell} has a threaded comment; a cell holds a comment or a note, not both.`
        );
      (sheet.notes ??= {})[cell] = String(content);
    });
    return new FakeNote(this.context, this.worksheet, cell);
  }

  getItem(key: string): FakeNote {
    const note = new FakeNote(this.context, this.worksheet, singleCell(key));
    this.queue({ getItem: key }, () => void note.target());
    return note;
  }

  getItemOrNullObject(key: string): FakeNote {
    const note = new FakeNote(this.context, this.worksheet, singleCell(key));
    note.markOrNull();
    return note;
  }
}

export class FakeNote extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    private readonly cell: string
  ) {
    super(context);
  }

  protected override get requires(): string {
    return "1.18";
  }

  target(): string {
    const content = this.worksheet.target().notes?.[this.cell];
    if (content === undefined) throw itemNotFound(`note on ${this.cell}`);
    return content;
  }

  markOrNull(): void {
    this.resolveNullAtSync(() => this.worksheet.target().notes?.[this.cell] === undefined);
  }

  protected readProperty(name: string): unknown {
    if (name === "content") return this.target();
    if (name === "authorName")
      return this.worksheet.target().noteAuthors?.[this.cell] ?? "Fake User";
    throw invalidArgument(`note property ${name}`);
  }

  get content(): string {
    return this.loaded("content");
  }
  set content(content: string) {
    this.queue({ content }, () => {
      this.target();
      const sheet = this.worksheet.target();
      assertWritable(sheet);
      sheet.notes![this.cell] = String(content);
    });
  }

  get authorName(): string {
    return this.loaded("authorName");
  }

  fill(names: string[]): void {
    for (const name of names) this.setLoaded(name, this.readProperty(name));
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      this.target();
      return parseArea(this.cell)!;
    });
  }

  delete(): void {
    this.queue({ delete: this.cell }, () => {
      this.target();
      const sheet = this.worksheet.target();
      assertWritable(sheet);
      delete sheet.notes![this.cell];
      if (sheet.noteAuthors) delete sheet.noteAuthors[this.cell];
    });
  }
}

// ——— threaded comments (ExcelApi 1.10) ———

export class FakeCommentCollection extends FakeClientObject {
  protected override get requires(): string {
    return "1.10";
  }

  protected readProperty(): unknown {
    return undefined;
  }

  private list(): FakeThreadedComment[] {
    return (model(this.context).comments ??= []);
  }

  get items(): FakeComment[] {
    return this.loaded("items");
  }

  override load(option?: LoadOption): this {
    const loadedNames = loadNames(option);
    const names = loadedNames.length > 0 ? loadedNames : ["id"];
    this.queue({ items: names }, () => {
      const proxies = this.list().map((comment) => {
        const proxy = new FakeComment(this.context, () => comment);
        proxy.fill(names);
        return proxy;
      });
      this.setLoaded("items", proxies);
      return this.list().map((c) => ({ id: c.id }));
    });
    return this;
  }

  /** `cellAddress` must name the sheet (`'附件1'!C4`) or be a Range; one cell only. */
  add(cellAddress: string | FakeRange, content: string): FakeComment {
    let created: FakeThreadedComment | undefined;
    this.queue(
      { add: typeof cellAddress === "string" ? cellAddress : "range", content },
      () => {
        const { sheet, cell } = this.locate(cellAddress);
        assertWritable(findSheet(model(this.context), sheet)!);
        if (hasComment(this.context, sheet, cell))
          throw new FakeOfficeError("InvalidOperation", `${cell} already has a comment.`);
        if (findSheet(model(this.context), sheet)?.notes?.[cell] !== undefined)
          throw new FakeOfficeError(
            "InvalidOperation",
            `${cell} has a note; a cell holds a comment or a note, not both.`
          );
        created = { id: this.context.host.nextCommentId(), sheet, cell, content: String(content) };
        this.list().push(created);
      },
      this.requires,
      "CommentCollection.add"
    );
    return new FakeComment(this.context, () => created);
  }

  private locate(address: string | FakeRange): { sheet: string; cell: string } {
    if (typeof address !== "string") {
      const area = address.area();
      if (area.top !== area.bottom || area.left !== area.right)
        throw invalidArgument("a comment goes on one cell");
      return { sheet: address.worksheet.target().name, cell: cellAddress(area.top, area.left) };
    }
    const bang = address.lastIndexOf("!");
    if (bang < 0) throw invalidArgument(`comment address without a sheet: ${address}`);
    let sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (!findSheet(model(this.context), sheet)) throw itemNotFound(`worksheet ${sheet}`);
    return { sheet, cell: singleCell(address.slice(bang + 1)) };
  }

  getItem(id: string): FakeComment {
    const comment = new FakeComment(this.context, () => this.list().find((c) => c.id === id));
    this.queue({ getItem: id }, () => void comment.target());
    return comment;
  }
}

export class FakeComment extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeThreadedComment | undefined
  ) {
    super(context);
  }

  protected override get requires(): string {
    return "1.10";
  }

  target(): FakeThreadedComment {
    const comment = this.resolve();
    if (!comment || !(model(this.context).comments ?? []).includes(comment))
      throw itemNotFound("comment");
    return comment;
  }

  fill(names: string[]): void {
    for (const name of names) if (name) this.setLoaded(name, this.readProperty(name));
  }

  protected readProperty(name: string): unknown {
    const comment = this.target();
    if (name === "id") return comment.id;
    if (name === "content") return comment.content;
    if (name === "authorName") return "Fake User";
    throw invalidArgument(`comment property ${name}`);
  }

  get id(): string {
    return this.loaded("id");
  }

  get content(): string {
    return this.loaded("content");
  }
  set content(content: string) {
    this.queue({ content }, () => {
      const comment = this.target();
      assertWritable(findSheet(model(this.context), comment.sheet)!);
      comment.content = String(content);
    });
  }

  /** The thread's replies (ExcelApi 1.10). */
  get replies(): FakeCommentReplyCollection {
    return (this.replyCollection ??= new FakeCommentReplyCollection(this.context, () =>
      this.target()
    ));
  }
  private replyCollection?: FakeCommentReplyCollection;

  getLocation(): FakeRange {
    let sheetName = "";
    const worksheet = new FakeWorksheet(this.context, () =>
      findSheet(model(this.context), sheetName)
    );
    return new FakeRange(this.context, worksheet, () => {
      const comment = this.target();
      sheetName = comment.sheet;
      const p = parseCell(comment.cell)!;
      return { top: p.row, left: p.column, bottom: p.row, right: p.column };
    });
  }

  delete(): void {
    this.queue({ delete: true }, () => {
      const comments = model(this.context).comments!;
      const comment = this.target();
      assertWritable(findSheet(model(this.context), comment.sheet)!);
      comments.splice(comments.indexOf(comment), 1);
    });
  }
}

export class FakeCommentReplyCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly comment: () => FakeThreadedComment
  ) {
    super(context);
  }

  protected override get requires(): string {
    return "1.10";
  }

  protected readProperty(): unknown {
    return undefined;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue({ getCount: true }, () => {
      const count = (this.comment().replies ?? []).length;
      result.set(count);
      return count;
    });
    return result;
  }
}

// ——— charts (ExcelApi 1.1; series.add, setValues, chartType, axes.getItem 1.7; axisGroup, axis numberFormat 1.8) ———

function rangeReference(range: FakeRange): string {
  return `${sheetReference(range.worksheet.target().name)}!${areaAddress(range.area())}`;
}

export class FakeChartCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context);
  }

  private list(): FakeChart[] {
    return (this.worksheet.target().charts ??= []);
  }

  protected readProperty(name: string): unknown {
    if (name === "count") return this.list().length;
    return undefined;
  }

  get items(): FakeChartObject[] {
    return this.loaded("items");
  }

  get count(): number {
    return this.loaded("count");
  }

  override load(option?: LoadOption): this {
    const names = loadNames(option);
    this.queue({ items: names }, () => {
      const charts = this.list();
      const proxies = charts.map((chart) => {
        const proxy = new FakeChartObject(this.context, this.worksheet, () => chart);
        proxy.fill(names.filter((n) => n !== "count"));
        return proxy;
      });
      this.setLoaded("items", proxies);
      this.setLoaded("count", charts.length);
      return charts.map((c) => c.name);
    });
    return this;
  }

  /**
   * Like Excel: each column (or row, by `seriesBy`) of the source becomes a series; a text first row names the
   * series and a text first column gives the categories.
   */
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChartObject {
    let created: FakeChart | undefined;
    this.queue({ add: type, seriesBy }, () => {
      const sheet = sourceData.worksheet.target();
      const area = sourceData.area();
      const byRows =
        seriesBy === "Rows" ||
        (seriesBy === "Auto" && area.right - area.left > area.bottom - area.top);
      const isText = (row: number, column: number) =>
        typeof readValue(cellAt(sheet, row, column)) === "string" &&
        readValue(cellAt(sheet, row, column)) !== "";
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      let top = area.top;
      let left = area.left;
      const headerRow =
        rows > 1 &&
        columns >= 1 &&
        Array.from({ length: columns }, (_, i) => isText(area.top, area.left + i)).every(Boolean);
      const headerColumn =
        columns > 1 &&
        Array.from({ length: rows }, (_, i) => isText(area.top + i, area.left)).every(Boolean);
      if (byRows ? headerColumn : headerRow) byRows ? left++ : top++;
      if (byRows ? headerRow : headerColumn) byRows ? top++ : left++;
      const ref = (a: CellArea) => `${sheetReference(sheet.name)}!${areaAddress(a)}`;
      const series: FakeChartSeries[] = [];
      const count = byRows ? area.bottom - top + 1 : area.right - left + 1;
      for (let i = 0; i < count; i++) {
        const values: CellArea = byRows
          ? { top: top + i, bottom: top + i, left, right: area.right }
          : { top, bottom: area.bottom, left: left + i, right: left + i };
        const entry: FakeChartSeries = { values: ref(values) };
        if (top > area.top && !byRows)
          entry.name = String(readValue(cellAt(sheet, area.top, left + i)));
        if (left > area.left && byRows)
          entry.name = String(readValue(cellAt(sheet, top + i, area.left)));
        if (left > area.left && !byRows)
          entry.xValues = ref({ top, bottom: area.bottom, left: area.left, right: area.left });
        series.push(entry);
      }
      const list = this.list();
      let n = list.length + 1;
      while (list.some((c) => c.name === `Chart ${n}`)) n++;
      created = { name: `Chart ${n}`, type, series, axes: {} };
      list.push(created);
    });
    return new FakeChartObject(this.context, this.worksheet, () => created);
  }

  getItem(name: string): FakeChartObject {
    const chart = new FakeChartObject(this.context, this.worksheet, () =>
      this.list().find((c) => c.name === name)
    );
    this.queue({ getItem: name }, () => void chart.target());
    return chart;
  }
}

export class FakeChartObject extends FakeClientObject {
  readonly title: FakeChartText;
  readonly legend: FakeChartLegend;
  readonly axes: FakeChartAxes;
  readonly series: FakeChartSeriesCollection;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    private readonly resolve: () => FakeChart | undefined
  ) {
    super(context);
    this.title = new FakeChartText(context, (text) => (this.target().title = text));
    this.legend = new FakeChartLegend(context, () => this.target());
    this.axes = new FakeChartAxes(context, () => this.target());
    this.series = new FakeChartSeriesCollection(context, () => this.target());
  }

  target(): FakeChart {
    const chart = this.resolve();
    if (!chart || !(this.worksheet.target().charts ?? []).includes(chart))
      throw itemNotFound("chart");
    return chart;
  }

  fill(names: string[]): void {
    for (const name of names.length > 0 ? names : ["name"])
      this.setLoaded(name, this.readProperty(name));
  }

  protected readProperty(name: string): unknown {
    const chart = this.target();
    if (name === "name") return chart.name;
    if (name === "chartType") return chart.type;
    throw invalidArgument(`chart property ${name}`);
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queue({ name }, () => {
      const chart = this.target();
      if (this.worksheet.target().charts!.some((c) => c !== chart && c.name === name))
        throw new FakeOfficeError("InvalidArgument", `A chart named ${name} already exists.`);
      chart.name = name;
    });
  }

  set chartType(type: string) {
    this.queue({ chartType: type }, () => void (this.target().type = type));
  }

  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const text = (cell: string | FakeRange) =>
      typeof cell === "string" ? cell : areaAddress(cell.area());
    this.queue({ setPosition: [text(startCell), endCell && text(endCell)] }, () => {
      const from = text(startCell);
      if (!parseArea(from)) throw invalidArgument(`chart position ${from}`);
      this.target().position = endCell ? { from, to: text(endCell) } : { from };
    });
  }

  delete(): void {
    this.queue({ delete: true }, () => {
      const list = this.worksheet.target().charts!;
      list.splice(list.indexOf(this.target()), 1);
    });
  }
}

export class FakeChartText {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly write: (text: string) => void
  ) {}

  set text(text: string) {
    this.context.enqueue({ request: { text }, run: () => void this.write(String(text)) });
  }
}

export class FakeChartLegend {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => FakeChart
  ) {}

  set position(position: string) {
    this.context.enqueue({
      request: { position },
      run: () => void (this.chart().legend = position),
    });
  }
}

export class FakeChartAxes {
  readonly valueAxis: FakeChartAxis;
  readonly categoryAxis: FakeChartAxis;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => FakeChart
  ) {
    this.valueAxis = new FakeChartAxis(context, chart, "Value/Primary");
    this.categoryAxis = new FakeChartAxis(context, chart, "Category/Primary");
  }

  /** ExcelApi 1.7. The secondary value axis exists once a series is on the secondary axis group. */
  getItem(type: string, group: string = "Primary"): FakeChartAxis {
    const key = `${type}/${group}`;
    const axis = new FakeChartAxis(this.context, this.chart, key);
    this.context.enqueue({
      request: { getItem: key },
      requires: "1.7",
      run: () => {
        const chart = this.chart();
        if (group === "Secondary" && !chart.series.some((s) => s.axisGroup === "Secondary"))
          throw new FakeOfficeError("GeneralException", "The chart has no secondary axis.");
      },
    });
    return axis;
  }
}

export class FakeChartAxis {
  readonly title: FakeChartText;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => FakeChart,
    private readonly key: string
  ) {
    this.title = new FakeChartText(context, (text) => void (this.axis().title = text));
  }

  private axis() {
    const chart = this.chart();
    return (chart.axes[this.key] ??= {});
  }

  /** ExcelApi 1.8. */
  set numberFormat(format: string) {
    this.context.enqueue({
      request: { numberFormat: format },
      requires: "1.8",
      run: () => void (this.axis().numberFormat = format),
    });
  }
}

export class FakeChartSeriesCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChart
  ) {
    super(context);
  }

  protected readProperty(name: string): unknown {
    if (name === "count") return this.chart().series.length;
    throw invalidArgument(`series collection property ${name}`);
  }

  get count(): number {
    return this.loaded("count");
  }

  getItemAt(index: number): FakeChartSeriesObject {
    const series = new FakeChartSeriesObject(this.context, () => this.chart().series[index]);
    this.queue({ getItemAt: index }, () => void series.target());
    return series;
  }

  /** ExcelApi 1.7. */
  add(name?: string): FakeChartSeriesObject {
    let created: FakeChartSeries | undefined;
    this.queue(
      { add: name },
      () => {
        created = name === undefined ? {} : { name };
        this.chart().series.push(created);
      },
      "1.7"
    );
    return new FakeChartSeriesObject(this.context, () => created);
  }
}

export class FakeChartSeriesObject extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeChartSeries | undefined
  ) {
    super(context);
  }

  target(): FakeChartSeries {
    const series = this.resolve();
    if (!series) throw itemNotFound("chart series");
    return series;
  }

  protected readProperty(name: string): unknown {
    const series = this.target();
    if (name === "name") return series.name ?? "";
    if (name === "chartType") return series.chartType;
    if (name === "axisGroup") return series.axisGroup ?? "Primary";
    throw invalidArgument(`series property ${name}`);
  }

  set name(name: string) {
    this.queue({ name }, () => void (this.target().name = name));
  }

  /** ExcelApi 1.7. */
  set chartType(type: string) {
    this.queue({ chartType: type }, () => void (this.target().chartType = type), "1.7");
  }

  /** ExcelApi 1.8. */
  set axisGroup(group: "Primary" | "Secondary") {
    this.queue({ axisGroup: group }, () => void (this.target().axisGroup = group), "1.8");
  }

  /** ExcelApi 1.7. */
  setValues(range: FakeRange): void {
    this.queue(
      { setValues: true },
      () => void (this.target().values = rangeReference(range)),
      "1.7"
    );
  }

  /** ExcelApi 1.7. */
  setXAxisValues(range: FakeRange): void {
    this.queue(
      { setXAxisValues: true },
      () => void (this.target().xValues = rangeReference(range)),
      "1.7"
    );
  }
}
