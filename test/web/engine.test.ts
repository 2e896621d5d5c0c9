/** The worker's work, run in Node on the seed workbooks: what the page draws, the same report as the CLI, the download. */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import type { DisplaySheet, DisplayWorkbook } from "../../src/web/display";
import { createEngine } from "../../src/web/engine";
import { cellAt } from "../../src/web/grid/layout";
import type { Request, RequestBody, Response } from "../../src/web/protocol";
import { SEEDS_DIR } from "../support/seeds";
import { DISPATCH_UNITS, dispatchSheet } from "../support/rateDispatch";
import { renderFinding } from "../../src/i18n";

function seedBytes(file: string): ArrayBuffer {
  const bytes = readFileSync(path.join(SEEDS_DIR, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function engineUnderTest() {
  const messages: Response[] = [];
  const transfers: Transferable[][] = [];
  const engine = createEngine((message, transfer) => {
    messages.push(message);
    transfers.push(transfer ?? []);
  });
  let id = 0;
  async function send(request: RequestBody) {
    const sent = { ...request, id: ++id } as Request;
    await engine.handle(sent);
    const answers = messages.filter((m) => m.id === sent.id);
    return {
      final: answers[answers.length - 1],
      progress: answers.filter((m) => m.type === "progress"),
    };
  }
  return { send, transfers };
}

function sheetNamed(workbook: DisplayWorkbook, name: string): DisplaySheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const styleOf = (sheet: DisplaySheet, row: number, column: number) => {
  const cell = cellAt(sheet, row, column);
  return cell ? sheet.styles[cell.style] : undefined;
};

describe("the page's worker engine", () => {
  it("opens 永川 into what the page draws: text, fills, merges, frozen header, sizes (one read with the grid)", async () => {
    const { send, transfers } = engineUnderTest();
    const { final, progress } = await send({
      type: "open",
      name: "yongchuan.xlsx",
      bytes: seedBytes("yongchuan.xlsx"),
    });
    expect(final.type).toBe("opened");
    const workbook = (final as Extract<Response, { type: "opened" }>).workbook;
    expect(workbook.name).toBe("yongchuan.xlsx");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["附件1", "附件2", "附件3", "目标"]);
    expect(progress.map((p) => p.type === "progress" && p.phase)).toEqual(
      expect.arrayContaining(["parse", "sheets"])
    );

    const sheet = sheetNamed(workbook, "附件1");
    expect([sheet.rows, sheet.columns, sheet.frozenRows, sheet.frozenColumns]).toEqual([
      32, 7, 4, 0,
    ]);
    expect(sheet.merges).toContainEqual({ top: 31, left: 0, bottom: 31, right: 1 }); // 合计 over A32:B32
    expect(cellAt(sheet, 1, 0)?.text).toBe("研发投入任务分解");
    expect(cellAt(sheet, 4, 2)?.text).toBe("709");
    expect(cellAt(sheet, 31, 6)?.text).toBe("600000");
    // SheetJS CE gives each cell's fill (not its font, borders or alignment): text left, numbers right.
    expect(styleOf(sheet, 3, 2)).toMatchObject({ fill: "#DDEBF7", align: "left" });
    expect(styleOf(sheet, 4, 2)).toMatchObject({ align: "right" });
    expect(sheet.rowHeights[3]).toBe(40); // 30pt
    expect(sheet.rowHeights[10]).toBe(24); // the sheet's default 18pt
    expect(sheet.columnWidths).toHaveLength(7);
    // The cell arrays are moved to the page, not copied.
    expect(transfers.flat()).toContain(sheet.rowStart.buffer);
  });

  it("checks exactly what the CLI checks", async () => {
    const { send } = engineUnderTest();
    await send({ type: "open", name: "yongchuan.xlsx", bytes: seedBytes("yongchuan.xlsx") });
    const { final } = await send({ type: "check" });
    expect(final.type).toBe("checked");
    const report = (final as Extract<Response, { type: "checked" }>).report;
    const { grid } = await readWorkbookBytes(new Uint8Array(seedBytes("yongchuan.xlsx")));
    expect(report).toEqual(checkWorkbook(grid));
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: "sum-mismatch",
        sheet: "附件1",
        cell: "G32",
      })
    );
    const total = report.findings.find((f) => f.cell === "G32" && f.rule === "sum-mismatch")!;
    expect(renderFinding(total)).toBe("2027年合计600000，但各单位之和为600001，相差-1");
  });

  it("writes the annotated copy from the original bytes: the same twice, notes never stacked", async () => {
    const { send } = engineUnderTest();
    await send({ type: "open", name: "yongchuan.xlsx", bytes: seedBytes("yongchuan.xlsx") });
    await send({ type: "check" });
    const notes: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { final } = await send({ type: "annotate", locale: "zh-CN" });
      expect(final.type).toBe("annotated");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((final as Extract<Response, { type: "annotated" }>).bytes);
      const g32 = workbook.getWorksheet("附件1")!.getCell("G32");
      expect(g32.fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
      expect(g32.value).toBe(600000);
      expect(workbook.getWorksheet("校验结果")).toBeDefined();
      notes.push(JSON.stringify(g32.note));
    }
    expect(notes[1]).toBe(notes[0]);
    expect(notes[0]).toContain("相差-1");
    expect(notes[0]).not.toContain("——");
  });

  it("names an unreadable file's reason, and refuses to check before a workbook is open", async () => {
    const { send } = engineUnderTest();
    const text = new TextEncoder().encode("序号,单位\n1,中山路街道\n");
    expect((await send({ type: "check" })).final).toMatchObject({
      type: "failed",
      reason: "no-workbook",
    });
    expect(
      (await send({ type: "open", name: "a.xlsx", bytes: text.buffer as ArrayBuffer })).final
    ).toMatchObject({
      type: "failed",
      reason: "not-xlsx",
    });
    const zipHeaderOnly = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(
      (await send({ type: "open", name: "b.xlsx", bytes: zipHeaderOnly.buffer })).final
    ).toMatchObject({
      type: "failed",
      reason: "corrupt",
    });
    // A failed open leaves no workbook behind.
    expect((await send({ type: "annotate", locale: "zh-CN" })).final).toMatchObject({
      type: "failed",
      reason: "no-workbook",
    });
  });

  it("shows every seed sheet: Beibei's two-level header merges and Liangping's quarters", async () => {
    const { send } = engineUnderTest();
    for (const file of ["beibei.xlsx", "liangping.xlsx"]) {
      const { final } = await send({ type: "open", name: file, bytes: seedBytes(file) });
      const workbook = (final as Extract<Response, { type: "opened" }>).workbook;
      for (const sheet of workbook.sheets) {
        expect(sheet.rowStart).toHaveLength(sheet.rows + 1);
        expect(sheet.texts).toHaveLength(sheet.cellColumns.length);
        expect(sheet.rowHeights).toHaveLength(sheet.rows);
        expect(sheet.columnWidths).toHaveLength(sheet.columns);
      }
      expect(workbook.sheets[0].merges.length).toBeGreaterThan(2);
      expect(workbook.sheets[0].frozenRows).toBeGreaterThan(3);
    }
  });

  it("上月文件: kept in the worker across checks; a decrease since then is found; cleared, it is not", async () => {
    const file = async (month: number, units: [string, number, number][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("调度");
      for (const row of dispatchSheet("调度", { month, units }).values)
        ws.addRow(row.map((v) => (v === null ? undefined : v)));
      return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    };
    const july = DISPATCH_UNITS.map(([u, t, a]): [string, number, number] => [
      u,
      t,
      u === "大安街道" ? 35 : a,
    ]);
    const { send } = engineUnderTest();
    const decreases = async () => {
      const { final } = await send({ type: "check" });
      return (final as Extract<Response, { type: "checked" }>).report.findings
        .filter((f) => f.rule === "progress-decrease")
        .map((f) => `${f.cell} ${renderFinding(f)}`);
    };
    // Picked before any workbook is open: kept for the one opened next.
    const { final: kept } = await send({
      type: "previous",
      name: "7月.xlsx",
      bytes: await file(7, july),
    });
    expect(kept).toMatchObject({ type: "previous", name: "7月.xlsx" });
    await send({ type: "open", name: "8月.xlsx", bytes: await file(8, DISPATCH_UNITS) });
    expect(await decreases()).toEqual([
      "D8 大安街道科技型企业1-8月累计完成为30，低于上月文件“7月.xlsx”中“调度”表D8的35（减少5）：累计数不应比上月少",
      "D9 合计科技型企业1-8月累计完成为194，低于上月文件“7月.xlsx”中“调度”表D9的199（减少5）：累计数不应比上月少",
    ]);
    const text = new TextEncoder().encode("not a workbook");
    const { final: refused } = await send({
      type: "previous",
      name: "x.xlsx",
      bytes: text.buffer as ArrayBuffer,
    });
    expect(refused).toMatchObject({ type: "failed", reason: "not-xlsx" });
    expect(await decreases()).toEqual([]);
    await send({ type: "previous", name: "7月.xlsx", bytes: await file(7, july) });
    await send({ type: "previous", name: "", bytes: null });
    expect(await decreases()).toEqual([]);
  });
});
