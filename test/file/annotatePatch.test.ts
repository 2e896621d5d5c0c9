/**
 * The annotated copy patches the original package: a feature-rich .xlsm (test/file/patchFixture.ts) keeps every
 * part byte for byte apart from the touched ones, and the touched ones hold exactly the intended changes.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { checkWorkbook } from "../../src/core/check";
import { reportWords } from "../../src/i18n";
import { planMarks, RESULTS_SHEET_NAME } from "../../src/core/marks";
import { noteBlock } from "../../src/core/noteBlock";
import { NOTE_AUTHOR } from "../../src/file/patch/notes";
import { child, children, parseXml, type XmlElement } from "../../src/file/patch/xmlTree";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";
import { annotateWorkbook } from "../../src/file/writeAnnotated";
import { featureRichWorkbook, USER_NOTE_AUTHOR, USER_NOTE_RUNS } from "./patchFixture";

const unzip = (bytes: Uint8Array) => unzipSync(bytes);
const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]);

async function annotated(original: Uint8Array) {
  const { grid } = await readWorkbookBytes(original);
  const report = checkWorkbook(grid);
  const plan = planMarks(report, reportWords());
  const copy = annotateWorkbook(original, plan);
  return { report, plan, copy, before: unzip(original), after: unzip(copy.bytes) };
}

let rich: Awaited<ReturnType<typeof annotated>>;
beforeAll(async () => {
  rich = await annotated(featureRichWorkbook());
});

const TOUCHED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
];

/** The raw text of an element. */
const raw = (xml: string, e: XmlElement) => xml.slice(e.start, e.end);

describe("a feature-rich workbook, part by part", () => {
  test("the check marks the wrong 合计 and two falling targets (the fixture does what it should)", () => {
    expect(rich.plan.cells.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual([
      "附件1!G5",
      "附件1!G6",
      "附件1!G8",
    ]);
  });

  test("every part the marks do not touch keeps its bytes; only our results sheet is new", () => {
    const { before, after } = rich;
    const untouched = Object.keys(before).filter((name) => !TOUCHED.includes(name));
    // Charts, the chart sheet, drawings, the image, threaded comments, persons, the table, the macro sheet, the
    // VBA project, custom XML, the theme, shared strings, the other sheets and every rels part but the workbook's.
    expect(untouched).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/chartsheets/sheet1.xml",
        "xl/drawings/drawing1.xml",
        "xl/media/image1.png",
        "xl/threadedComments/threadedComment1.xml",
        "xl/tables/table1.xml",
        "xl/macrosheets/sheet1.xml",
        "xl/vbaProject.bin",
        "customXml/item1.xml",
        "xl/sharedStrings.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
      ])
    );
    for (const name of untouched)
      expect([name, Buffer.from(after[name])]).toEqual([name, Buffer.from(before[name])]);
    for (const name of TOUCHED)
      expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([
        name,
        false,
      ]);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual([
      "xl/worksheets/sheet3.xml",
    ]);
    expect(rich.copy.macroEnabled).toBe(true);
    expect(rich.copy.unplaced).toEqual([]);
  });

  test("the sheet: only the marked cells' style index changed; sparklines, validations, links, protection keep their bytes", () => {
    const was = text(rich.before, "xl/worksheets/sheet1.xml");
    const now = text(rich.after, "xl/worksheets/sheet1.xml");
    const a = parseXml(was, "before");
    const b = parseXml(now, "after");
    const dataA = child(a, "sheetData")!;
    const dataB = child(b, "sheetData")!;
    expect(now.slice(0, dataB.start)).toBe(was.slice(0, dataA.start));
    expect(now.slice(dataB.end)).toBe(was.slice(dataA.end));
    expect(now.slice(dataB.end)).toContain("x14:sparklineGroups");
    const marked = new Set(rich.plan.cells.map((c) => c.cell));
    const cellsA = children(dataA, "row").flatMap((row) => children(row, "c"));
    const cellsB = children(dataB, "row").flatMap((row) => children(row, "c"));
    expect(cellsB.map((c) => c.attributes.r)).toEqual(cellsA.map((c) => c.attributes.r));
    const styles = parseXml(text(rich.after, "xl/styles.xml"), "styles");
    const xfs = children(child(styles, "cellXfs")!, "xf");
    const fills = children(child(styles, "fills")!, "fill");
    cellsA.forEach((cellA, i) => {
      const cellB = cellsB[i];
      const ref = cellA.attributes.r;
      if (!marked.has(ref)) {
        expect([ref, raw(now, cellB)]).toEqual([ref, raw(was, cellA)]);
        return;
      }
      const { s: oldS, ...rest } = cellA.attributes;
      const { s: newS, ...restB } = cellB.attributes;
      expect(restB).toEqual(rest);
      expect(now.slice(cellB.openEnd, cellB.end)).toBe(was.slice(cellA.openEnd, cellA.end));
      // The new format is the old one with our fill.
      const oldXf = xfs[Number(oldS ?? 0)];
      const newXf = xfs[Number(newS)];
      expect(Number(newS)).toBeGreaterThanOrEqual(3);
      expect({ ...newXf.attributes, fillId: "", applyFill: "" }).toEqual({
        ...oldXf.attributes,
        fillId: "",
        applyFill: "",
      });
      const rgb = child(child(fills[Number(newXf.attributes.fillId)], "patternFill")!, "fgColor")!
        .attributes.rgb;
      const mark = rich.plan.cells.find((c) => c.cell === ref)!;
      expect(rgb).toBe(`FF${mark.fill.slice(1).toUpperCase()}`);
    });
  });

  test("styles.xml: existing entries untouched, ours appended, counts right", () => {
    const was = text(rich.before, "xl/styles.xml");
    const now = text(rich.after, "xl/styles.xml");
    const a = parseXml(was, "before");
    const b = parseXml(now, "after");
    for (const list of ["numFmts", "borders", "cellStyleXfs", "cellStyles", "dxfs", "tableStyles"])
      expect([list, raw(now, child(b, list)!)]).toEqual([list, raw(was, child(a, list)!)]);
    for (const [list, item] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["cellXfs", "xf"],
    ]) {
      const old = children(child(a, list)!, item);
      const all = children(child(b, list)!, item);
      expect(all.slice(0, old.length).map((e) => raw(now, e))).toEqual(old.map((e) => raw(was, e)));
      expect(child(b, list)!.attributes.count).toBe(String(all.length));
    }
  });

  test("notes: the user's note keeps its runs and author, ours follows in a run of its own; new notes are ours", () => {
    const was = text(rich.before, "xl/comments1.xml");
    const now = text(rich.after, "xl/comments1.xml");
    const a = parseXml(was, "before");
    const b = parseXml(now, "after");
    const authorsA = children(child(a, "authors")!, "author").map((e) => e.text);
    const authorsB = children(child(b, "authors")!, "author").map((e) => e.text);
    expect(authorsB).toEqual([...authorsA, NOTE_AUTHOR]);
    const comments = (root: XmlElement) => children(child(root, "commentList")!, "comment");
    const byRef = (root: XmlElement, ref: string) =>
      comments(root).find((c) => c.attributes.ref === ref)!;
    // B5 (a plain note) and C5 (a threaded comment's placeholder) are not marked: byte for byte.
    for (const ref of ["B5", "C5"]) expect(raw(now, byRef(b, ref))).toBe(raw(was, byRef(a, ref)));
    const g8a = byRef(a, "G8");
    const g8b = byRef(b, "G8");
    expect(g8b.attributes).toEqual(g8a.attributes);
    expect(authorsB[Number(g8b.attributes.authorId)]).toBe(USER_NOTE_AUTHOR);
    const runsA = children(child(g8a, "text")!, "r");
    const runsB = children(child(g8b, "text")!, "r");
    expect(runsB.slice(0, runsA.length).map((r) => raw(now, r))).toEqual(
      runsA.map((r) => raw(was, r))
    );
    expect(runsA.map((r) => child(r, "t")!.text)).toEqual(USER_NOTE_RUNS);
    const g8 = rich.plan.cells.find((c) => c.cell === "G8")!;
    expect(runsB.slice(runsA.length).map((r) => child(r, "t")!.text)).toEqual([
      `\n${noteBlock([g8.note])}`,
    ]);
    for (const ref of ["G5", "G6"]) {
      const comment = byRef(b, ref);
      expect(authorsB[Number(comment.attributes.authorId)]).toBe(NOTE_AUTHOR);
      const mark = rich.plan.cells.find((c) => c.cell === ref)!;
      expect(
        children(child(comment, "text")!, "r")
          .map((r) => child(r, "t")!.text)
          .join("")
      ).toBe(noteBlock([mark.note]));
    }
    expect(rich.copy.notes).toEqual({ joined: 1, added: 2, full: 0 });
  });

  test("the VML drawing keeps its shapes and gains one hidden note shape per new note", () => {
    const was = text(rich.before, "xl/drawings/vmlDrawing1.vml");
    const now = text(rich.after, "xl/drawings/vmlDrawing1.vml");
    const end = was.lastIndexOf("</xml>");
    expect(now.slice(0, end)).toBe(was.slice(0, end));
    expect(now.endsWith("</xml>")).toBe(true);
    const shapes = children(parseXml(now, "vml"), "shape");
    const ids = shapes.map((s) => s.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const notes = shapes.map((s) => {
      const data = child(s, "ClientData")!;
      return `${child(data, "Row")!.text},${child(data, "Column")!.text}`;
    });
    expect(notes).toEqual(["7,6", "4,1", "4,2", "4,6", "5,6"]);
  });

  test("workbook.xml, its rels and the content types: our sheet added, nothing else changed", () => {
    const was = text(rich.before, "xl/workbook.xml");
    const now = text(rich.after, "xl/workbook.xml");
    const entry = `<sheet name="校验结果" sheetId="6" r:id="rId11"/>`;
    expect(now.replace(entry, "")).toBe(was);
    expect(now).toContain(`${entry}</sheets>`);
    const rels = text(rich.after, "xl/_rels/workbook.xml.rels");
    expect(rels.replace(/<Relationship Id="rId11"[^>]*\/>/, "")).toBe(
      text(rich.before, "xl/_rels/workbook.xml.rels")
    );
    expect(rels).toContain('Target="worksheets/sheet3.xml"');
    const types = text(rich.after, "[Content_Types].xml");
    expect(types.replace(/<Override PartName="\/xl\/worksheets\/sheet3.xml"[^>]*\/>/, "")).toBe(
      text(rich.before, "[Content_Types].xml")
    );
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test("the results sheet: the core's rows as inline strings, links as HYPERLINK formulas; sharedStrings untouched", () => {
    const sheet = text(rich.after, "xl/worksheets/sheet3.xml");
    const root = parseXml(sheet, "results");
    const cells = children(child(root, "sheetData")!, "row").flatMap((row) => children(row, "c"));
    expect(cells.some((c) => c.attributes.t === "s")).toBe(false);
    const shown = new Map(
      cells.map((c) => [
        c.attributes.r,
        c.attributes.t === "str"
          ? child(c, "v")!.text
          : c.attributes.t === "inlineStr"
            ? child(child(c, "is")!, "t")!.text
            : "",
      ])
    );
    rich.plan.layout.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        expect([address, shown.get(address) ?? ""]).toEqual([address, value]);
      })
    );
    const links = cells.filter((c) => child(c, "f"));
    expect(links.map((c) => child(c, "f")!.text)).toEqual(
      rich.plan.layout.links.map((l) => `HYPERLINK("#${l.reference}","${l.text}")`)
    );
  });

  test("the copy opens in ExcelJS: values kept, fills and notes on the marked cells, the results sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(rich.copy.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("附件1")!;
    expect(sheet.getCell("G8").value).toBe(369999);
    expect((sheet.getCell("G8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(sheet.getCell("G8").numFmt).toBe("#,##0");
    // F8 shared G8's format: it keeps its own fill.
    expect((sheet.getCell("F8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
    const note = sheet.getCell("G8").note as ExcelJS.Comment;
    expect(note.texts!.map((t) => t.text).join("")).toContain(USER_NOTE_RUNS[1]);
    expect(workbook.getWorksheet(RESULTS_SHEET_NAME)!.getCell("A1").value).toBe("分解表校验结果");
  });
});

function soffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter))
    if (existsSync(path.join(dir, "soffice"))) return path.join(dir, "soffice");
  return null;
}

describe("LibreOffice opens the copy", () => {
  const binary = soffice();
  if (!binary && process.env.CI !== "true") {
    test.skip("soffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc-nogui); skipped outside CI", () => {});
    return;
  }
  test("headless convert to CSV succeeds, every sheet, with our results sheet and the user's values", async () => {
    if (!binary) throw new Error("CI=true but soffice is missing: install libreoffice-calc-nogui");
    const dir = mkdtempSync(path.join(os.tmpdir(), "patch-lo-"));
    try {
      const input = path.join(dir, "rich.checked.xlsm");
      writeFileSync(input, rich.copy.bytes);
      await new Promise<void>((resolve, reject) =>
        execFile(
          binary,
          [
            "--headless",
            "--norestore",
            `-env:UserInstallation=file://${path.join(dir, "profile")}`,
            "--convert-to",
            // UTF-8, every sheet to its own file (sheet -1).
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            dir,
            input,
          ],
          { timeout: 170_000 },
          (error) => (error ? reject(error) : resolve())
        )
      );
      const csv = readdirSync(dir).filter((f) => f.endsWith(".csv"));
      const sheet = (name: string) =>
        readFileSync(
          path.join(
            dir,
            csv.find((f) => f.includes(name))!
          ),
          "utf8"
        );
      expect(sheet("附件1")).toContain("合计,505100,580900,644900,738400,369999");
      const results = sheet(RESULTS_SHEET_NAME);
      expect(results).toContain("分解表校验结果");
      expect(results).toContain("附件1,G8,合计与分项不符,错误,370000,369999,-1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
