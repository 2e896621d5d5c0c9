/** The fake itself: it must fail where Office.js fails, or the adapter tests prove nothing. */
import { createFakeExcel, FakeOfficeError, uninstallFakeOffice } from "../support/fakeExcel";

function workbook() {
  return {
    sheets: [
      {
        name: "附件1",
        cells: {
          B2: { value: 5 },
          C3: { value: 7, formula: "=B2+2" },
          D4: { value: { error: "#REF!" } },
          E5: { fill: { color: "#FFFF00", pattern: "Solid" } },
        },
        merges: ["B2:C2"],
      },
    ],
  };
}

afterEach(uninstallFakeOffice);

describe("fake Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const { context } = createFakeExcel(workbook()).requestContext();
    const range = context.workbook.worksheets.getItem("附件1").getRange("B2:C3");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(FakeOfficeError);
    await context.sync();
    expect(range.values).toEqual([
      [5, ""],
      ["", 7],
    ]);
    expect(() => range.address).toThrow(/PropertyNotLoaded|not available/);
  });

  it("reads formulas, error values and value types like Excel", async () => {
    const { context } = createFakeExcel(workbook()).requestContext();
    const range = context.workbook.worksheets.getItem("附件1").getRange("B2:D4");
    range.load("values,formulas,valueTypes,numberFormat");
    await context.sync();
    expect(range.formulas[1][1]).toBe("=B2+2");
    expect(range.values[2][2]).toBe("#REF!");
    expect(range.valueTypes[2][2]).toBe("Error");
    expect(range.valueTypes[0][1]).toBe("Empty");
    expect(range.numberFormat[0][0]).toBe("General");
  });

  it("knows isNullObject only after a sync, and fails a sync on a missing item", async () => {
    const host = createFakeExcel(workbook());
    const { context } = host.requestContext();
    const missing = context.workbook.worksheets.getItemOrNullObject("无此表");
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);

    context.workbook.worksheets.getItem("无此表");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("applies writes at sync, in order, and drops the rest of a failed batch", async () => {
    const host = createFakeExcel(workbook());
    const { context } = host.requestContext();
    const sheet = context.workbook.worksheets.getItem("附件1");
    sheet.getRange("A1").values = [[1]];
    expect(host.model.sheets[0].cells.A1).toBeUndefined();
    sheet.notes.add("A1", "first");
    sheet.notes.add("A1", "second"); // a cell has one note: fails
    sheet.getRange("A2").values = [[2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.model.sheets[0].cells.A1).toEqual({ value: 1 });
    expect(host.model.sheets[0].notes).toEqual({ A1: "first" });
    expect(host.model.sheets[0].cells.A2).toBeUndefined();
  });

  it("turns '=…' into a formula unless the cell is text-formatted first", async () => {
    const host = createFakeExcel({ sheets: [{ name: "S", cells: {} }] });
    const { context } = host.requestContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [['=HYPERLINK("http://x","y")']];
    const text = sheet.getRange("A2");
    text.numberFormat = [["@"]];
    text.values = [['=HYPERLINK("http://x","y")']];
    sheet.getRange("A3").values = [["600001"]];
    await context.sync();
    expect(host.model.sheets[0].cells.A1).toEqual({ formula: '=HYPERLINK("http://x","y")' });
    expect(host.model.sheets[0].cells.A2).toEqual({
      value: '=HYPERLINK("http://x","y")',
      numberFormat: "@",
    });
    expect(host.model.sheets[0].cells.A3).toEqual({ value: 600001 });
  });

  it("reads a missing fill as white with pattern None, and clear() removes a fill", async () => {
    const host = createFakeExcel(workbook());
    const { context } = host.requestContext();
    const sheet = context.workbook.worksheets.getItem("附件1");
    const properties = sheet
      .getRange("E4:E5")
      .getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await context.sync();
    expect(properties.value.map((row) => row[0].format!.fill)).toEqual([
      { color: "#FFFFFF", pattern: "None" },
      { color: "#FFFF00", pattern: "Solid" },
    ]);
    sheet.getRanges("E5").format.fill.clear();
    await context.sync();
    expect(host.model.sheets[0].cells.E5).toBeUndefined();
  });

  it("rejects calls above the host's requirement sets with ApiNotFound", async () => {
    const host = createFakeExcel(workbook(), { apiVersion: "1.12" });
    const { context } = host.requestContext();
    context.workbook.worksheets.getItem("附件1").getRange("A1:D4").getMergedAreasOrNullObject();
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    context.workbook.worksheets.getItem("附件1").notes.add("A1", "x");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    const comment = context.workbook.comments.add("'附件1'!A1", "x");
    comment.load("id");
    await context.sync();
    expect(comment.id).toMatch(/^\{/);
  });

  it("lists merged areas whose top-left cell lies in the range", async () => {
    const { context } = createFakeExcel(workbook()).requestContext();
    const merged = context.workbook.worksheets
      .getItem("附件1")
      .getRange("B2:E5")
      .getMergedAreasOrNullObject();
    merged.load("address");
    const none = context.workbook.worksheets
      .getItem("附件1")
      .getRange("D4:E5")
      .getMergedAreasOrNullObject();
    none.load("address");
    await context.sync();
    expect(merged.address).toBe("附件1!B2:C2");
    expect(none.isNullObject).toBe(true);
  });

  it("counts syncs per context and answers isSetSupported per host", async () => {
    const host = createFakeExcel(workbook(), { apiVersion: "1.10" });
    host.install();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await Excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(host.totalSyncs).toBe(2);
  });

  it("lists a range's visible cells as sheet-qualified areas, and a null object when none shows", async () => {
    const book = workbook();
    Object.assign(book.sheets[0], { name: "附件 1", hiddenRows: [2], hiddenColumns: [2] });
    const { context } = createFakeExcel(book).requestContext();
    const sheet = context.workbook.worksheets.getItem("附件 1");
    const visible = sheet.getRange("B2:E5").getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    const none = sheet.getRange("A3:D3").getSpecialCellsOrNullObject("Visible");
    none.load("address");
    await context.sync();
    expect(visible.address).toBe("'附件 1'!B2, '附件 1'!D2:E2, '附件 1'!B4:B5, '附件 1'!D4:E5");
    expect(none.isNullObject).toBe(true);
  });

  it("fails the calls a host is told to fail, naming them in debugInfo.errorLocation", async () => {
    const host = createFakeExcel(workbook(), {
      failingCalls: ["Range.getSpecialCellsOrNullObject"],
    });
    const { context } = host.requestContext();
    const range = context.workbook.worksheets.getItem("附件1").getRange("B2:C3");
    range.getSpecialCellsOrNullObject("Visible").load("address");
    await expect(context.sync()).rejects.toMatchObject({
      code: "GeneralException",
      debugInfo: { errorLocation: "Range.getSpecialCellsOrNullObject" },
    });
  });

  it("hyperlinks need ExcelApi 1.7; clear('All') and clear('Hyperlinks') take them away", async () => {
    const host = createFakeExcel(workbook());
    const { context } = host.requestContext();
    const sheet = context.workbook.worksheets.getItem("附件1");
    sheet.getRange("A1").numberFormat = [["@"]];
    sheet.getRange("A1").hyperlink = { documentReference: "'附件1'!C3", textToDisplay: "C3" };
    await context.sync();
    expect(host.model.sheets[0].cells.A1).toEqual({
      value: "C3",
      numberFormat: "@",
      hyperlink: { documentReference: "'附件1'!C3" },
    });
    sheet.getRange("A1").clear("Hyperlinks");
    await context.sync();
    expect(host.model.sheets[0].cells.A1).toEqual({ value: "C3", numberFormat: "@" });

    const old = createFakeExcel(workbook(), { withoutSets: ["1.7"] });
    const oldContext = old.requestContext().context;
    oldContext.workbook.worksheets.getItem("附件1").getRange("A1").hyperlink = {
      documentReference: "'附件1'!C3",
    };
    await expect(oldContext.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("a host can lack one set it would otherwise have: isSetSupported says so and its calls fail", async () => {
    const host = createFakeExcel(workbook(), { withoutSets: ["1.8"] });
    host.install();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(true);
  });

  it("charts: series from the source range, series added and typed (1.7), the secondary axis (1.8)", async () => {
    const host = createFakeExcel(workbook());
    const { context } = host.requestContext();
    const sheet = context.workbook.worksheets.getItem("附件1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
    chart.name = "图1";
    chart.title.text = "标题";
    const line = chart.series.add("折线");
    line.setValues(sheet.getRange("C3"));
    line.chartType = "Line";
    line.axisGroup = "Secondary";
    chart.axes.getItem("Value", "Secondary").numberFormat = "0%";
    await context.sync();
    expect(host.model.sheets[0].charts).toEqual([
      {
        name: "图1",
        type: "ColumnClustered",
        title: "标题",
        series: [
          { values: "附件1!B2:B3" },
          { name: "折线", values: "附件1!C3", chartType: "Line", axisGroup: "Secondary" },
        ],
        axes: { "Value/Secondary": { numberFormat: "0%" } },
      },
    ]);
    const charts = sheet.charts;
    charts.load("items/name");
    await context.sync();
    charts.items[0].delete();
    await context.sync();
    expect(host.snapshot().sheets[0].charts).toBeUndefined();

    const old = createFakeExcel(workbook(), { withoutSets: ["1.8"] });
    const oldContext = old.requestContext().context;
    const oldSheet = oldContext.workbook.worksheets.getItem("附件1");
    const oldChart = oldSheet.charts.add("ColumnClustered", oldSheet.getRange("B2:B3"), "Columns");
    oldChart.series.getItemAt(0).axisGroup = "Secondary";
    await expect(oldContext.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("dialogs: the URL and options are kept; the page can answer, the user can close it", async () => {
    const host = createFakeExcel(workbook(), { dialogBehaviour: "stay" });
    host.install();
    const received: string[] = [];
    await new Promise<void>((resolve) =>
      Office.context.ui.displayDialogAsync(
        "https://localhost:3000/dialog.html?x=1",
        { height: 30 },
        (result) => {
          expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
          result.value.addEventHandler(Office.EventType.DialogMessageReceived, (arg) =>
            received.push("message" in arg ? arg.message : "")
          );
          resolve();
        }
      )
    );
    const [dialog] = host.dialogs;
    expect(dialog.params.get("x")).toBe("1");
    dialog.messageParent("close");
    expect(received).toEqual(["close"]);
  });
});
