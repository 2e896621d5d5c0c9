/**
 * Issue 11: inside Excel, the user's own work is never touched. Each scenario is a user doing what officers do —
 * notes before and after 校验, text added to our note, replies to our comment, their own sheet named 校验结果,
 * a protected or hidden sheet, an older Excel, a sync failing part-way, 20,000 findings — and after
 * 校验 → user edits → 清除标记 every value, note, reply and sheet of theirs is exactly as they left it.
 */
import * as check from "../../src/core/check";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import type { Finding } from "../../src/core/model";
import { noteBlock } from "../../src/core/noteBlock";
import { MARK_RECORD_BYTE_CAP, MARKS_SETTING_KEY, recordBytes } from "../../src/excel/markRecord";
import { clearMarksInExcel, runCheckInExcel } from "../../src/excel/run";
import { noticeText } from "../../src/excel/writeNotices";
import { breakdownSheet, breakdownWorkbook, TOTAL_ROW } from "../support/breakdownWorkbook";
import {
  createFakeExcel,
  snapshotWorkbook,
  uninstallFakeOffice,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeWorkbook,
} from "../support/fakeExcel";
import { saying } from "../support/findings";
import { seedAsFakeWorkbook } from "../support/seedWorkbook";

afterEach(() => {
  jest.restoreAllMocks();
  uninstallFakeOffice();
});

const G = `G${TOTAL_ROW}`; // 2027 total, 1 short
const F = `F${TOTAL_ROW}`; // 2026 total, 2 over

function host(model: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const excel = createFakeExcel(model, options);
  excel.install();
  return excel;
}

async function run(excel: FakeExcel) {
  const { context } = excel.requestContext();
  return runCheckInExcel(context, { locale: "zh-CN", today: new Date("2026-06-30") });
}

async function clear(excel: FakeExcel) {
  const { context } = excel.requestContext();
  return clearMarksInExcel(context);
}

/** The workbook without our sheets (by the names we gave them) and our record. */
function userContent(state: FakeWorkbook, ours: string[] = [RESULTS_SHEET_NAME]): FakeWorkbook {
  const copy = snapshotWorkbook(state);
  copy.sheets = copy.sheets.filter((sheet) => !ours.includes(sheet.name));
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  return snapshotWorkbook(copy);
}

function sheet(excel: FakeExcel, name: string) {
  return excel.model.sheets.find((s) => s.name === name)!;
}

function twoErrors(): FakeWorkbook {
  return breakdownWorkbook(1, { totalErrors: [0, 0, 0, 2, -1] });
}

describe("notes: the user's words stay theirs", () => {
  it("notes before, notes after, text added to our note: 校验 → edits → 校验 → 清除标记 leaves exactly the user's", async () => {
    const model = twoErrors();
    model.sheets[0].notes = { [G]: "请核对合计（张科长）" };
    model.sheets[0].noteAuthors = { [G]: "张科长" };
    const excel = host(model);
    const before = excel.snapshot();

    const first = await run(excel);
    const notes = sheet(excel, "附件1").notes!;
    // The cell that had the user's note carries our block after it; the others a note of ours.
    expect(notes[G]).toBe(
      `请核对合计（张科长）\n${noteBlock(["2027年合计600000，但各单位之和为600001，相差-1"])}`
    );
    expect(notes[F]).toBe(noteBlock(["2026年合计1251002，但各单位之和为1251000，相差+2"]));
    expect(first.written).toMatchObject({ keptUserAnnotations: 0, unannotated: 0 });
    expect(first.written!.annotated).toBe(first.written!.coloured);

    // The user edits: text after our block on F10, our note on G5 replaced by their own, a new note on A1.
    notes[F] = `${notes[F]}\n已与区局核对`;
    notes.G5 = "科长：序号已与区局核对，保留";
    notes.A1 = "本表来自区科技局";

    await run(excel); // a re-run replaces only our blocks
    const rerun = sheet(excel, "附件1").notes!;
    expect(rerun[F]).toBe(
      `已与区局核对\n${noteBlock(["2026年合计1251002，但各单位之和为1251000，相差+2"])}`
    );
    expect(rerun.G5).toBe(
      `科长：序号已与区局核对，保留\n${noteBlock(["中山路街道2027年100000，低于2026年的103500（减少3500）"])}`
    );
    expect(rerun.A1).toBe("本表来自区科技局");

    await clear(excel);
    const expected = userContent(before);
    expected.sheets[0].notes = {
      [G]: "请核对合计（张科长）",
      [F]: "已与区局核对",
      G5: "科长：序号已与区局核对，保留",
      A1: "本表来自区科技局",
    };
    expect(userContent(excel.snapshot())).toEqual(expected);
  });

  it("a note the user wrote on a flagged cell after 校验 (ours deleted first) survives 清除标记", async () => {
    const excel = host(twoErrors());
    const before = excel.snapshot();
    await run(excel);
    sheet(excel, "附件1").notes![G] = "科长：序号已与区局核对，保留";
    await clear(excel);
    const expected = userContent(before);
    expected.sheets[0].notes = { [G]: "科长：序号已与区局核对，保留" };
    expect(userContent(excel.snapshot())).toEqual(expected);
  });
});

describe("comments (no notes below ExcelApi 1.18): our own thread, never replied into", () => {
  it("replies to our comment survive a re-run and 清除标记; the user's own thread is never touched", async () => {
    const model = twoErrors();
    model.comments = [{ id: "{user}", sheet: "附件1", cell: "G5", content: "这个数谁报的？" }];
    const excel = host(model, { apiVersion: "1.17" });
    const before = excel.snapshot();

    const first = await run(excel);
    expect(first.written).toMatchObject({ annotationKind: "comment", keptUserAnnotations: 1 });
    const ours = excel.model.comments!.find((c) => c.cell === G)!;
    expect(ours.content).toBe(noteBlock(["2027年合计600000，但各单位之和为600001，相差-1"]));
    ours.replies = [{ id: "{r1}", content: "已改为600001", author: "李四" }];

    await run(excel); // re-run: our comment rewritten in place, the reply stays
    const again = excel.model.comments!.filter((c) => c.cell === G);
    expect(again).toHaveLength(1);
    expect(again[0].replies).toEqual([{ id: "{r1}", content: "已改为600001", author: "李四" }]);

    await clear(excel);
    const threads = excel.model.comments!;
    expect(threads.find((c) => c.cell === "G5")).toEqual(model.comments[0]);
    const kept = threads.find((c) => c.cell === G)!;
    expect(kept.replies).toEqual([{ id: "{r1}", content: "已改为600001", author: "李四" }]);
    expect(kept.content).toBe(noticeText("zh-CN").threadKept);
    expect(threads).toHaveLength(2); // every other comment of ours is gone
    const after = userContent(excel.snapshot());
    delete after.comments;
    const expected = userContent(before);
    delete expected.comments;
    expect(after).toEqual(expected);
  });

  it("a failed comment sync (an old-style note on the cell) leaves comments that 清除标记 still finds and removes", async () => {
    const excel = host(twoErrors(), {
      apiVersion: "1.17",
      failingSync: { number: 8, afterOperations: 2 },
    });
    const before = excel.snapshot();
    const result = await run(excel);
    expect(result.syncs).toBe(8);
    expect(result.written!.commentsFailed).toBeGreaterThan(0);
    expect(result.notices!.some((line) => line.includes("评论未能添加"))).toBe(true);
    expect(excel.model.comments).toHaveLength(2); // two were added before the sync broke off
    await clear(excel);
    expect(userContent(excel.snapshot())).toEqual(userContent(before));
  });
});

describe("our sheets are known by a mark, not by name", () => {
  it("a user's sheet named 校验结果 (data in and outside the results area) is never written; ours is 校验结果 (2)", async () => {
    const model = twoErrors();
    model.sheets.push({
      name: RESULTS_SHEET_NAME,
      cells: { A1: { value: "我的台账" }, A12: { value: "别动" }, Z200: { value: 42 } },
      notes: { A1: "自己的表" },
    });
    const excel = host(model);
    const before = excel.snapshot();
    const result = await run(excel);
    expect(result.written!.resultsSheet).toMatchObject({ name: "校验结果 (2)", renamed: true });
    expect(result.notices!.some((line) => line.includes("校验结果 (2)"))).toBe(true);
    expect(sheet(excel, RESULTS_SHEET_NAME)).toEqual(before.sheets[1]);
    expect(sheet(excel, "校验结果 (2)").cells.A12.value).toBe("附件1");

    await run(excel); // again: the same sheet of ours, found by its id
    expect(excel.model.sheets.map((s) => s.name)).toEqual([
      "附件1",
      RESULTS_SHEET_NAME,
      "校验结果 (2)",
    ]);

    sheet(excel, "校验结果 (2)").name = "上次结果"; // the user renames ours: still ours
    await clear(excel);
    expect(sheet(excel, "上次结果").cells).toEqual({});
    expect(userContent(excel.snapshot(), ["上次结果"])).toEqual(userContent(before, []));
  });
});

describe("protection and visibility", () => {
  it("one protected sheet, a wrong total on the other: checked, the other marked, findings listed, nothing fails", async () => {
    const model = breakdownWorkbook(2);
    model.sheets[0].protected = true;
    const excel = host(model);
    const before = excel.snapshot();
    const result = await run(excel);
    expect(result.report.findings.filter((f) => f.cell === G).map((f) => f.sheet)).toEqual([
      "附件1",
      "附件2",
    ]);
    expect(sheet(excel, "附件1")).toEqual(before.sheets[0]); // not a cell touched
    expect(sheet(excel, "附件2").cells[G].fill?.color).toBe("#FFC7CE");
    expect(result.written!.unmarkedSheets).toEqual([
      { sheet: "附件1", reason: "protected", cells: expect.any(Number) },
    ]);
    expect(result.notices!.join("\n")).toContain("“附件1”受保护");
    const listed = Object.values(sheet(excel, RESULTS_SHEET_NAME).cells).map((c) => c.value);
    expect(listed.filter((v) => v === "附件1").length).toBeGreaterThan(0);
    expect(listed.some((v) => String(v).includes("受保护"))).toBe(true);
    await clear(excel);
    expect(userContent(excel.snapshot())).toEqual(userContent(before));
  });

  it("hidden and very hidden sheets are checked, not marked, and never selected", async () => {
    const model = breakdownWorkbook(3);
    model.sheets[1].visibility = "Hidden";
    model.sheets[2].visibility = "VeryHidden";
    const excel = host(model);
    const before = excel.snapshot();
    const result = await run(excel);
    expect(result.written!.unmarkedSheets.map((s) => [s.sheet, s.reason])).toEqual([
      ["附件2", "hidden"],
      ["附件3", "hidden"],
    ]);
    expect(sheet(excel, "附件2")).toEqual(before.sheets[1]);
    expect(sheet(excel, "附件3")).toEqual(before.sheets[2]);
    expect(sheet(excel, "附件1").cells[G].fill?.color).toBe("#FFC7CE");
    await clear(excel);
    expect(userContent(excel.snapshot())).toEqual(userContent(before));
  });

  it("a protected workbook: no results sheet can be added, the marks still go in and come out", async () => {
    const model = twoErrors();
    model.protected = true;
    const excel = host(model);
    const before = excel.snapshot();
    const result = await run(excel);
    expect(result.written!.resultsSheet).toMatchObject({
      written: false,
      reason: "workbookProtected",
    });
    expect(excel.model.sheets).toHaveLength(1);
    expect(result.notices!.join("\n")).toContain("工作簿受保护");
    await clear(excel);
    expect(userContent(excel.snapshot())).toEqual(userContent(before));
  });
});

describe("a write sync failing part-way leaves nothing 清除标记 cannot undo", () => {
  // Syncs 1–3 read; 4–7 mark (fills and notes, locations, marks, results sheet). Each fails after a few of its operations.
  for (const number of [4, 5, 6, 7])
    for (const afterOperations of [0, 1, 3, 8])
      it(`sync ${number}, after ${afterOperations} operations`, async () => {
        const model = breakdownWorkbook(2, { totalErrors: [0, 0, 0, 2, -1] });
        model.sheets[0].notes = { [G]: "请核对合计（张科长）" };
        model.sheets[0].cells[F].fill = { color: "#FFFF00", pattern: "Solid" };
        const excel = host(model, { failingSync: { number, afterOperations } });
        const before = excel.snapshot();
        await expect(run(excel)).rejects.toThrow();
        await clear(excel);
        expect(userContent(excel.snapshot())).toEqual(userContent(before));
      });

  it("after a good 校验, a re-run failing in its write sync still clears back to the original", async () => {
    const excel = host(breakdownWorkbook(2, { totalErrors: [0, 0, 0, 2, -1] }), {
      failingSync: { number: 13, afterOperations: 5 },
    });
    const before = excel.snapshot();
    await run(excel);
    excel.model.sheets[0].cells[`C${TOTAL_ROW}`].value = 1; // the user edits: new findings next run
    await expect(run(excel)).rejects.toThrow();
    await clear(excel);
    const expected = userContent(before);
    expected.sheets[0].cells[`C${TOTAL_ROW}`].value = 1;
    expect(userContent(excel.snapshot())).toEqual(expected);
  });
});

describe("older hosts never get false alarms (no ExcelApi 1.13)", () => {
  for (const seed of ["beibei.xlsx", "liangping.xlsx", "yongchuan.xlsx"])
    it(`${seed}: findings identical to a full host's or fewer, and the user is told`, async () => {
      const key = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
      const full = host(await seedAsFakeWorkbook(seed));
      const fullRun = await run(full);
      uninstallFakeOffice();
      const old = host(await seedAsFakeWorkbook(seed), { apiVersion: "1.12" });
      const before = old.snapshot();
      const oldRun = await run(old);
      const fullKeys = new Set(fullRun.report.findings.map(key));
      const extra = oldRun.report.findings.map(key).filter((k) => !fullKeys.has(k));
      expect(extra).toEqual([]);
      if (seed === "yongchuan.xlsx") expect(oldRun.report.findings.length).toBe(fullKeys.size);
      else {
        expect(oldRun.mergeLimit!.tablesSkipped).toHaveLength(1);
        expect(oldRun.notices!.join("\n")).toContain("合并单元格");
        const results = Object.values(sheet(old, RESULTS_SHEET_NAME).cells).map((c) => c.value);
        expect(results.some((v) => String(v).includes("合并单元格"))).toBe(true);
      }
      await clear(old);
      expect(userContent(old.snapshot())).toEqual(userContent(before));
    });
});

describe("budgets at 20,000+ findings", () => {
  function manyFindings(sheets: number, count: number) {
    const real = check.checkWorkbook;
    jest.spyOn(check, "checkWorkbook").mockImplementation((grid, options) => {
      const report = real(grid, options);
      const findings: Finding[] = [];
      for (let i = 0; i < count; i++) {
        const target = grid.sheets[i % sheets];
        const k = Math.floor(i / sheets); // each finding on a cell of its own
        findings.push({
          rule: "sum-mismatch",
          severity: i % 4 === 0 ? "warning" : "error",
          sheet: target.name,
          cell: `${"CDEFGHIJKL"[k % 10]}${20 + Math.floor(k / 10)}`,
          ...saying(
            `2027年合计${i}，但各单位之和为${i + 1}，相差-1（这一行说明较长，用于估算请求大小）`
          ),
        });
      }
      return { ...report, findings };
    });
  }

  for (const [apiVersion, kind] of [
    ["1.18", "notes"],
    ["1.17", "comments"],
  ] as const)
    it(`1 sheet, 50 sheets, 21,824 findings (${kind}): syncs, request sizes, record, getRanges, rows`, async () => {
      const syncs: number[] = [];
      for (const [sheets, findings] of [
        [1, 0],
        [50, 0],
        [50, 21_824],
      ]) {
        const excel = host(breakdownWorkbook(sheets), { apiVersion });
        if (findings > 0) manyFindings(sheets, findings);
        const result = await run(excel);
        syncs.push(result.syncs!);
        for (const context of excel.contexts)
          for (const entry of context.syncLog) {
            expect(entry.requestBytes).toBeLessThan(5_000_000);
            expect(entry.responseBytes).toBeLessThan(5_000_000);
          }
        const stored = excel.model.settings![MARKS_SETTING_KEY] as string;
        expect(recordBytes(stored)).toBeLessThanOrEqual(MARK_RECORD_BYTE_CAP);
        expect(excel.mostGetRangesAreas).toBeLessThanOrEqual(200);
        if (findings > 0) {
          const w = result.written!;
          // Every flagged cell is coloured, or the dialog says how many are not and why.
          const told = w.unmarked + w.overRecordCap;
          expect(w.coloured + told).toBe(findings);
          if (told > 0) expect(result.notices!.length).toBeGreaterThan(0);
          expect(w.annotated + w.unannotated + w.keptUserAnnotations).toBe(w.coloured);
          console.log(
            `${kind}: ${findings} findings on ${sheets} sheets → ${result.syncs} syncs; coloured ${w.coloured}, ` +
              `annotated ${w.annotated}, past budgets ${w.unmarked}+${w.overRecordCap}, rows left off ${w.resultsRowsOmitted}, ` +
              `record ${recordBytes(stored)} B, largest request ${Math.max(...excel.contexts.flatMap((c) => c.syncLog.map((s) => s.requestBytes)))} B`
          );
        }
        await clear(excel);
        jest.restoreAllMocks();
        uninstallFakeOffice();
      }
      // The same number of syncs at 1 sheet, 50 sheets and 21,824 findings.
      expect(new Set(syncs).size).toBe(1);
      expect(syncs[0]).toBe(kind === "notes" ? 7 : 8);
    });

  it("past the settings record's cap the least severe cells are left unmarked, and the user is told", async () => {
    // 9,000 flagged cells, each with the user's own patterned fill: every record entry keeps that fill, ~100 bytes.
    const model = breakdownWorkbook(1);
    for (let k = 0; k < 9000; k++)
      model.sheets[0].cells[`${"CDEFGHIJKL"[k % 10]}${20 + Math.floor(k / 10)}`] = {
        value: k,
        fill: { color: "#00B050", pattern: "Gray25", patternColor: "#FF0000" },
      };
    const excel = host(model);
    const before = excel.snapshot();
    manyFindings(1, 9000);
    const result = await run(excel);
    const w = result.written!;
    expect(w.overRecordCap).toBeGreaterThan(0);
    expect(w.coloured + w.unmarked + w.overRecordCap).toBe(9000);
    expect(recordBytes(excel.model.settings![MARKS_SETTING_KEY] as string)).toBeLessThanOrEqual(
      MARK_RECORD_BYTE_CAP
    );
    expect(result.notices!.join("\n")).toContain("512 KB");
    console.log(
      `record cap: ${w.coloured} of 9000 patterned cells marked, ${w.overRecordCap} past the cap`
    );
    jest.restoreAllMocks();
    await clear(excel);
    expect(userContent(excel.snapshot())).toEqual(userContent(before));
  });
});

describe("breakdownSheet helper stays as the tests assume", () => {
  it("has the 2027 total one short", () => {
    expect(breakdownSheet("附件1").cells[G].value).toBe(600000);
  });
});
