/**
 * `--plan 方案.txt|.docx`: the five plan documents as published text (UTF-8, with a BOM, GBK) and as .docx built here
 * from that text give their headline targets; those targets feed target-not-met and not-doubled as the 目标 sheet
 * does; stated targets win; a file that is no plan is refused in one line.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { strToU8, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { docxOf } from "../support/docxBuilder";
import {
  EXPECTED_PLAN_TARGETS,
  PLAN_SEEDS,
  PLAN_SEEDS_ABSENT,
  planSeedsPresent,
  planSeedText,
  targetLine,
  type District,
} from "../support/planSeeds";
import { SEEDS_DIR } from "../support/seeds";
import type { PlanTarget } from "../../src/core/model";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-check-plan-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(tmp, name);
  await fs.writeFile(file, bytes);
  return file;
}

/** A seed workbook with its 目标 sheet taken out: only the plan states targets. */
async function withoutTargetSheet(seed: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(SEEDS_DIR, seed));
  book.removeWorksheet(book.getWorksheet("目标")!.id);
  const file = path.join(tmp, `no-targets-${seed}`);
  await book.xlsx.writeFile(file);
  return file;
}

const jsonTargets = (stdout: string) =>
  (JSON.parse(stdout).plan.targets as PlanTarget[]).map(targetLine);

const describeSeeds = planSeedsPresent ? describe : describe.skip;
if (!planSeedsPresent) console.warn(PLAN_SEEDS_ABSENT);

describeSeeds("the five plan documents, as text and as .docx", () => {
  const districts = Object.keys(PLAN_SEEDS) as District[];

  test.each(districts)("%s.txt", async (district) => {
    const file = await write(`${district}.txt`, planSeedText(district));
    const { code, stdout, stderr } = await run(["--plan", file, "--format", "json"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(jsonTargets(stdout)).toEqual(EXPECTED_PLAN_TARGETS[district]);
  });

  test.each(districts)("%s.docx, built from that text", async (district) => {
    const file = await write(`${district}.docx`, docxOf(planSeedText(district)));
    const { code, stdout, stderr } = await run(["--plan", file, "--format", "json"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(jsonTargets(stdout)).toEqual(EXPECTED_PLAN_TARGETS[district]);
  });

  test.each([
    [
      "UTF-8 with a byte-order mark",
      (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ],
    ["GBK", (text: string) => iconv.encode(text, "gbk")],
    ["GB18030", (text: string) => iconv.encode(text, "gb18030")],
  ])("江津 as %s text", async (_, encode) => {
    const file = await write("江津-encoded.txt", new Uint8Array(encode(planSeedText("江津"))));
    const { code, stdout } = await run(["--plan", file, "--format", "json"]);
    expect(code).toBe(0);
    expect(jsonTargets(stdout)).toEqual(EXPECTED_PLAN_TARGETS.江津);
  });

  test("the text report shows each target under its sentence, and what was left out with the reason", async () => {
    const file = await write("北碚.txt", planSeedText("北碚"));
    const { code, stdout } = await run(["--plan", file]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`== 方案 ${file} 的目标（“目标要求”部分，7 条）：`);
    expect(lines.slice(1, 4)).toEqual([
      "   原文：到2025年，全区国家高新技术企业超过470家、市级科技型企业超过4500家",
      "      国家高新技术企业2025年超过470家",
      "      市级科技型企业2025年超过4500家",
    ]);
    expect(stdout).toContain("      国家高新技术企业到2027年在2022年基础上翻番\n");
    expect(stdout).toContain("   未作为目标（6 处）：\n");
    expect(stdout).toContain(
      "      到2027年，聚集企业200家，实现产值300亿元以上：属于园区或产业（培育发展智能传感器产业）的目标，不是全区总数，不与分解表的合计比较\n"
    );
    expect(stdout).toContain(
      "      万人有效发明专利拥有量达到45件：是比率、占比、增速或人均量，不能与分解表的合计比较\n"
    );
    expect(stdout).not.toMatch(/产值2027年/);
  });

  test("the plan's targets feed target-not-met and not-doubled as the 目标 sheet's do", async () => {
    for (const [seed, district] of [
      ["yongchuan.xlsx", "永川"],
      ["beibei.xlsx", "北碚"],
    ] as const) {
      const plan = await write(`${district}.docx`, docxOf(planSeedText(district)));
      const judged = (stdout: string) =>
        (
          JSON.parse(stdout).files[0].findings as {
            rule: string;
            severity: string;
            cell: string;
            sheet: string;
          }[]
        )
          .filter((f) => /target-not-met|not-doubled/.test(f.rule) && f.severity !== "info")
          .map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
      const bySheet = await run([path.join(SEEDS_DIR, seed), "--format", "json"]);
      const byPlan = await run([
        await withoutTargetSheet(seed),
        "--plan",
        plan,
        "--format",
        "json",
      ]);
      expect(judged(bySheet.stdout).length).toBeGreaterThan(0);
      expect(judged(byPlan.stdout)).toEqual(judged(bySheet.stdout));
      expect(byPlan.code).toBe(bySheet.code);
    }
    const plan = await write("永川.txt", planSeedText("永川"));
    const { stdout } = await run([await withoutTargetSheet("yongchuan.xlsx"), "--plan", plan]);
    expect(stdout).toMatch(
      /错误 附件2!F\d+ \[target-not-met\] 2025年合计420，未达到计划目标“超过420家”/
    );
  });

  test("stated targets win: --targets and the 目标 sheet supersede the plan's of the same indicator and year", async () => {
    const plan = await write("永川.txt", planSeedText("永川"));
    const targets = await write(
      "targets.json",
      JSON.stringify({
        targets: [{ indicator: "高新技术企业", period: "2025", op: ">=", value: 400 }],
      })
    );
    const bare = await withoutTargetSheet("yongchuan.xlsx");
    const { stdout } = await run([bare, "--plan", plan, "--targets", targets, "--format", "json"]);
    const doc = JSON.parse(stdout);
    const file = doc.files[0];
    expect(
      file.findings.map((f: { rule: string; message: string }) => f.message)
    ).not.toContainEqual(expect.stringMatching(/未达到计划目标“超过420家”/));
    expect(
      file.targets
        .filter(
          (t: { indicator: string; period: string }) =>
            t.indicator === "高新技术企业" && t.period === "2025"
        )
        .map((t: { value: number }) => t.value)
    ).toEqual([400]);
    expect(doc.plan.unused).toEqual([
      {
        file: bare,
        targets: [
          expect.objectContaining({ indicator: "高新技术企业", period: "2025", value: 420 }),
        ],
      },
    ]);

    // The workbook's own 目标 sheet states all six: the plan's are not checked twice, and the report says so.
    const withSheet = await run([path.join(SEEDS_DIR, "yongchuan.xlsx"), "--plan", plan]);
    expect(withSheet.stdout).toContain(
      `${path.join(SEEDS_DIR, "yongchuan.xlsx")}: 方案中的 研发经费投入2025年突破46亿元、高新技术企业2025年超过420家、科技型企业2025年超过2100家、研发经费投入2027年突破60亿元、高新技术企业2027年超过600家、科技型企业2027年超过3000家 未使用：目标表或 --targets 已有同一指标、同一年份的目标`
    );
  });
});

describe("a --plan file that is no plan is refused in one line, exit 2", () => {
  const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  test.each([
    [
      "方案.doc",
      cfb,
      "是旧版 Word（.doc）或 WPS 文件，无法直接读取：请在 Word 或 WPS 中另存为 .docx 或 .txt",
    ],
    ["方案.pdf", strToU8("%PDF-1.7\n..."), "是 PDF 文件，无法读取其中的文字"],
    ["方案.docx", zipSync({ "a.txt": strToU8("x") }), "是 zip 压缩包，但不是 Word 文档（.docx）"],
    [
      "坏.docx",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      "Word 文档（.docx）已损坏或不完整，无法读取",
    ],
    ["图.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "不是文本文件或 Word 文档"],
    ["空.txt", strToU8("  \n\n"), "文件中没有文字"],
    [
      "无目标.txt",
      strToU8("一、总体要求\n坚持创新驱动。\n二、重点任务\n加快建设科技创新中心。"),
      "未识别出目标",
    ],
  ])("%s", async (name, bytes, reason) => {
    const file = await write(name, bytes);
    const { code, stdout, stderr } = await run([
      path.join(SEEDS_DIR, "yongchuan.xlsx"),
      "--plan",
      file,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain(`breakdown-check: 方案 ${file}：`);
    expect(stderr).toContain(reason);
  });

  test("a missing file, and the reasons in English with --lang en-US", async () => {
    const missing = path.join(tmp, "none.docx");
    const zh = await run(["--plan", missing]);
    expect(zh).toEqual({
      code: 2,
      stdout: "",
      stderr: `breakdown-check: 方案 ${missing}：文件不存在\n`,
    });
    const doc = await write("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const en = await run(["--plan", doc, "--lang", "en-US"]);
    expect(en.stderr).toBe(
      `breakdown-check: plan ${doc}: an old Word (.doc) or WPS file, which cannot be read: save it as .docx or .txt in Word or WPS\n`
    );
  });
});
