/** 插入图表 against the fake Excel: the helper data, the charts' series and axes, re-running, 清除标记, old hosts, syncs. */
import { CHART_SHEET_NAME } from "../../src/core/charts";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { insertChartsInExcel, type ChartOptions } from "../../src/excel/charts";
import { MARKS_SETTING_KEY, parseRecord } from "../../src/excel/markRecord";
import { clearMarksInExcel, runCheckInExcel } from "../../src/excel/run";
import { bulletinRows, bulletinWorkbook, fakeSheetOf } from "../support/bulletin";
import {
  createFakeExcel,
  findSheet,
  uninstallFakeOffice,
  valuesAt,
  type FakeChart,
  type FakeExcel,
  type FakeWorkbook,
} from "../support/fakeExcel";

afterEach(() => uninstallFakeOffice());

const TODAY = new Date(2024, 10, 21);

/** Each call runs on the host as Office would: its requirement sets answer isSetSupported. */
async function insert(host: FakeExcel, options: Partial<ChartOptions> = {}) {
  host.install();
  const { context, fake } = host.requestContext();
  const result = await insertChartsInExcel(context, { locale: "zh-CN", today: TODAY, ...options });
  expect(result.syncs).toBe(fake.syncCount);
  return { result, log: fake.syncLog };
}

async function check(host: FakeExcel) {
  host.install();
  const { context } = host.requestContext();
  return runCheckInExcel(context, { locale: "zh-CN", today: TODAY });
}

async function clear(host: FakeExcel) {
  host.install();
  const { context, fake } = host.requestContext();
  const result = await clearMarksInExcel(context);
  expect(result.syncs).toBe(fake.syncCount);
  return result;
}

function chartSheet(host: FakeExcel) {
  return findSheet(host.model, CHART_SHEET_NAME)!;
}

function charts(host: FakeExcel): FakeChart[] {
  return chartSheet(host).charts ?? [];
}

/** What a chart shows: each series' name, type, axis and the values it reads. */
function drawn(host: FakeExcel, chart: FakeChart) {
  return chart.series.map((s) => ({
    name: s.name,
    type: s.chartType ?? chart.type,
    axis: s.axisGroup ?? "Primary",
    values: valuesAt(host.model, s.values!),
    categories: valuesAt(host.model, s.xValues!),
  }));
}

const UNITS_BY_RATE = ["胜利路街道", "茶山竹海街道", "中山路街道", "大安街道", "南大街街道"];

describe("insertChartsInExcel", () => {
  it("a bulletin: target vs actual per unit (by completion), completion and time progress on ONE secondary axis", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    const { result } = await insert(host);
    expect(result).toMatchObject({ sheet: CHART_SHEET_NAME, charts: 2, notes: [], syncs: 4 });
    expect(result.note).toBeUndefined();

    const sheet = chartSheet(host);
    expect(sheet.cells.A1).toEqual({
      value: "图表数据（由分解表校验生成）",
      numberFormat: "@",
      bold: true,
    });
    const [units, indicator] = charts(host);
    expect(units).toMatchObject({
      name: "分解表校验图表1",
      type: "ColumnClustered",
      title: "2024年科技型企业培育进度通报：各单位目标与完成（1-6月，时序进度50.0%）",
      legend: "Bottom",
      position: { from: "G4" },
    });
    expect(drawn(host, units)).toEqual([
      {
        name: "目标",
        type: "ColumnClustered",
        axis: "Primary",
        values: [80, 20, 100, 60, 50],
        categories: UNITS_BY_RATE,
      },
      {
        name: "完成",
        type: "ColumnClustered",
        axis: "Primary",
        values: [48, 12, 40, 21, 5],
        categories: UNITS_BY_RATE,
      },
      {
        name: "完成率",
        type: "LineMarkers",
        axis: "Secondary",
        values: [0.6, 0.6, 0.4, 0.35, 0.1],
        categories: UNITS_BY_RATE,
      },
      {
        name: "时序进度 50.0%",
        type: "Line",
        axis: "Secondary",
        values: [0.5, 0.5, 0.5, 0.5, 0.5],
        categories: UNITS_BY_RATE,
      },
    ]);
    expect(units.axes).toEqual({
      "Category/Primary": { title: "单位" },
      "Value/Primary": { title: "数量（家）", numberFormat: "#,##0" },
      "Value/Secondary": { title: "完成率", numberFormat: "0%" },
    });
    // The helper cells the rates come from show as percentages; unit names stay text.
    expect(sheet.cells.D6).toEqual({ value: 0.6, numberFormat: "0.0%" });
    expect(sheet.cells.A6).toEqual({ value: "胜利路街道", numberFormat: "@" });

    expect(indicator.title).toBe("研发投入：各年度合计与计划目标");
    expect(drawn(host, indicator)).toEqual([
      {
        name: "各年度合计",
        type: "ColumnClustered",
        axis: "Primary",
        values: [505100, 580900, 644900, 738400, 369999],
        categories: ["2023年", "2024年", "2025年", "2026年", "2027年"],
      },
      {
        name: "计划目标",
        type: "LineMarkers",
        axis: "Primary",
        values: ["", "", 600000, "", 370000],
        categories: ["2023年", "2024年", "2025年", "2026年", "2027年"],
      },
    ]);
    expect(host.view.activeSheet).toBe(CHART_SHEET_NAME);
    expect(parseRecord(host.model.settings![MARKS_SETTING_KEY])!.charts).toEqual({
      sheetCreated: true,
      count: 2,
      sheet: { id: expect.any(String), name: CHART_SHEET_NAME },
    });
  });

  it("the pane's as-of date wins over the headers", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await insert(host, { asOf: "2024-09-30" });
    const [units] = charts(host);
    expect(units.title).toContain("2024-09-30，时序进度75.0%");
    expect(drawn(host, units)[3].values).toEqual([0.75, 0.75, 0.75, 0.75, 0.75]);
  });

  it("inserting again replaces the charts and the data: no duplicates, the same sheet", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await insert(host);
    const once = host.snapshot();
    await insert(host);
    expect(host.snapshot()).toEqual(once);
    expect(charts(host)).toHaveLength(2);
    expect(host.model.sheets.filter((s) => s.name === CHART_SHEET_NAME)).toHaveLength(1);
    expect(host.deletedSheets).toEqual([]);

    // Fewer tables next time: the old chart and its rows are gone.
    host.model.sheets = host.model.sheets.filter((s) => s.name !== "通报");
    await insert(host);
    expect(charts(host).map((c) => c.title)).toEqual(["研发投入：各年度合计与计划目标"]);
    expect(Object.values(chartSheet(host).cells).some((c) => c.value === "胜利路街道")).toBe(false);
  });

  it("校验 + 插入图表, then 清除标记: the workbook is exactly as before, but for the two emptied sheets it keeps", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    const before = host.snapshot();
    await check(host);
    await insert(host);
    await check(host); // re-checking keeps the charts, and the record still knows them
    expect(charts(host)).toHaveLength(2);
    expect(parseRecord(host.model.settings![MARKS_SETTING_KEY])!.charts?.count).toBe(2);
    const { chartsRemoved } = await clear(host);
    expect(chartsRemoved).toBe(2);

    const expected: FakeWorkbook = {
      ...before,
      sheets: [
        ...before.sheets,
        { name: RESULTS_SHEET_NAME, cells: {} },
        { name: CHART_SHEET_NAME, cells: {} },
      ],
    };
    expect(withoutRecord(host.snapshot())).toEqual(expected);
    expect(host.deletedSheets).toEqual([]);
    // The record keeps naming our two emptied sheets (by id), with no marks.
    const kept = parseRecord(host.model.settings![MARKS_SETTING_KEY])!;
    expect(kept.sheets).toEqual({});
    expect(kept.resultsSheet?.name).toBe(RESULTS_SHEET_NAME);
    expect(kept.charts?.sheet?.name).toBe(CHART_SHEET_NAME);

    // Once more from there: the kept sheets are reused, and clearing again gives the same state.
    await check(host);
    await insert(host);
    await clear(host);
    expect(withoutRecord(host.snapshot())).toEqual(expected);
  });

  it("插入图表 alone, then 清除标记: only the chart sheet was touched, and it is emptied", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    const before = host.snapshot();
    await insert(host);
    await clear(host);
    expect(withoutRecord(host.snapshot())).toEqual({
      ...before,
      sheets: [...before.sheets, { name: CHART_SHEET_NAME, cells: {} }],
    });
  });

  it("a host without ExcelApi 1.8: two charts per progress table, no secondary axis, and the result says so", async () => {
    const host = createFakeExcel(bulletinWorkbook(), { withoutSets: ["1.8"] });
    host.install();
    const { result } = await insert(host);
    expect(result.charts).toBe(3);
    expect(result.note).toBe(
      "此版本的 Excel 不支持次坐标轴（需要 ExcelApi 1.8），完成率与时序进度另绘为折线图"
    );
    const [columns, rates] = charts(host);
    expect(drawn(host, columns).map((s) => [s.name, s.type, s.axis])).toEqual([
      ["目标", "ColumnClustered", "Primary"],
      ["完成", "ColumnClustered", "Primary"],
    ]);
    expect(drawn(host, rates).map((s) => [s.name, s.type, s.axis])).toEqual([
      ["完成率", "LineMarkers", "Primary"],
      ["时序进度 50.0%", "Line", "Primary"],
    ]);
    expect(rates.title).toBe("2024年科技型企业培育进度通报：各单位完成率与时序进度");
    expect(charts(host).every((c) => !c.axes["Value/Secondary"])).toBe(true);
    // No axis number formats either (1.8): the rate cells' 0.0% shows through.
    expect(charts(host).every((c) => !c.axes["Value/Primary"]?.numberFormat)).toBe(true);
    await clear(host);
    expect(charts(host)).toEqual([]);
  });

  it("a workbook with nothing to chart: the labelled sheet, no charts, and a reason", async () => {
    const host = createFakeExcel({
      sheets: [
        fakeSheetOf("附件1", [
          ["单位", "2024年"],
          ["a", 1],
          ["合计", 1],
        ]),
      ],
    });
    const { result } = await insert(host);
    expect(result.charts).toBe(0);
    expect(result.note).toContain("没有可绘制的数据");
  });

  it("takes 4 syncs for 1 and for 50 progress tables; the request stays small", async () => {
    const one = createFakeExcel(bulletinWorkbook());
    const small = await insert(one);
    const many: FakeWorkbook = {
      sheets: Array.from({ length: 50 }, (_, i) => fakeSheetOf(`通报${i + 1}`, bulletinRows())),
    };
    const fifty = createFakeExcel(many);
    const large = await insert(fifty);
    expect(large.result.charts).toBe(50);
    expect(small.result.syncs).toBe(4);
    expect(large.result.syncs).toBe(small.result.syncs);
    // Again, with 50 charts to replace: still 4.
    expect((await insert(fifty)).result.syncs).toBe(4);
    expect(charts(fifty)).toHaveLength(50);
    for (const entry of large.log) expect(entry.requestBytes).toBeLessThan(5_000_000);
  });

  it("清除标记 takes 3 syncs with charts to remove, as without", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await check(host);
    await insert(host);
    expect((await clear(host)).syncs).toBe(3);
  });
});

/** The workbook without our undo record (which keeps naming our emptied sheets). */
function withoutRecord(state: FakeWorkbook): FakeWorkbook {
  const copy = JSON.parse(JSON.stringify(state)) as FakeWorkbook;
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  if (copy.settings && Object.keys(copy.settings).length === 0) delete copy.settings;
  return copy;
}

describe("插入图表 and the user's own sheets", () => {
  it("a user's sheet named 进度图表 is never written: ours is 进度图表 (2), and 清除标记 empties only ours", async () => {
    const model = bulletinWorkbook();
    model.sheets.push({
      name: CHART_SHEET_NAME,
      cells: { A1: { value: "我画的图" }, K40: { value: 7 } },
    });
    const host = createFakeExcel(model);
    const before = host.snapshot();
    const { result } = await insert(host);
    expect(result.sheet).toBe(`${CHART_SHEET_NAME} (2)`);
    expect(host.model.sheets.find((s) => s.name === CHART_SHEET_NAME)).toEqual(
      before.sheets.find((s) => s.name === CHART_SHEET_NAME)
    );
    await insert(host); // again: the same sheet of ours, by id
    expect(
      host.model.sheets.map((s) => s.name).filter((n) => n.startsWith(CHART_SHEET_NAME))
    ).toEqual([CHART_SHEET_NAME, `${CHART_SHEET_NAME} (2)`]);
    await clear(host);
    expect(withoutRecord(host.snapshot())).toEqual({
      ...before,
      sheets: [...before.sheets, { name: `${CHART_SHEET_NAME} (2)`, cells: {} }],
    });
  });

  it("a protected chart sheet of ours gets no charts, and the result says why", async () => {
    const host = createFakeExcel(bulletinWorkbook());
    await insert(host);
    host.model.sheets.find((s) => s.name === CHART_SHEET_NAME)!.protected = true;
    const locked = host.snapshot();
    const { result } = await insert(host);
    expect(result).toMatchObject({ charts: 0, note: "“进度图表”工作表受保护，未插入图表。" });
    expect(host.snapshot()).toEqual(locked);
  });
});
