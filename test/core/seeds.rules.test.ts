/**
 * Every rule over the bundled seed workbooks through checkWorkbook, as the CLI, the ribbon and the pane run it:
 * the real mistakes are found, the published targets are judged, and nothing else is said.
 */
import { checkWorkbook } from "../../src/core/check";
import type { SheetGrid } from "../../src/core/grid";
import type { Finding } from "../../src/core/model";
import { seedGrid } from "../support/seeds";
import { catalog, renderFinding } from "../../src/i18n";

const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.rule}:${f.severity}:${f.sheet}!${f.cell}`);

describe("all rules on the seeds", () => {
  test("永川: the 2027 sum, the repeated serial 25, and four strict targets the totals only equal", async () => {
    const report = checkWorkbook(await seedGrid("yongchuan.xlsx"));
    expect(brief(report.findings)).toEqual([
      "sum-mismatch:error:附件1!G32",
      "duplicate-serial:warning:附件1!A30",
      "target-not-met:error:附件1!G32",
      "target-not-met:error:附件2!F10",
      "target-not-met:error:附件2!H10",
      "target-not-met:error:附件3!H32",
    ]);
    expect(renderFinding(report.findings[3])).toBe(
      "2025年合计420，未达到计划目标“超过420”（依据：到2025年，全区全社会研发经费投入突破46亿元，高新技术企业总数超过420家，科技型企业总数超过2100家）"
    );
    expect(
      report.targets!.map((o) => `${o.target.indicator}${o.target.period}:${o.status}@${o.cell}`)
    ).toEqual([
      "研发投入2025:met@E32",
      "研发投入2027:not-met@G32",
      "高新技术企业2025:not-met@F10",
      "高新技术企业2027:not-met@H10",
      "科技型企业2025:met@F32",
      "科技型企业2027:not-met@H32",
    ]);
  });

  test("北碚: its 翻番 goals are not met by 9 + 8 units and by both totals; every other target is met", async () => {
    const report = checkWorkbook(await seedGrid("beibei.xlsx"));
    expect(report.findings.every((f) => f.rule === "not-doubled" && f.severity === "warning")).toBe(
      true
    );
    expect(report.findings.map((f) => f.cell)).toEqual([
      ..."7 9 10 12 13 14 15 16 18 24".split(" ").map((r) => `E${r}`),
      ..."9 12 13 14 15 18 20 23 24".split(" ").map((r) => `L${r}`),
    ]);
    expect(report.targets!.map((o) => o.status)).toEqual([
      "met",
      "met",
      "met",
      "met",
      "not-met",
      "not-met",
    ]);
  });

  test("梁平: no error or warning; its stock targets against additions (新增) are infos", async () => {
    const report = checkWorkbook(await seedGrid("liangping.xlsx"));
    expect(brief(report.findings)).toEqual([
      "target-not-met:info:附件!G40",
      "target-not-met:info:附件!L40",
    ]);
  });

  test("a clean table gives no finding at all: 永川 附件1 with its two slips corrected", async () => {
    const sheet = (await seedGrid("yongchuan.xlsx")).sheets.find((s) => s.name === "附件1")!;
    const values = sheet.values.map((row) => [...row]);
    values[29][0] = 26; // A30
    values[31][6] = 600001; // G32
    const fixed: SheetGrid = { ...sheet, values };
    expect(checkWorkbook({ sheets: [fixed] }).findings).toEqual([]);
  });

  test("--targets style options are merged with the 目标 sheet; the same target twice is checked once", async () => {
    const report = checkWorkbook(await seedGrid("yongchuan.xlsx"), {
      targets: [
        { indicator: "高新技术企业", period: "2025", op: ">", value: 420, verb: "超过" },
        { indicator: "科技型企业", period: "2026", op: ">=", value: 2700, verb: "不低于" },
        { indicator: "专精特新企业", period: "2025", op: ">", value: 8 },
      ],
    });
    expect(brief(report.findings.filter((f) => f.sheet === "附件3"))).toEqual([
      "target-not-met:error:附件3!H32",
      "target-not-met:error:附件3!G32",
    ]);
    expect(report.findings.filter((f) => f.cell === "F10")).toHaveLength(1);
    // A target no table carries, from options: no cell to point at, so only the report's targets say so.
    expect(report.targets![report.targets!.length - 1]).toMatchObject({
      status: "unchecked",
      reason: { kind: "no-table", indicator: "专精特新企业" },
    });
    expect(catalog().targets.reason(report.targets![report.targets!.length - 1].reason!)).toBe(
      "工作簿中没有标题或表头含“专精特新企业”的分解表"
    );
  });

  test("a target compared in one table is not reported as uncheckable by another table of its indicator", async () => {
    const grid = await seedGrid("yongchuan.xlsx");
    const bulletin: SheetGrid = {
      name: "通报",
      top: 0,
      left: 0,
      values: [
        ["2024年高新技术企业培育进度通报", null, null],
        ["单位", "2024年目标", "截至6月完成"],
        ["永川高新区管委会", 200, 120],
        ["三教产业促进中心", 38, 20],
        ["合计", 238, 140],
      ],
    };
    const report = checkWorkbook({ sheets: [...grid.sheets, bulletin] });
    expect(report.findings.filter((f) => f.sheet === "通报")).toEqual([]);
    const alone = checkWorkbook({
      sheets: [bulletin, grid.sheets.find((s) => s.name === "目标")!],
    });
    expect(alone.findings.filter((f) => f.sheet === "通报").map((f) => renderFinding(f))).toEqual([
      "计划目标“高新技术企业2025年超过420”未作比较：本表没有2025年的目标列",
      "计划目标“高新技术企业2027年超过600”未作比较：本表没有2027年的目标列",
    ]);
  });
});
