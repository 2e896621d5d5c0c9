import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { noteBlock } from "../../src/core/noteBlock";
import { SEEDS_DIR } from "../support/seeds";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const seed = (name: string) => path.join(SEEDS_DIR, name);
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-check-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("breakdown-check on the command line", () => {
  test("text output names the tables it recognized and the real mistake; exit 1 for an error finding", async () => {
    const { code, stdout, stderr } = await run([seed("yongchuan.xlsx")]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toContain("表 附件1!A4:G32 研发投入任务分解 (万元)：27 个单位，合计行 32");
    expect(stdout).toContain(
      "错误 附件1!G32 [sum-mismatch] 2027年合计600000，但各单位之和为600001，相差-1"
    );
  });

  test("exit 0 for workbooks without error findings (北碚's not-doubled units are warnings)", async () => {
    const { code, stdout } = await run([seed("beibei.xlsx"), seed("liangping.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/错误 附件/);
    expect(stdout).toContain("警告 附件!E24 [not-doubled]");
    expect(stdout).toContain("共检查 1 张表：错误 0 处，警告 0 处，提示 2 处");
  });

  test("--format json prints one document in the contract's shape and nothing else", async () => {
    const { code, stdout } = await run([seed("yongchuan.xlsx"), "--format", "json"]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(["files"]);
    const [file] = doc.files;
    expect(file.file).toBe(seed("yongchuan.xlsx"));
    expect(file.error).toBeNull();
    expect(Object.keys(file.tables[0])).toEqual(
      expect.arrayContaining([
        "sheet",
        "range",
        "title",
        "indicators",
        "unitOfMeasure",
        "labelColumn",
        "unitRows",
        "totalRows",
        "subtotalRows",
        "periods",
        "sums",
      ])
    );
    expect(file.findings[0]).toMatchObject({
      rule: "sum-mismatch",
      severity: "error",
      sheet: "附件1",
      cell: "G32",
      expected: 600001,
      actual: 600000,
    });
    expect(Object.keys(file.findings[0])).toEqual(
      expect.arrayContaining(["rule", "severity", "sheet", "cell", "expected", "actual", "message"])
    );
  });

  test("--lang en-US gives English messages", async () => {
    const { stdout } = await run([seed("yongchuan.xlsx"), "--lang", "en-US"]);
    expect(stdout).toContain(
      "2027年 合计 is 600000 but its units add up to 600001 (difference -1)"
    );
  });

  test("unreadable files get a one-line reason and exit 2, while the other files are still checked", async () => {
    const textFile = path.join(tmp, "notes.xlsx");
    await fs.writeFile(textFile, "序号,单位,2025年\n1,中山路街道,709\n");
    const truncated = path.join(tmp, "truncated.xlsx");
    const bytes = await fs.readFile(seed("beibei.xlsx"));
    await fs.writeFile(truncated, bytes.subarray(0, 2000));
    const encrypted = path.join(tmp, "locked.xlsx");
    // An OLE compound file holding an EncryptionInfo stream is how Excel stores a password-protected .xlsx.
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(ole, 1024);
    await fs.writeFile(encrypted, ole);
    const missing = path.join(tmp, "missing.xlsx");

    const { code, stdout, stderr } = await run([
      textFile,
      truncated,
      encrypted,
      missing,
      seed("yongchuan.xlsx"),
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringContaining("notes.xlsx: 不是可识别的工作簿"),
      expect.stringContaining("truncated.xlsx: 文件已损坏"),
      expect.stringContaining("locked.xlsx: 工作簿设有打开密码"),
      expect.stringContaining("missing.xlsx: 文件不存在"),
    ]);
    const doc = JSON.parse(stdout);
    expect(doc.files.map((f: { error: string | null }) => f.error === null)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(doc.files[4].findings).toContainEqual(
      expect.objectContaining({ rule: "sum-mismatch", cell: "G32" })
    );
  });

  test("wrong arguments exit 2 with the usage", async () => {
    expect((await run([])).code).toBe(2);
    const bad = await run([seed("beibei.xlsx"), "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format 只能是 text 或 json");
    expect((await run([seed("beibei.xlsx"), "--bogus"])).code).toBe(2);
  });
});

describe("--targets and --as-of", () => {
  const writeJson = async (name: string, content: string) => {
    const file = path.join(tmp, name);
    await fs.writeFile(file, content);
    return file;
  };

  test("a targets file is merged with the 目标 sheet; the JSON lists every target's outcome", async () => {
    const targets = await writeJson(
      "targets.json",
      JSON.stringify({
        targets: [{ indicator: "科技型企业", period: "2026", op: "不低于", value: 2700 }],
        sentences: ["到2027年，全区全社会研发经费投入突破60亿元"],
      })
    );
    const { code, stdout } = await run([
      seed("yongchuan.xlsx"),
      "--targets",
      targets,
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings).toContainEqual(
      expect.objectContaining({
        rule: "target-not-met",
        sheet: "附件3",
        cell: "G32",
        expected: 2700,
        actual: 2640,
        message: "2026年合计2640，未达到计划目标“不低于2700”",
      })
    );
    expect(file.targets).toContainEqual(
      expect.objectContaining({
        indicator: "科技型企业",
        period: "2026",
        op: ">=",
        value: 2700,
        status: "not-met",
        sheet: "附件3",
        cell: "G32",
      })
    );
    expect(file.targets).toContainEqual(
      expect.objectContaining({ indicator: "研发经费投入", unit: "亿元", status: "not-met" })
    );
  });

  test.each([
    ["bad.json", "{ targets: ", "不是有效的 JSON"],
    [
      "shape.json",
      '{"targets":[{"indicator":"a","period":"2025","op":"约","value":1}]}',
      "无法识别的条件",
    ],
  ])(
    "a bad targets file (%s) exits 2 with one line and checks nothing",
    async (name, content, reason) => {
      const file = await writeJson(name, content);
      const { code, stdout, stderr } = await run([seed("yongchuan.xlsx"), "--targets", file]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toEqual([expect.stringContaining(`目标文件 ${file}：`)]);
      expect(stderr).toContain(reason);
    }
  );

  test("a missing targets file exits 2", async () => {
    const { code, stderr } = await run([
      seed("yongchuan.xlsx"),
      "--targets",
      path.join(tmp, "no.json"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("文件不存在");
  });

  test.each(["2024-13-01", "2024-02-30", "June", "2024/06/30"])(
    "--as-of %s is refused (exit 2)",
    async (date) => {
      const { code, stderr } = await run([seed("yongchuan.xlsx"), "--as-of", date]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--as-of 应为 YYYY-MM-DD 格式的日期（收到 ${date}）`);
    }
  );

  test("--as-of dates a progress bulletin: behind-schedule warnings with their traffic light", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("通报");
    [
      ["2024年科技型企业培育情况", null, null],
      ["单位", "2024年目标", "完成数"],
      ["中山路街道", 100, 40],
      ["胜利路街道", 80, 60],
      ["南大街街道", 50, 5],
      ["合计", 230, 105],
    ].forEach((r) => ws.addRow(r));
    const input = path.join(tmp, "bulletin.xlsx");
    await wb.xlsx.writeFile(input);

    const undated = await run([input]);
    expect(undated.code).toBe(0);
    expect(undated.stdout).toContain(
      "[behind-schedule] 本表有完成数列，但标题和表头中没有截至日期"
    );

    const { code, stdout } = await run([input, "--as-of", "2024-06-30", "--format", "json"]);
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings.map((f: { cell: string; light: string }) => [f.cell, f.light])).toEqual([
      ["C3", "yellow"],
      ["C5", "red"],
    ]);
    expect(file.findings[0].message).toBe(
      "中山路街道完成率40.0%，低于时序进度50.0%（落后10.0个百分点）"
    );
  });
});

describe("--out writes annotated copies and never touches a user's cell", () => {
  test("fills and notes on flagged cells, a 校验结果 sheet, every value/formula/number format unchanged, input untouched", async () => {
    const input = path.join(tmp, "永川.xlsx");
    await fs.copyFile(seed("yongchuan.xlsx"), input);
    // Give the copy a formula, a number format and a user fill, to prove they survive.
    const prepared = new ExcelJS.Workbook();
    await prepared.xlsx.readFile(input);
    const sheet1 = prepared.getWorksheet("附件1")!;
    sheet1.getCell("C32").value = { formula: "SUM(C5:C31)", result: 367246 };
    sheet1.getCell("D5").numFmt = "#,##0";
    sheet1.getCell("B5").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    };
    await prepared.xlsx.writeFile(input);
    const before = await fs.readFile(input);

    const out = path.join(tmp, "out");
    const { code, stdout } = await run([input, "--out", out]);
    expect(code).toBe(1);
    expect(stdout).toContain(path.join(out, "永川.checked.xlsx"));
    expect(await fs.readFile(input)).toEqual(before);

    const original = new ExcelJS.Workbook();
    await original.xlsx.load(before as unknown as ExcelJS.Buffer);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(path.join(out, "永川.checked.xlsx"));

    const flaggedCells = new Set<string>();
    // Below the summary and the header row (row 11); each 单元格 is a link showing the address.
    annotated.getWorksheet("校验结果")!.eachRow((row, r) => {
      if (r > 11) flaggedCells.add(`${row.getCell(1).value}!${row.getCell(2).text}`);
    });
    expect(flaggedCells).toContain("附件1!G32");
    let compared = 0;
    original.eachSheet((ws) => {
      const copy = annotated.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const twin = copy.getCell(r, c);
          expect([ws.name, cell.address, twin.value]).toEqual([ws.name, cell.address, cell.value]);
          expect([ws.name, cell.address, twin.numFmt]).toEqual([
            ws.name,
            cell.address,
            cell.numFmt,
          ]);
          if (!flaggedCells.has(`${ws.name}!${cell.address}`)) expect(twin.fill).toEqual(cell.fill);
          compared++;
        })
      );
    });
    expect(compared).toBeGreaterThan(400);

    const flagged = annotated.getWorksheet("附件1")!.getCell("G32");
    expect(flagged.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    // Our words in the note are the add-in's delimited block (src/core/noteBlock.ts), as in Excel.
    const note = flagged.note as ExcelJS.Comment;
    expect(note.texts!.map((t) => t.text).join("")).toBe(
      noteBlock([
        "2027年合计600000，但各单位之和为600001，相差-1",
        "2027年合计600000，未达到计划目标“突破600000”（依据：到2027年，全区全社会研发经费投入突破60亿元，高新技术企业总数超过600家，科技型企业总数超过3000家）",
      ])
    );
    // The fill must not have spread to cells that shared G32's style.
    expect(annotated.getWorksheet("附件1")!.getCell("F32").fill).toEqual(
      original.getWorksheet("附件1")!.getCell("F32").fill
    );

    const results = annotated.getWorksheet("校验结果")!;
    expect(results.getCell("A1").value).toBe("分解表校验结果");
    expect(results.getRow(11).values).toEqual([
      undefined,
      "工作表",
      "单元格",
      "规则",
      "级别",
      "应为",
      "实为",
      "相差",
      "说明",
    ]);
    expect(results.getRow(12).values).toEqual([
      undefined,
      "附件1",
      { formula: `HYPERLINK("#'附件1'!G32","G32")`, result: "G32" },
      "合计与分项不符",
      "错误",
      "600001",
      "600000",
      "-1",
      "2027年合计600000，但各单位之和为600001，相差-1",
    ]);
  });

  test("text that looks like a formula stays text in the 校验结果 sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("附件");
    [
      ["序号", "单位", "2025年"],
      [1, '=HYPERLINK("http://x","y")', 1],
      [2, "b", 2],
      [null, "合计", 4],
    ].forEach((r) => ws.addRow(r));
    const input = path.join(tmp, "hostile.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp, "out2");
    await run([input, "--out", out]);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(path.join(out, "hostile.checked.xlsx"));
    const results = annotated.getWorksheet("校验结果")!;
    // The only formulas are the add-in's own links, built from a sheet name and an address.
    for (let r = 1; r <= results.rowCount; r++)
      results.getRow(r).eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          expect(cell.formula).toMatch(/^HYPERLINK\("#'附件'![A-Z]+\d+","[A-Z]+\d+"\)$/);
      });
    expect(annotated.getWorksheet("附件")!.getCell("B2").value).toBe('=HYPERLINK("http://x","y")');
  });
});
