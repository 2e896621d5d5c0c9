/** 校验 end to end inside the fake Excel: read → checkWorkbook → planMarks → applyMarks, then 清除标记. */
import * as check from "../../src/core/check";
import { noteBlock } from "../../src/core/noteBlock";
import { RESULTS_SHEET_NAME, SEVERITY_FILL } from "../../src/core/marks";
import type { Finding } from "../../src/core/model";
import { MARKS_SETTING_KEY } from "../../src/excel/markRecord";
import type { HostFeatures } from "../../src/excel/requirements";
import { clearMarksInExcel, runCheckInExcel, selectCell, selectRange } from "../../src/excel/run";
import { breakdownWorkbook, TOTAL_ROW } from "../support/breakdownWorkbook";
import {
  createFakeExcel,
  snapshotWorkbook,
  uninstallFakeOffice,
  type FakeExcel,
  type FakeWorkbook,
} from "../support/fakeExcel";
import { renderFinding } from "../../src/i18n";
import { saying, sumMessage } from "../support/findings";

afterEach(() => {
  jest.restoreAllMocks();
  uninstallFakeOffice();
});

function userContent(state: FakeWorkbook): FakeWorkbook {
  const copy = snapshotWorkbook(state);
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== RESULTS_SHEET_NAME);
  if (copy.settings) delete copy.settings[MARKS_SETTING_KEY];
  return snapshotWorkbook(copy);
}

async function run(host: FakeExcel, features?: HostFeatures) {
  const { context, fake } = host.requestContext();
  const result = await runCheckInExcel(context, { locale: "zh-CN", features });
  expect(result.syncs).toBe(fake.syncCount);
  return result;
}

async function clear(host: FakeExcel, features?: HostFeatures) {
  const { context } = host.requestContext();
  return clearMarksInExcel(context, { features });
}

function yellowUserFill(model: FakeWorkbook): FakeWorkbook {
  model.sheets[0].cells[`F${TOTAL_ROW}`].fill = { color: "#FFFF00", pattern: "Solid" };
  return model;
}

describe("runCheckInExcel", () => {
  it("finds the 2027 total that is 1 short and marks exactly the cells with findings", async () => {
    const host = createFakeExcel(
      yellowUserFill(breakdownWorkbook(1, { totalErrors: [0, 0, 0, 2, -1] }))
    );
    host.install();
    const before = host.snapshot();
    const { report, marks } = await run(host);

    const total = report.findings.find((f) => f.cell === `G${TOTAL_ROW}`);
    expect(total).toMatchObject({
      rule: "sum-mismatch",
      severity: "error",
      sheet: "附件1",
      expected: 600001,
      actual: 600000,
    });
    expect(renderFinding(total!)).toBe("2027年合计600000，但各单位之和为600001，相差-1");
    expect(report.findings.some((f) => f.cell === `F${TOTAL_ROW}`)).toBe(true);

    const flagged = new Map<string, Finding>();
    for (const finding of report.findings) flagged.set(`${finding.sheet}!${finding.cell}`, finding);
    expect(marks).toBe(flagged.size);

    // Full state: only the flagged cells' fills changed, and each has a note with its messages.
    const expected = userContent(before);
    for (const sheet of expected.sheets) {
      for (const finding of report.findings.filter((f) => f.sheet === sheet.name)) {
        const severity = report.findings
          .filter((f) => f.sheet === sheet.name && f.cell === finding.cell)
          .some((f) => f.severity === "error")
          ? "error"
          : finding.severity;
        (sheet.cells[finding.cell] ??= {}).fill = {
          color: SEVERITY_FILL[severity],
          pattern: "Solid",
        };
        const messages = report.findings
          .filter((f) => f.sheet === sheet.name && f.cell === finding.cell)
          .map((f) => renderFinding(f));
        (sheet.notes ??= {})[finding.cell] = noteBlock(messages);
      }
    }
    expect(userContent(host.snapshot())).toEqual(expected);

    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    expect(results.cells.A11.value).toBe("工作表");
    expect(Object.values(results.cells).some((cell) => cell.value === renderFinding(total!))).toBe(
      true
    );
  });

  it("清除标记 restores the user's yellow and the unfilled cell exactly", async () => {
    const host = createFakeExcel(
      yellowUserFill(breakdownWorkbook(1, { totalErrors: [0, 0, 0, 2, -1] }))
    );
    host.install();
    const before = host.snapshot();
    await run(host);
    expect(host.model.sheets[0].cells[`F${TOTAL_ROW}`].fill).toEqual({
      color: SEVERITY_FILL.error,
      pattern: "Solid",
    });
    const { restored } = await clear(host);
    expect(restored).toBeGreaterThanOrEqual(2);
    const after = host.snapshot();
    expect(userContent(after)).toEqual(userContent(before));
    expect(after.sheets[0].cells[`F${TOTAL_ROW}`].fill).toEqual({
      color: "#FFFF00",
      pattern: "Solid",
    });
    expect(after.sheets[0].cells[`G${TOTAL_ROW}`].fill).toBeUndefined();
    expect(host.deletedSheets).toEqual([]);
  });

  it("校验 twice then 清除标记 restores the original (no stacking)", async () => {
    const host = createFakeExcel(
      yellowUserFill(breakdownWorkbook(3, { totalErrors: [0, 0, 0, 2, -1] }))
    );
    host.install();
    const before = host.snapshot();
    await run(host);
    const once = host.snapshot();
    await run(host);
    expect(host.snapshot()).toEqual(once);
    await clear(host);
    expect(userContent(host.snapshot())).toEqual(userContent(before));
  });

  it("a unit named =HYPERLINK(…) stays text everywhere it is written", async () => {
    const model = breakdownWorkbook(1);
    const unit = '=HYPERLINK("http://x","y")';
    model.sheets[0].cells.B6 = { value: unit };
    model.sheets[0].cells.B7 = { value: unit }; // the same unit twice
    // Until the core reports duplicate units itself, add the finding it will make (contract: spec/checks.md).
    const realCheck = check.checkWorkbook;
    jest.spyOn(check, "checkWorkbook").mockImplementation((grid, options) => {
      const report = realCheck(grid, options);
      const mentioned = report.findings.some((f) => renderFinding(f).includes(unit));
      const duplicate: Finding = {
        rule: "duplicate-unit",
        severity: "warning",
        sheet: "附件1",
        cell: "B7",
        ...saying(unit),
      };
      return mentioned ? report : { ...report, findings: [...report.findings, duplicate] };
    });
    const host = createFakeExcel(model);
    host.install();
    const { report } = await run(host);
    const results = host.model.sheets.find((sheet) => sheet.name === RESULTS_SHEET_NAME)!;
    for (const cell of Object.values(results.cells)) {
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
    }
    const mentioned = report.findings.filter((f) => renderFinding(f).includes(unit));
    expect(mentioned.length).toBeGreaterThan(0);
    for (const finding of mentioned) {
      expect(
        Object.values(results.cells).some((cell) => cell.value === renderFinding(finding))
      ).toBe(true);
      expect(host.model.sheets[0].notes![finding.cell]).toContain(unit);
    }
    expect(host.model.sheets[0].cells.B6).toEqual({ value: unit });
  });

  it("takes the same number of syncs for 1 sheet, 50 sheets and 20,000 findings", async () => {
    const one = createFakeExcel(breakdownWorkbook(1));
    one.install();
    const small = await run(one);
    expect(small.report.findings.length).toBeGreaterThan(0);

    const fifty = createFakeExcel(breakdownWorkbook(50));
    const large = await run(fifty);
    expect(large.report.findings.length).toBeGreaterThanOrEqual(50);

    const realCheck = check.checkWorkbook;
    jest.spyOn(check, "checkWorkbook").mockImplementation((grid, options) => {
      const report = realCheck(grid, options);
      const findings: Finding[] = [];
      for (let i = 0; i < 20_000; i++) {
        const sheet = grid.sheets[i % grid.sheets.length];
        findings.push({
          rule: "sum-mismatch",
          severity: i % 4 === 0 ? "warning" : "error",
          sheet: sheet.name,
          cell: `${"CDEFG"[i % 5]}${20 + Math.floor(i / 250)}`,
          ...sumMessage(i, i + 1),
        });
      }
      return { tables: report.tables, findings };
    });
    const manyHost = createFakeExcel(breakdownWorkbook(50));
    const many = await run(manyHost);
    expect(many.report.findings).toHaveLength(20_000);

    expect(small.syncs).toBe(7); // read 3 + mark 4 (notes; comments take one more)
    expect(large.syncs).toBe(small.syncs);
    expect(many.syncs).toBe(small.syncs);
    for (const context of manyHost.contexts) {
      for (const entry of context.syncLog) {
        expect(entry.requestBytes).toBeLessThan(5_000_000);
        expect(entry.responseBytes).toBeLessThan(5_000_000);
      }
    }
  });

  it("runs on hosts without ExcelApi 1.18, 1.13 or 1.10, and restores on each", async () => {
    for (const apiVersion of ["1.17", "1.12", "1.9"]) {
      const host = createFakeExcel(
        yellowUserFill(breakdownWorkbook(2, { totalErrors: [0, 0, 0, 2, -1] })),
        { apiVersion }
      );
      host.install();
      const before = host.snapshot();
      const { report, written } = await run(host);
      expect(
        report.findings.some(
          (f) => renderFinding(f) === "2027年合计600000，但各单位之和为600001，相差-1"
        )
      ).toBe(true);
      const comments = host.model.comments ?? [];
      const notes = host.model.sheets.flatMap((sheet) => Object.keys(sheet.notes ?? {}));
      expect(notes).toEqual([]);
      if (apiVersion === "1.9") {
        expect(written!.annotationKind).toBe("none");
        expect(comments).toEqual([]);
      } else {
        expect(written!.annotationKind).toBe("comment");
        expect(comments.map((c) => c.content)).toContain(
          noteBlock(["2027年合计600000，但各单位之和为600001，相差-1"])
        );
      }
      await clear(host);
      expect(userContent(host.snapshot())).toEqual(userContent(before));
      uninstallFakeOffice();
    }
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const host = createFakeExcel(breakdownWorkbook(3));
    const { context, fake } = host.requestContext();
    await selectCell(context, "附件2", "G10");
    expect(host.view).toEqual({
      activeSheet: "附件2",
      selection: { sheet: "附件2", address: "G10" },
    });
    expect(fake.syncCount).toBe(2); // the sheet's visibility, then the selection
  });

  it("leaves a hidden or very hidden sheet alone (selecting there is undocumented)", async () => {
    const model = breakdownWorkbook(3);
    model.sheets[1].visibility = "Hidden";
    model.sheets[2].visibility = "VeryHidden";
    const host = createFakeExcel(model);
    for (const sheet of ["附件2", "附件3"]) {
      const { context } = host.requestContext();
      await expect(selectCell(context, sheet, "G10")).resolves.toBe(false);
    }
    expect(host.view).toEqual({});
  });
});

describe("selectRange", () => {
  it("activates the sheet and selects a table's range", async () => {
    const host = createFakeExcel(breakdownWorkbook(3));
    const { context, fake } = host.requestContext();
    await selectRange(context, "附件3", "A4:G10");
    expect(host.view).toEqual({
      activeSheet: "附件3",
      selection: { sheet: "附件3", address: "A4:G10" },
    });
    expect(fake.syncCount).toBe(2);
  });

  it("fails with ItemNotFound for a sheet that is gone", async () => {
    const host = createFakeExcel(breakdownWorkbook(1));
    const { context } = host.requestContext();
    await expect(selectRange(context, "附件9", "A4:G10")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
