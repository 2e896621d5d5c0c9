/** Writing the mark plan and undoing it, against the fake's full workbook state. */
import { RESULTS_SHEET_NAME, SEVERITY_FILL, planMarks } from "../../src/core/marks";
import type { Finding, Severity } from "../../src/core/model";
import { applyMarks, clearMarks } from "../../src/excel/marks";
import { MARKS_SETTING_KEY, parseRecord } from "../../src/excel/markRecord";
import { noteBlock } from "../../src/core/noteBlock";
import type { HostFeatures } from "../../src/excel/requirements";
import { breakdownSheet } from "../support/breakdownWorkbook";
import {
  createFakeExcel,
  snapshotWorkbook,
  type FakeExcel,
  type FakeWorkbook,
} from "../support/fakeExcel";
import { reportWords } from "../../src/i18n";
import { renderFinding } from "../../src/i18n";
import { saying, sumMessage } from "../support/findings";

const HOSTS: Record<string, { apiVersion: string; features: HostFeatures }> = {
  modern: { apiVersion: "1.18", features: { comments: true, mergedAreas: true, notes: true } },
  noNotes: { apiVersion: "1.17", features: { comments: true, mergedAreas: true, notes: false } },
  floor: { apiVersion: "1.9", features: { comments: false, mergedAreas: false, notes: false } },
};
type HostName = keyof typeof HOSTS;

const YELLOW = { color: "#FFFF00", pattern: "Solid" };

function finding(
  sheet: string,
  cell: string,
  message: string | Pick<Finding, "messageId" | "params">,
  severity: Severity = "error"
): Finding {
  const said = typeof message === "string" ? saying(message) : message;
  return { rule: "sum-mismatch", severity, sheet, cell, ...said };
}

/** What a fake finding made with `saying(text)` says. */
const said = (text: string) => renderFinding(saying(text));

/** The breakdown table with a user's yellow on F10, a pattern on E10, a tinted fill on D10, nothing on G10. */
function workbook(): FakeWorkbook {
  const sheet = breakdownSheet("附件1", { totalErrors: [0, 3, 2, 1, -1] });
  sheet.cells.F10.fill = { ...YELLOW };
  sheet.cells.E10.fill = { color: "#00B050", pattern: "Gray25", patternColor: "#FF0000" };
  sheet.cells.D10.fill = { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 };
  return { sheets: [sheet, breakdownSheet("附件2")] };
}

const FINDINGS: Finding[] = [
  finding("附件1", "G10", sumMessage(600000, 600001)),
  finding("附件1", "F10", sumMessage(1251001, 1251000, "2026年")),
  finding("附件1", "E10", "2025年合计…"),
  finding("附件1", "D10", "2024年合计…", "warning"),
  finding("附件2", "C6", "单位重复", "warning"),
];

async function apply(host: FakeExcel, findings: Finding[], name: HostName = "modern") {
  const { context, fake } = host.requestContext();
  const summary = await applyMarks(context, planMarks(findings, reportWords("zh-CN")), {
    features: HOSTS[name].features,
  });
  return { summary, syncs: fake.syncCount, log: fake.syncLog };
}

async function clear(host: FakeExcel, name: HostName = "modern") {
  const { context, fake } = host.requestContext();
  const result = await clearMarks(context, { features: HOSTS[name].features });
  return { ...result, syncs: fake.syncCount };
}

/** The workbook without the results sheet and the undo record: what the user's own content must look like. */
function userContent(state: FakeWorkbook): FakeWorkbook {
  const copy = snapshotWorkbook(state);
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== RESULTS_SHEET_NAME);
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  return snapshotWorkbook(copy);
}

function fakeFor(name: HostName = "modern", model: FakeWorkbook = workbook()): FakeExcel {
  return createFakeExcel(model, { apiVersion: HOSTS[name].apiVersion });
}

describe("applyMarks", () => {
  it("colours exactly the flagged cells, notes each with its message, and changes nothing else", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    const { summary } = await apply(host, FINDINGS);
    expect(summary).toMatchObject({
      coloured: 5,
      annotated: 5,
      annotationKind: "note",
      keptUserAnnotations: 0,
      unmarked: 0,
      unannotated: 0,
    });

    const expected = userContent(before);
    const [sheet1, sheet2] = expected.sheets;
    for (const cell of ["G10", "F10", "E10"])
      sheet1.cells[cell].fill = { color: SEVERITY_FILL.error, pattern: "Solid" };
    sheet1.cells.D10.fill = { color: SEVERITY_FILL.warning, pattern: "Solid" };
    sheet2.cells.C6.fill = { color: SEVERITY_FILL.warning, pattern: "Solid" };
    sheet1.notes = {
      G10: noteBlock(["2027年合计600000，但各单位之和为600001，相差-1"]),
      F10: noteBlock(["2026年合计1251001，但各单位之和为1251000，相差+1"]),
      E10: noteBlock([said("2025年合计…")]),
      D10: noteBlock([said("2024年合计…")]),
    };
    sheet2.notes = { C6: noteBlock([said("单位重复")]) };
    expect(userContent(host.snapshot())).toEqual(expected);
  });

  it("writes the 校验结果 sheet as text, with a bold header", async () => {
    const host = fakeFor();
    const unit = '=HYPERLINK("http://x","y")';
    host.model.sheets.push({ name: '=HYPERLINK("x","y")', cells: {} }); // a legal sheet name, hostile as text
    await apply(host, [
      {
        ...finding('=HYPERLINK("x","y")', "B6", `${unit} 重复`),
        expected: 600001,
        actual: 600000,
        difference: -1,
      },
    ]);
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.A11).toEqual({ value: "工作表", numberFormat: "@", bold: true });
    expect(results.cells.A12).toEqual({ value: '=HYPERLINK("x","y")', numberFormat: "@" });
    expect(results.cells.A12.formula).toBeUndefined();
    expect(results.cells.E12).toEqual({ value: "600001", numberFormat: "@" }); // stays text, not the number
    expect(results.cells.H12.value).toBe(said(`${unit} 重复`));
  });

  it("says 未发现问题 on the results sheet when there are no findings", async () => {
    const host = fakeFor();
    await apply(host, []);
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.A12.value).toBe("未发现问题");
  });

  it("reuses an existing results sheet (clears it, never deletes it)", async () => {
    const host = fakeFor();
    await apply(host, FINDINGS);
    await apply(host, FINDINGS.slice(0, 1));
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.A12.value).toBe("附件1");
    expect(results.cells.A13).toBeUndefined(); // the older, longer list is gone
    expect(host.deletedSheets).toEqual([]);
    expect(host.model.sheets.filter((sheet) => sheet.name === RESULTS_SHEET_NAME)).toHaveLength(1);
  });

  it("puts our block after the user's note on a flagged cell, and takes only the block out on clearing", async () => {
    const model = workbook();
    model.sheets[0].notes = { G10: "请核对合计（张科长）" };
    const host = fakeFor("modern", model);
    const before = host.snapshot();
    const { summary } = await apply(host, FINDINGS);
    expect(summary).toMatchObject({ keptUserAnnotations: 0, annotated: 5 });
    expect(host.model.sheets[0].notes!.G10).toBe(
      `请核对合计（张科长）\n${noteBlock(["2027年合计600000，但各单位之和为600001，相差-1"])}`
    );
    expect(host.model.sheets[0].notes!.F10).toContain("2026年合计");
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.H12.value).toBe("2027年合计600000，但各单位之和为600001，相差-1"); // the message is still listed
    await clear(host);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("groups cells by colour into getRanges lists below 2,000 characters", async () => {
    const host = createFakeExcel({ sheets: [{ name: "大表", cells: {} }] });
    const findings = Array.from({ length: 3000 }, (_, i) => finding("大表", `C${2 * i + 1}`, "x"));
    await apply(host, findings);
    expect(host.longestGetRangesAddress).toBeGreaterThan(1000);
    expect(host.longestGetRangesAddress).toBeLessThan(2000);
  });
});

describe("clearMarks", () => {
  it("restores a yellow fill, no fill, a pattern and a tint exactly, and removes the add-in's notes", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    await apply(host, FINDINGS);
    const { restored } = await clear(host);
    expect(restored).toBe(5);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
    expect(host.model.sheets[0].cells.G10.fill).toBeUndefined(); // cleared, not painted white
    // The record keeps naming our emptied results sheet (by id), and no marks.
    expect(parseRecord(host.model.settings?.[MARKS_SETTING_KEY])?.sheets).toEqual({});
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells).toEqual({}); // kept, emptied
    expect(host.deletedSheets).toEqual([]);
  });

  it("after 校验 twice, 清除标记 still restores the original (marks never stack)", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    await apply(host, FINDINGS);
    const once = userContent(host.snapshot());
    await apply(host, FINDINGS);
    expect(userContent(host.snapshot())).toEqual(once);
    await clear(host);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("a re-run with fewer findings restores the cells no longer flagged", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    await apply(host, FINDINGS);
    await apply(host, FINDINGS.slice(0, 1));
    const state = host.snapshot();
    expect(state.sheets[0].cells.F10.fill).toEqual(YELLOW);
    expect(state.sheets[0].cells.E10.fill).toEqual(before.sheets[0].cells.E10.fill);
    expect(state.sheets[0].notes).toEqual({ G10: noteBlock([renderFinding(FINDINGS[0])]) });
    expect(state.sheets[1].notes).toBeUndefined();
    await clear(host);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("works from the record saved in the workbook (reopened file, another machine)", async () => {
    const first = fakeFor();
    const before = first.snapshot();
    await apply(first, FINDINGS);
    const reopened = createFakeExcel(first.snapshot(), { apiVersion: "1.18" });
    expect(typeof reopened.model.settings![MARKS_SETTING_KEY]).toBe("string");
    await clear(reopened);
    expect(userContent(reopened.snapshot())).toEqual(userContent(before));
  });

  it("keeps a colour the user chose on a marked cell after 校验", async () => {
    const host = fakeFor();
    await apply(host, FINDINGS);
    host.model.sheets[0].cells.G10.fill = { color: "#00FF00", pattern: "Solid" };
    await clear(host);
    expect(host.model.sheets[0].cells.G10.fill).toEqual({ color: "#00FF00", pattern: "Solid" });
    expect(host.model.sheets[0].cells.F10.fill).toEqual(YELLOW);
  });

  it("does nothing, in one sync, on a workbook never checked", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    const { restored, syncs } = await clear(host);
    expect(restored).toBe(0);
    expect(syncs).toBe(1);
    expect(host.snapshot()).toEqual(before);
  });

  it("survives a user deleting a marked sheet or the note the add-in wrote", async () => {
    const host = fakeFor();
    await apply(host, FINDINGS);
    host.model.sheets.splice(1, 1); // 附件2 deleted by the user
    delete host.model.sheets[0].notes!.G10;
    const { restored } = await clear(host);
    expect(restored).toBe(4);
    expect(host.model.sheets[0].notes ?? {}).toEqual({});
  });
});

describe("host fallbacks", () => {
  it("without ExcelApi 1.18 uses threaded comments, skips cells with a user's comment, and removes only its own", async () => {
    const model = workbook();
    model.comments = [
      { id: "{user-comment}", sheet: "附件1", cell: "F10", content: "这个数字谁填的？" },
    ];
    const host = fakeFor("noNotes", model);
    const before = host.snapshot();
    const { summary } = await apply(host, FINDINGS, "noNotes");
    expect(summary).toMatchObject({
      annotationKind: "comment",
      annotated: 4,
      keptUserAnnotations: 1,
    });
    const comments = host.model.comments!;
    expect(comments.find((c) => c.cell === "G10")!.content).toBe(
      noteBlock([renderFinding(FINDINGS[0])])
    );
    expect(comments.filter((c) => c.cell === "F10")).toEqual([model.comments[0]]);
    expect(
      host.model.sheets.every((sheet) => !sheet.notes || Object.keys(sheet.notes).length === 0)
    ).toBe(true);

    await apply(host, FINDINGS, "noNotes"); // re-run: the add-in's comments are replaced, not doubled
    expect(host.model.comments!.filter((c) => c.cell === "G10")).toHaveLength(1);

    await clear(host, "noNotes");
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("without ExcelApi 1.10 adds neither notes nor comments, and still colours and restores", async () => {
    const host = fakeFor("floor");
    const before = host.snapshot();
    const { summary, syncs } = await apply(host, FINDINGS, "floor");
    expect(summary).toMatchObject({ annotationKind: "none", annotated: 0, coloured: 5 });
    expect(syncs).toBe(4); // the state, the fills, the marks, the results sheet (no notes to locate)
    expect(host.model.comments ?? []).toEqual([]);
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.H12.value).toBe(renderFinding(FINDINGS[0])); // the message lives on the results sheet
    await clear(host, "floor");
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("on a host without notes, leaves a colleague's add-in notes recorded for a host that can remove them", async () => {
    const host = fakeFor();
    const before = host.snapshot();
    await apply(host, FINDINGS);
    host.apiVersion = "1.17"; // the file opened on Office 2021
    await clear(host, "noNotes");
    expect(host.model.sheets[0].cells.G10.fill).toBeUndefined();
    expect(host.model.sheets[0].notes!.G10).toBeDefined();
    host.apiVersion = "1.18"; // and back on Microsoft 365
    await clear(host);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });
});

describe("sync counts and request sizes", () => {
  it("apply takes 5 syncs on its own (state, fills, locations, marks, results sheet) and clear 3, for 1 finding as for 20,000", async () => {
    const small = fakeFor();
    expect((await apply(small, FINDINGS.slice(0, 1))).syncs).toBe(5);
    expect((await clear(small)).syncs).toBe(3);

    const sheets = Array.from({ length: 50 }, (_, i) => ({ name: `表${i + 1}`, cells: {} }));
    const big = createFakeExcel({ sheets });
    const many: Finding[] = [];
    for (let i = 0; i < 20_000; i++) {
      const severity: Severity = i % 3 === 0 ? "warning" : "error";
      many.push(
        finding(
          `表${(i % 50) + 1}`,
          `${"CDEFGH"[i % 6]}${Math.floor(i / 50) + 1}`,
          `2027年合计${i}，但各单位之和为${i + 1}，相差-1`,
          severity
        )
      );
    }
    const applied = await apply(big, many);
    expect(applied.syncs).toBe(5);
    // Past the request budget, cells are listed on the results sheet only — errors are marked first.
    const { coloured, unmarked, annotated, unannotated } = applied.summary;
    expect(coloured + unmarked).toBe(20_000);
    expect(annotated + unannotated).toBe(coloured);
    expect(coloured).toBeGreaterThan(5_000);
    const markedWarnings = big
      .snapshot()
      .sheets.flatMap((s) => Object.values(s.cells))
      .filter((c) => c.fill?.color === SEVERITY_FILL.warning).length;
    if (unmarked > 0)
      expect(markedWarnings).toBeLessThan(many.filter((f) => f.severity === "warning").length);
    for (const entry of applied.log) {
      expect(entry.requestBytes).toBeLessThan(5_000_000);
      expect(entry.responseBytes).toBeLessThan(5_000_000);
    }
    const cleared = await clear(big);
    expect(cleared.syncs).toBe(3);
    expect(cleared.restored).toBe(coloured);
    expect(
      big
        .snapshot()
        .sheets.filter((s) => s.name !== RESULTS_SHEET_NAME)
        .every((s) => Object.keys(s.cells).length === 0 && !s.notes)
    ).toBe(true);
  });
});
