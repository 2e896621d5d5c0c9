/** The 目标 sheet written and read back in the fake Excel: the pane's targets editor stores the plan targets there. */
import type { PlanTarget } from "../../src/core/model";
import { parsePlanSentence } from "../../src/core/targets/sentences";
import { readTargetsInExcel, saveTargetsInExcel } from "../../src/excel/targets";
import { runCheckInExcel } from "../../src/excel/run";
import type { SyncCounter } from "../../src/excel/syncCounter";
import { breakdownSheet } from "../support/breakdownWorkbook";
import {
  createFakeExcel,
  uninstallFakeOffice,
  type FakeExcel,
  type FakeSheet,
  type FakeWorkbook,
} from "../support/fakeExcel";

afterEach(() => uninstallFakeOffice());

const TARGETS: PlanTarget[] = [
  ...parsePlanSentence("到2025年，全区高新技术企业突破75家、科技型企业超过690家"),
  {
    indicator: "研发投入",
    period: "2027",
    op: ">=",
    value: 60,
    unit: "亿元",
    verb: "力争达到",
    source: "到2027年，全社会研发投入力争达到60亿元",
  },
  { indicator: "科技型企业", period: "2027", op: "double", base: "2022", verb: "翻番" },
];

async function save(host: FakeExcel, targets: readonly PlanTarget[]) {
  const counter: SyncCounter = { count: 0 };
  await saveTargetsInExcel(host.requestContext().context, targets, { counter });
  return counter.count;
}

async function read(host: FakeExcel) {
  const counter: SyncCounter = { count: 0 };
  const targets = await readTargetsInExcel(host.requestContext().context, { counter });
  return { targets, syncs: counter.count };
}

/** Targets as the pane holds them, without where each was read from. */
function withoutOrigin(targets: readonly PlanTarget[]): PlanTarget[] {
  return targets.map(({ from: _from, ...rest }) => rest);
}

function sheet(host: FakeExcel, name = "目标"): FakeSheet {
  const found = host.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function workbook(...sheets: FakeSheet[]): FakeWorkbook {
  return { sheets: [breakdownSheet("附件1"), ...sheets] };
}

describe("the 目标 sheet in Excel", () => {
  it("has no targets when there is no 目标 sheet (one sync)", async () => {
    const host = createFakeExcel(workbook());
    expect(await read(host)).toEqual({ targets: [], syncs: 1 });
  });

  it("round trip: saved targets read back the same, in the spec's format, numbers as numbers", async () => {
    const host = createFakeExcel(workbook());
    expect(await save(host, TARGETS)).toBe(2);

    const written = sheet(host);
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F", "G"].map((c) => written.cells[`${c}${r}`]?.value ?? null);
    expect(row(1)).toEqual(["指标", "期间", "条件", "目标值", "依据", "单位", "基期"]);
    expect(row(2)).toEqual([
      "高新技术企业",
      2025,
      "突破",
      75,
      "到2025年，全区高新技术企业突破75家、科技型企业超过690家",
      "家",
      null,
    ]);
    expect(row(4)).toEqual([
      "研发投入",
      2027,
      "力争达到",
      60,
      "到2027年，全社会研发投入力争达到60亿元",
      "亿元",
      null,
    ]);
    expect(row(5)).toEqual(["科技型企业", 2027, "翻番", null, null, null, 2022]);
    expect(written.cells.A1.bold).toBe(true);
    expect(written.cells.A2.numberFormat).toBe("@");
    expect(written.cells.D2.numberFormat).toBeUndefined(); // General: a number

    const { targets, syncs } = await read(host);
    expect(syncs).toBe(2);
    expect(withoutOrigin(targets)).toEqual(TARGETS);
    expect(targets.map((t) => t.from)).toEqual(
      ["A2", "A3", "A4", "A5"].map((cell) => ({ sheet: "目标", cell }))
    );
  });

  it("a sentence or indicator starting with = stays text, never a formula", async () => {
    const host = createFakeExcel(workbook());
    const hostile: PlanTarget = {
      indicator: '=HYPERLINK("http://example.com","高新技术企业")',
      period: "2025",
      op: ">",
      value: 75,
      verb: "超过",
      source: "=1+1 到2025年高新技术企业超过75家",
    };
    await save(host, [hostile]);

    const written = sheet(host);
    expect(written.cells.A2).toEqual({ value: hostile.indicator, numberFormat: "@" });
    expect(written.cells.E2).toEqual({ value: hostile.source, numberFormat: "@" });
    expect(Object.values(written.cells).some((cell) => cell.formula !== undefined)).toBe(false);
    expect(withoutOrigin((await read(host)).targets)).toEqual([hostile]);
  });

  it("saving again replaces the targets (a deleted one is gone) and keeps a title above the table", async () => {
    const host = createFakeExcel(workbook());
    await save(host, TARGETS);
    // The user moves the table down two rows and puts a title above it.
    const targetSheet = host.model.sheets[1];
    targetSheet.cells = Object.fromEntries(
      Object.entries(targetSheet.cells).map(([address, cell]) => [
        address.replace(/\d+$/, (row) => String(Number(row) + 2)),
        cell,
      ])
    );
    targetSheet.cells.A1 = { value: "永川区科技创新目标（2023—2027）", bold: true };

    const { targets } = await read(host);
    expect(await save(host, [targets[0], targets[3]])).toBe(3);

    const written = sheet(host);
    expect(written.cells.A1).toEqual({ value: "永川区科技创新目标（2023—2027）", bold: true });
    expect(written.cells.A3.value).toBe("指标");
    expect(written.cells.A4.value).toBe("高新技术企业");
    expect(written.cells.A5.value).toBe("科技型企业");
    // The old rows 6 and 7 are empty, with no text format left behind.
    for (const address of Object.keys(written.cells))
      expect(Number(address.replace(/^[A-Z]+/, ""))).toBeLessThan(6);
    expect(withoutOrigin((await read(host)).targets)).toEqual([TARGETS[0], TARGETS[3]]);
  });

  it("keeps rows it cannot read and columns it does not know, with their rows", async () => {
    const host = createFakeExcel(
      workbook({
        name: "目标",
        cells: {
          A1: { value: "指标" },
          B1: { value: "期间" },
          C1: { value: "条件" },
          D1: { value: "目标值" },
          E1: { value: "备注" },
          A2: { value: "高新技术企业" },
          B2: { value: 2025 },
          C2: { value: "超过" },
          D2: { value: 420 },
          E2: { value: "区科技局牵头" },
          A3: { value: "研发投入强度" },
          B3: { value: 2025 },
          C3: { value: "大约" },
          D3: { value: "3%" },
        },
      })
    );
    const { targets } = await read(host);
    expect(targets).toHaveLength(1);
    const edited = { ...targets[0], value: 430 };
    await save(host, [edited]);

    const written = sheet(host);
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F"].map((c) => written.cells[`${c}${r}`]?.value ?? null);
    expect(row(1)).toEqual(["指标", "期间", "条件", "目标值", "依据", "备注"]);
    expect(row(2)).toEqual(["高新技术企业", 2025, "超过", 430, null, "区科技局牵头"]);
    expect(row(3)).toEqual(["研发投入强度", 2025, "大约", "3%", null, null]);
  });

  it("never overwrites a 目标 sheet that holds something else", async () => {
    const other = breakdownSheet("目标");
    const host = createFakeExcel({ sheets: [other] });
    const before = host.snapshot();
    await expect(save(host, TARGETS)).rejects.toMatchObject({ code: "TargetSheetOccupied" });
    expect(host.snapshot()).toEqual(before);
  });

  it("the check reads what the pane saved: a strict target the total only equals", async () => {
    const host = createFakeExcel(workbook());
    host.install();
    // 附件1's 2025 column adds up to 1,092,600 万元 (109.26 亿元); the total says the same.
    await save(host, [
      { indicator: "研发投入", period: "2025", op: ">", value: 109.26, unit: "亿元", verb: "超过" },
    ]);
    const { report } = await runCheckInExcel(host.requestContext().context, { locale: "zh-CN" });
    const notMet = report.findings.filter(
      (f) => f.rule === "target-not-met" && f.severity === "error"
    );
    expect(notMet.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["附件1!E10"]);
  });
});
