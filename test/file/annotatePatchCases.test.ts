/**
 * The patched copy on the seeds and on awkward inputs: the same marks as the plan says, the browser's download equal
 * to the CLI's copy, a 校验结果 sheet already there, the 目标 sheet rewritten only where a value changed, Excel's note
 * limit, hostile text, cells and rows the sheet XML does not hold.
 */
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { reportWords } from "../../src/i18n";
import { planMarks, RESULTS_SHEET_NAME } from "../../src/core/marks";
import type { Finding, PlanTarget } from "../../src/core/model";
import { noteBlock, stripNoteBlock } from "../../src/core/noteBlock";
import { EXCEL_TEXT_LIMIT, SheetPart } from "../../src/file/patch/sheetPart";
import { child, children, parseXml } from "../../src/file/patch/xmlTree";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import { AnnotateError, annotateWorkbook } from "../../src/file/writeAnnotated";
import { createEngine } from "../../src/web/engine";
import type { Request, RequestBody, Response } from "../../src/web/protocol";
import { SEEDS_DIR } from "../support/seeds";
import { featureRichWorkbook } from "./patchFixture";

const seedBytes = (file: string) => new Uint8Array(readFileSync(path.join(SEEDS_DIR, file)));

async function exceljsBook(sheets: [string, (string | number | null)[][]][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v))
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note;
  return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
};

const TABLE: (string | number | null)[][] = [
  ["序号", "单位", "2025年"],
  [1, "甲街道", 10],
  [2, "乙街道", 20],
  [null, "合计", 31],
];

describe("the seeds' copies", () => {
  for (const file of ["yongchuan.xlsx", "beibei.xlsx", "liangping.xlsx"]) {
    test(`${file}: every mark's fill and note, the results rows; the user's parts kept`, async () => {
      const original = seedBytes(file);
      const { grid } = await readWorkbookBytes(original);
      const plan = planMarks(checkWorkbook(grid), reportWords());
      const copy = annotateWorkbook(original, plan);
      const before = await load(original);
      const after = await load(copy.bytes);
      expect(plan.cells.length).toBeGreaterThan(0);
      for (const mark of plan.cells) {
        const cell = after.getWorksheet(mark.sheet)!.getCell(mark.cell);
        expect([mark.cell, (cell.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([
          mark.cell,
          `FF${mark.fill.slice(1)}`,
        ]);
        expect(noteText(cell)).toBe(noteBlock([mark.note]));
        expect(cell.value).toEqual(before.getWorksheet(mark.sheet)!.getCell(mark.cell).value);
      }
      const results = after.getWorksheet(RESULTS_SHEET_NAME)!;
      plan.layout.rows.forEach((row, r) =>
        row.forEach((value, c) => expect(results.getCell(r + 1, c + 1).text).toBe(value))
      );
      // Parts that are neither marked sheets nor the lists of parts keep their bytes (themes, shared strings…).
      const a = unzipSync(original);
      const b = unzipSync(copy.bytes);
      const marked = new Set(plan.cells.map((c) => c.sheet));
      const markedParts = before.worksheets
        .filter((ws) => marked.has(ws.name))
        .map((ws) => `xl/worksheets/sheet${ws.id}.xml`);
      for (const name of Object.keys(a)) {
        if (
          [
            "[Content_Types].xml",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
          ].includes(name)
        )
          continue;
        if (markedParts.includes(name) || name.includes("/_rels/sheet")) continue;
        expect([name, Buffer.from(b[name]).equals(Buffer.from(a[name]))]).toEqual([name, true]);
      }
    });
  }

  test("a sheet without notes gets a comments part, a VML drawing and <legacyDrawing> in its schema place", async () => {
    const original = seedBytes("yongchuan.xlsx");
    const { grid } = await readWorkbookBytes(original);
    const copy = annotateWorkbook(original, planMarks(checkWorkbook(grid), reportWords()));
    const parts = unzipSync(copy.bytes);
    const sheetXml = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    const root = parseXml(sheetXml, "sheet1");
    const order = root.children.map((c) => c.local);
    const at = order.indexOf("legacyDrawing");
    expect(at).toBeGreaterThan(order.indexOf("sheetData"));
    for (const later of ["tableParts", "extLst"])
      if (order.includes(later)) expect(order.indexOf(later)).toBeGreaterThan(at);
    const rels = strFromU8(parts["xl/worksheets/_rels/sheet1.xml.rels"]);
    expect(rels).toMatch(/relationships\/comments/);
    expect(rels).toMatch(/relationships\/vmlDrawing/);
    expect(strFromU8(parts["[Content_Types].xml"])).toMatch(/Extension="vml"/);
  });
});

describe("the browser page's download is the CLI's copy", () => {
  test("the same bytes for the same input", async () => {
    const messages: Response[] = [];
    const engine = createEngine((message) => void messages.push(message));
    let id = 0;
    const send = async (request: RequestBody) => {
      await engine.handle({ ...request, id: ++id } as Request);
      return messages[messages.length - 1];
    };
    const original = seedBytes("yongchuan.xlsx");
    await send({ type: "open", name: "yongchuan.xlsx", bytes: original.slice().buffer });
    await send({ type: "check" });
    const download = (await send({ type: "annotate", locale: "zh-CN" })) as Extract<
      Response,
      { type: "annotated" }
    >;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "patch-cli-"));
    try {
      const input = path.join(dir, "yongchuan.xlsx");
      await fs.writeFile(input, original);
      await main([input, "--out", path.join(dir, "out")], { stdout: () => {}, stderr: () => {} });
      const cli = await fs.readFile(path.join(dir, "out", "yongchuan.checked.xlsx"));
      expect(Buffer.from(download.bytes).equals(cli)).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a macro workbook through the CLI", () => {
  test("the copy of x.xlsm is x.checked.xlsm, its VBA project and macro sheet byte for byte", async () => {
    const original = featureRichWorkbook();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "patch-cli-"));
    try {
      const input = path.join(dir, "宏.xlsm");
      await fs.writeFile(input, original);
      let stdout = "";
      await main([input, "--out", path.join(dir, "out")], {
        stdout: (s) => (stdout += s),
        stderr: () => {},
      });
      const written = path.join(dir, "out", "宏.checked.xlsm");
      expect(stdout).toContain(written);
      const copy = unzipSync(new Uint8Array(await fs.readFile(written)));
      const before = unzipSync(original);
      for (const name of ["xl/vbaProject.bin", "xl/macrosheets/sheet1.xml"])
        expect(Buffer.from(copy[name]).equals(Buffer.from(before[name]))).toBe(true);
      expect(Buffer.from(await fs.readFile(input)).equals(Buffer.from(original))).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a workbook with a 校验结果 sheet of its own", () => {
  test("ours is 校验结果 (2); theirs keeps its bytes; the CLI says so", async () => {
    const original = await exceljsBook([
      ["附件", TABLE],
      [RESULTS_SHEET_NAME, [["我的备忘"]]],
    ]);
    const { grid } = await readWorkbookBytes(original);
    const copy = annotateWorkbook(original, planMarks(checkWorkbook(grid), reportWords()));
    expect(copy.resultsSheet).toBe("校验结果 (2)");
    const after = await load(copy.bytes);
    expect(after.getWorksheet(RESULTS_SHEET_NAME)!.getCell("A1").value).toBe("我的备忘");
    expect(after.getWorksheet("校验结果 (2)")!.getCell("A1").value).toBe("分解表校验结果");
    expect(strFromU8(unzipSync(copy.bytes)["xl/worksheets/sheet2.xml"])).toBe(
      strFromU8(unzipSync(original)["xl/worksheets/sheet2.xml"])
    );

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "patch-cli-"));
    try {
      const input = path.join(dir, "mine.xlsx");
      await fs.writeFile(input, original);
      let stdout = "";
      await main([input, "--out", path.join(dir, "out")], {
        stdout: (s) => (stdout += s),
        stderr: () => {},
      });
      expect(stdout).toContain("工作簿已有“校验结果”表，结果写在“校验结果 (2)”表");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the 目标 sheet after the page's targets editor", () => {
  async function withTargets(original: Uint8Array, targets: PlanTarget[]) {
    const messages: Response[] = [];
    const engine = createEngine((message) => void messages.push(message));
    let id = 0;
    const send = async (request: RequestBody) => {
      await engine.handle({ ...request, id: ++id } as Request);
      return messages[messages.length - 1];
    };
    await send({ type: "open", name: "t.xlsx", bytes: original.slice().buffer });
    expect((await send({ type: "setTargets", targets })).type).toBe("targets");
    await send({ type: "check" });
    const checked = messages[messages.length - 1] as Extract<Response, { type: "checked" }>;
    const answer = (await send({ type: "annotate", locale: "zh-CN" })) as Extract<
      Response,
      { type: "annotated" }
    >;
    return { copy: new Uint8Array(answer.bytes), report: checked.report };
  }

  test("only the cells whose value changed are written; text 2025 stays text", async () => {
    const original = await exceljsBook([
      ["附件", TABLE],
      [
        "目标",
        [
          ["指标", "期间", "条件", "目标值", "依据"],
          ["合计", "2025", "超过", 30, "规划原文"],
        ],
      ],
    ]);
    const { grid } = await readWorkbookBytes(original);
    const read = checkWorkbook(grid).targets!.map((t) => t.target);
    // The same target again, and a new one.
    const targets: PlanTarget[] = [
      ...read,
      { indicator: "合计", period: "2026", op: ">=", value: 40, verb: "不低于" },
    ];
    const { copy, report } = await withTargets(original, targets);
    const marked = new Set(report.findings.filter((f) => f.sheet === "目标").map((f) => f.cell));
    const was = strFromU8(unzipSync(original)["xl/worksheets/sheet2.xml"]);
    const now = strFromU8(unzipSync(copy)["xl/worksheets/sheet2.xml"]);
    const cells = (xml: string) =>
      new Map(
        children(child(parseXml(xml, "s"), "sheetData")!, "row")
          .flatMap((row) => children(row, "c"))
          .map((c) => [c.attributes.r, xml.slice(c.start, c.end)])
      );
    const before = cells(was);
    const after = cells(now);
    // Unchanged values keep their bytes; a marked cell only gains its style index.
    const withoutStyle = (xml: string | undefined) => xml?.replace(/ s="\d+"/, "");
    for (const [ref, xml] of before)
      if (marked.has(ref))
        expect([ref, withoutStyle(after.get(ref))]).toEqual([ref, withoutStyle(xml)]);
      else expect([ref, after.get(ref)]).toEqual([ref, xml]);
    const added = [...after.keys()].filter((ref) => !before.has(ref)).sort();
    expect(added).toEqual(["A3", "B3", "C3", "D3"]);
    const workbook = await load(copy);
    const sheet = workbook.getWorksheet("目标")!;
    expect(sheet.getCell("B2").value).toBe("2025");
    expect([
      sheet.getCell("A3").value,
      sheet.getCell("B3").value,
      sheet.getCell("C3").value,
      sheet.getCell("D3").value,
    ]).toEqual(["合计", 2026, "不低于", 40]);
  });

  test("a formula replaced by a value takes the calculation chain with it (Excel rebuilds it)", async () => {
    const workbook = new ExcelJS.Workbook();
    const table = workbook.addWorksheet("附件");
    TABLE.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (table.getCell(r + 1, c + 1).value = v))
    );
    const targets = workbook.addWorksheet("目标");
    targets.addRow(["指标", "期间", "条件", "目标值"]);
    targets.addRow([
      "合计",
      2025,
      "超过",
      { formula: "20+10", result: 30 } as ExcelJS.CellFormulaValue,
    ]);
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    // As Excel writes it: a calcChain part naming the formula cell.
    parts["xl/calcChain.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D2" i="2"/></calcChain>`
    );
    const rels = "xl/_rels/workbook.xml.rels";
    parts[rels] = strToU8(
      strFromU8(parts[rels]).replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`
      )
    );
    parts["[Content_Types].xml"] = strToU8(
      strFromU8(parts["[Content_Types].xml"]).replace(
        "</Types>",
        `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
      )
    );
    const original = zipSync(parts);
    const { grid } = await readWorkbookBytes(original);
    const read = checkWorkbook(grid).targets!.map((t) => t.target);

    // The same value: the formula stays, and so does the chain.
    const same = unzipSync((await withTargets(original, read)).copy);
    expect(same["xl/calcChain.xml"]).toBeDefined();
    expect(strFromU8(same["xl/worksheets/sheet2.xml"])).toContain("<f>20+10</f>");

    const changed = unzipSync((await withTargets(original, [{ ...read[0], value: 35 }])).copy);
    expect(changed["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(changed[rels])).not.toContain("calcChain");
    expect(strFromU8(changed["[Content_Types].xml"])).not.toContain("calcChain");
    expect(strFromU8(changed["xl/worksheets/sheet2.xml"])).not.toContain("<f>");
  });

  test("a workbook without a 目标 sheet gets one, with a bold header", async () => {
    const original = await exceljsBook([["附件", TABLE]]);
    const { copy } = await withTargets(original, [
      { indicator: "合计", period: "2025", op: ">", value: 30, verb: "超过" },
    ]);
    const workbook = await load(copy);
    const sheet = workbook.getWorksheet("目标")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "指标", "期间", "条件", "目标值", "依据"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, "合计", 2025, "超过", 30]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["附件", "目标", RESULTS_SHEET_NAME]);
  });
});

/** A finding whose words carry `text` (as the column name of a sum mismatch). */
function finding(sheet: string, cell: string, text: string): Finding {
  return {
    rule: "sum-mismatch",
    severity: "error",
    sheet,
    cell,
    messageId: "sumMismatch",
    params: { column: text, totalLabel: "合计", actual: "1", expected: "2", difference: "-1" },
  };
}

describe("hostile and awkward inputs", () => {
  test("a long user note keeps every word, ours is shortened to stay within 32,767 characters", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("附件");
    const mine = "用户的批注".repeat(6000); // 30,000 characters
    sheet.getCell("C4").value = 31;
    sheet.getCell("C4").note = mine;
    const original = new Uint8Array(await workbook.xlsx.writeBuffer());
    const messages = Array.from({ length: 400 }, (_, i) =>
      finding("附件", "C4", `第${i + 1}条：合计与各单位之和不符，相差-1`)
    );
    const copy = annotateWorkbook(original, planMarks(messages, reportWords()));
    const note = noteText((await load(copy.bytes)).getWorksheet("附件")!.getCell("C4"));
    expect(note.length).toBeLessThanOrEqual(EXCEL_TEXT_LIMIT);
    expect(note.startsWith(mine)).toBe(true);
    expect(stripNoteBlock(note).text).toBe(mine);
    expect(note).toContain("见校验结果表");
  });

  test("control characters, markup and quotes in messages and sheet names make well-formed parts", async () => {
    const name = `O'Brien "表" <&>`;
    const original = await exceljsBook([[name, TABLE]]);
    const copy = annotateWorkbook(
      original,
      planMarks([finding(name, "C4", "bad\u0001\u001f text <b>&amp; ]]> \ud800")], reportWords())
    );
    const parts = unzipSync(copy.bytes);
    for (const [partName, data] of Object.entries(parts))
      if (/\.(xml|rels)$/.test(partName))
        expect(() => parseXml(strFromU8(data), partName)).not.toThrow();
    const after = await load(copy.bytes);
    expect(noteText(after.getWorksheet(name)!.getCell("C4"))).toContain("text <b>&amp; ]]>");
    const results = after.getWorksheet(RESULTS_SHEET_NAME)!;
    expect(results.getCell("A12").value).toBe(name);
  });

  test("an old VML drawing that is not well-formed XML (HTML-style <br>) still gets our note shapes, its bytes kept", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("附件");
    TABLE.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v))
    );
    sheet.getCell("A1").note = "旧批注";
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const vmlName = Object.keys(parts).find((name) => name.endsWith(".vml"))!;
    const vml = strFromU8(parts[vmlName]).replace(/<div([^>]*)>/, "<div$1>旧批注<br>第二行");
    expect(() => parseXml(vml, "vml")).toThrow();
    parts[vmlName] = strToU8(vml);
    const plan = planMarks([finding("附件", "C4", "合计不符")], reportWords());
    const copy = annotateWorkbook(zipSync(parts), plan);
    const copied = unzipSync(copy.bytes);
    const after = strFromU8(copied[vmlName]);
    const end = vml.lastIndexOf("</xml>");
    expect(after.slice(0, end)).toBe(vml.slice(0, end));
    expect(after.slice(end)).toMatch(/<x:Row>3<\/x:Row><x:Column>2<\/x:Column>/);
    // (ExcelJS itself cannot read such a drawing: the note is checked in the comments part.)
    const commentsName = Object.keys(copied).find((name) => /comments\d*\.xml$/.test(name))!;
    const comments = parseXml(strFromU8(copied[commentsName]), "comments");
    const c4 = children(child(comments, "commentList")!, "comment").find(
      (c) => c.attributes.ref === "C4"
    )!;
    expect(
      children(child(c4, "text")!, "r")
        .map((r) => child(r, "t")!.text)
        .join("")
    ).toBe(noteBlock([plan.cells[0].note]));
  });

  test("a mark on a sheet the package does not hold is reported, not dropped silently", async () => {
    const original = await exceljsBook([["附件", TABLE]]);
    const copy = annotateWorkbook(
      original,
      planMarks([finding("不存在", "A1", "x")], reportWords())
    );
    expect(copy.unplaced.map((m) => `${m.sheet}!${m.cell}`)).toEqual(["不存在!A1"]);
  });

  test("not a package, or a part that is not XML: a clear error in Chinese, never a half-made copy", async () => {
    expect(() =>
      annotateWorkbook(new TextEncoder().encode("序号,单位\n"), planMarks([], reportWords()))
    ).toThrow(AnnotateError);
    const parts = unzipSync(await exceljsBook([["附件", TABLE]]));
    parts["xl/worksheets/sheet1.xml"] = strToU8("<worksheet><sheetData><row></worksheet>");
    let caught: unknown = null;
    try {
      annotateWorkbook(zipSync(parts), planMarks([finding("附件", "C4", "x")], reportWords()));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AnnotateError);
    expect((caught as AnnotateError).zh).toBe(
      "无法写出标注副本：工作簿中的 xl/worksheets/sheet1.xml 不是有效的 XML"
    );
  });
});

describe("cells and rows the sheet XML does not hold", () => {
  const xml =
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="3" style="4"/></cols><sheetData>` +
    `<row r="2"><c r="A2" s="1"><v>1</v></c><c r="D2"><v>4</v></c></row>` +
    `<row r="5" s="3" customFormat="1"/>` +
    `<row><c><v>7</v></c><c s="2"/></row>` + // r omitted: row 6, cells A6 and B6
    `</sheetData></worksheet>`;

  test("new cells and rows go in order; a missing cell takes its row's or column's format as the base", () => {
    const sheet = new SheetPart(xml, "sheet");
    const mark = (ref: string) => {
      const m = /^([A-Z])(\d+)$/.exec(ref)!;
      sheet.setStyle(Number(m[2]) - 1, m[1].charCodeAt(0) - 65, (old) => 100 + old);
    };
    ["A1", "C2", "E2", "A5", "B6", "C9", "B4"].forEach(mark);
    const out = sheet.save();
    const root = parseXml(out, "out");
    const rows = children(child(root, "sheetData")!, "row").map((row) => [
      row.attributes.r ?? "",
      children(row, "c").map((c) => `${c.attributes.r ?? "?"}:${c.attributes.s ?? ""}`),
    ]);
    expect(rows).toEqual([
      ["1", ["A1:100"]],
      ["2", ["A2:1", "C2:104", "D2:", "E2:100"]],
      ["4", ["B4:104"]],
      ["5", ["A5:103"]],
      ["", ["?:", "?:102"]],
      ["9", ["C9:104"]],
    ]);
    // The untouched cell keeps its bytes.
    expect(out).toContain(`<c r="A2" s="1"><v>1</v></c>`);
  });
});
