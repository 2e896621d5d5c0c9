import { notDoubled } from "../../../src/core/checks/not-doubled";
import { targetNotMet } from "../../../src/core/checks/target-not-met";
import type { SheetGrid } from "../../../src/core/grid";
import type { Finding, PlanTarget } from "../../../src/core/model";
import type { Locale } from "../../../src/i18n";
import { readTargetSheet } from "../../../src/core/targets/targetSheet";
import { sheetOf, yongchuanLike } from "../../support/gridBuilder";
import { runRule } from "../../support/rules";
import { seedGrid } from "../../support/seeds";

function targetFindings(sheets: SheetGrid[], targets: PlanTarget[], locale: Locale = "zh-CN") {
  return sheets.flatMap((sheet) => runRule([targetNotMet, notDoubled], sheet, locale, { targets }));
}

describe("not-doubled", () => {
  test("北碚: the units below twice their 2022 value, and the total (341 → 573 against 682)", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const { targets } = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!;
    const findings = targetFindings(grid.sheets, targets).filter((f) => f.rule === "not-doubled");
    const sheet = grid.sheets.find((s) => s.name === "附件")!;
    const unit = (f: Pick<Finding, "cell">) =>
      String(sheet.values[Number(f.cell.slice(1)) - 1][2] ?? "合计");
    const hightech = findings.filter((f) => f.cell.startsWith("E"));
    const techFirms = findings.filter((f) => f.cell.startsWith("L"));
    expect(hightech.map(unit)).toEqual([
      "天生街道",
      "北温泉街道",
      "龙凤桥街道",
      "蔡家岗街道",
      "水土街道",
      "复兴街道",
      "施家梁镇",
      "童家溪镇",
      "澄江镇",
      "合计",
    ]);
    expect(techFirms.map(unit)).toEqual([
      "北温泉街道",
      "蔡家岗街道",
      "水土街道",
      "复兴街道",
      "施家梁镇",
      "澄江镇",
      "天府镇",
      "金刀峡镇",
      "合计",
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(hightech[hightech.length - 1]).toMatchObject({
      cell: "E24",
      expected: 682,
      actual: 573,
      difference: -109,
      related: ["D24"],
      message: "合计高新技术企业2027年目标数573，低于2022年实际数341的两倍682（差109），未实现翻番",
    });
  });

  test("without a declared doubling goal there is no not-doubled finding", async () => {
    const grid = await seedGrid("beibei.xlsx");
    const targets = readTargetSheet(grid.sheets.find((s) => s.name === "目标")!)!.targets.filter(
      (t) => t.op !== "double"
    );
    expect(targetFindings(grid.sheets, targets)).toEqual([]);
  });

  test("a doubling goal whose base year the table lacks is an info", () => {
    const rows = yongchuanLike(
      [
        ["a", 1, 2],
        ["b", 3, 4],
      ],
      [4, 6]
    );
    const findings = targetFindings(
      [sheetOf("附件1", rows)],
      [{ indicator: "研发投入", period: "2024", op: "double", base: "2020" }]
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "not-doubled",
        severity: "info",
        message: "计划目标“研发投入到2024年在2020年基础上翻番”未作比较：本表没有基期2020年的列",
      }),
    ]);
  });
});
