import { checkWorkbook } from "../../src/core/check";
import { checkRendered } from "../support/rules";
import { seedGrid } from "../support/seeds";

describe("the bundled seed workbooks", () => {
  test("永川: the 2027 total of 附件1 is the one real sum mistake (600001 against 600000)", async () => {
    const report = checkRendered(await seedGrid("yongchuan.xlsx"));
    expect(report.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual([
      "附件1!A4:G32",
      "附件2!A4:H10",
      "附件3!A4:H32",
    ]);
    // The other rules' findings on the seeds are in seeds.rules.test.ts.
    expect(report.findings.filter((f) => f.rule === "sum-mismatch")).toEqual([
      expect.objectContaining({
        rule: "sum-mismatch",
        severity: "error",
        sheet: "附件1",
        cell: "G32",
        expected: 600001,
        actual: 600000,
        difference: -1,
        message: "2027年合计600000，但各单位之和为600001，相差-1",
        related: ["G5:G31"],
      }),
    ]);
  });

  test("永川: tables, units, periods and sums as an officer reads them", async () => {
    const [rd, hightech, techFirms] = checkWorkbook(await seedGrid("yongchuan.xlsx")).tables;
    expect(rd).toMatchObject({
      title: "研发投入任务分解",
      unitOfMeasure: "万元",
      labelColumn: "B",
      totalRows: [32],
      subtotalRows: [],
    });
    expect(rd.unitRows).toHaveLength(27);
    expect(rd.periods.map((p) => `${p.column}:${p.period}:${p.kind}`)).toEqual([
      "C:2023:target",
      "D:2024:target",
      "E:2025:target",
      "F:2026:target",
      "G:2027:target",
    ]);
    expect(rd.sums).toEqual(
      ["C", "D", "E", "F", "G"].map((c) => ({ cell: `${c}32`, members: [`${c}5:${c}31`] }))
    );
    expect(hightech).toMatchObject({
      title: "高新技术企业培育目标任务分解",
      unitOfMeasure: "家",
      totalRows: [10],
      unitRows: [5, 6, 7, 8, 9],
    });
    expect(hightech.periods.map((p) => p.period)).toEqual([
      "2022",
      "2023",
      "2024",
      "2025",
      "2026",
      "2027",
    ]);
    // A bare year reads as a target (vocabulary.md): the sheet itself does not say 2022 is the plan's base
    // year, only the plan text does. 区招商投资局 has "/" there, which the sums pass over.
    expect(hightech.periods.map((p) => p.kind)).toEqual(Array(6).fill("target"));
    expect(hightech.sums).toEqual(
      "CDEFGH".split("").map((c) => ({ cell: `${c}10`, members: [`${c}5:${c}9`] }))
    );
    expect(techFirms).toMatchObject({ title: "科技型企业培育目标任务分解", totalRows: [32] });
    expect(techFirms.unitRows).toHaveLength(27);
    expect(techFirms.sums).toEqual(
      "CDEFGH".split("").map((c) => ({ cell: `${c}32`, members: [`${c}5:${c}31`] }))
    );
  });

  test("北碚: two indicator groups, categories merged down, serials restarting — and no false alarm", async () => {
    const report = checkWorkbook(await seedGrid("beibei.xlsx"));
    // Its declared 翻番 goals give not-doubled warnings (seeds.rules.test.ts); no error.
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const [table] = report.tables;
    expect(table.indicators).toEqual(["高新技术企业", "科技型企业"]);
    expect(table.labelColumn).toBe("C");
    expect(table.unitRows).toHaveLength(17);
    expect(
      table.periods.filter((p) => p.kind === "baseline").map((p) => `${p.indicator}:${p.period}`)
    ).toEqual(["高新技术企业:2022", "科技型企业:2022"]);
    // Every data column's 合计 over the 17 units (rows 7-17 A类, 18-23 B类); no total columns in this table.
    expect(table.totalRows).toEqual([24]);
    expect(table.subtotalRows).toEqual([]);
    expect(table.sums).toEqual(
      "DEFGHIJKLMNOPQ".split("").map((c) => ({ cell: `${c}24`, members: [`${c}7:${c}23`] }))
    );
  });

  test("梁平: the quarterly table with two groups and 合计 columns — no false alarm", async () => {
    const report = checkWorkbook(await seedGrid("liangping.xlsx"));
    // Only infos: its 目标 sheet's stock targets cannot be compared with the table's additions (新增).
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const [table] = report.tables;
    expect(table.unitRows).toHaveLength(34);
    expect(table.periods.map((p) => p.kind)).toEqual([
      ...Array(4).fill("target"),
      "total",
      ...Array(4).fill("target"),
      "total",
    ]);
    // The 合计 row over the 34 units in every column, and each 合计 column over its four quarters, every row.
    const rowTotals = "CDEFGHIJKL"
      .split("")
      .map((c) => ({ cell: `${c}40`, members: [`${c}6:${c}39`] }));
    const columnTotals = [
      ...Array.from({ length: 35 }, (_, i) => ({
        cell: `G${i + 6}`,
        members: [`C${i + 6}:F${i + 6}`],
      })),
      ...Array.from({ length: 35 }, (_, i) => ({
        cell: `L${i + 6}`,
        members: [`H${i + 6}:K${i + 6}`],
      })),
    ];
    expect(table.sums).toEqual([...rowTotals, ...columnTotals]);
    expect(table.periods.map((p) => p.period)).toEqual([
      ..."1234".split("").map((q) => `2024Q${q}`),
      "2024",
      ..."1234".split("").map((q) => `2024Q${q}`),
      "2024",
    ]);
  });

  test("the 目标 sheets are not mistaken for breakdown tables", async () => {
    for (const file of ["yongchuan.xlsx", "beibei.xlsx", "liangping.xlsx"]) {
      const report = checkWorkbook(await seedGrid(file));
      expect(report.tables.map((t) => t.sheet)).not.toContain("目标");
    }
  });
});
