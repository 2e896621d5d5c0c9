/**
 * The bundled example workbooks: the committed seeds/*.xlsx must be what the builder
 * makes from seeds/source/*.json, and the transcriptions must keep the published
 * numbers — including the published mistakes the checker is meant to find.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  buildSeedWorkbook,
  diffSnapshots,
  HEADER_ROW,
  main,
  readSeedSources,
  reloadWorkbook,
  snapshotWorkbook,
  TARGET_HEADER,
  TARGET_SHEET,
  type SeedCell,
  type SeedSheet,
  type SeedSource,
} from "../src/seeds/build";

const seedsDir = path.resolve(__dirname, "..", "seeds");
const sources = readSeedSources(path.join(seedsDir, "source"));

function source(file: string): SeedSource {
  const found = sources.find((s) => s.file === file);
  if (!found) throw new Error(`no seed source for ${file}`);
  return found;
}

function sheet(file: string, name: string): SeedSheet {
  const found = source(file).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${file}`);
  return found;
}

const isTotal = (row: SeedCell[]) => row.some((c) => typeof c === "string" && /^合\s*计$/.test(c));
const unitRows = (s: SeedSheet) => s.rows.filter((r) => !isTotal(r));
const totalRow = (s: SeedSheet) => {
  const totals = s.rows.filter(isTotal);
  expect(totals).toHaveLength(1);
  return totals[0];
};
const sumColumn = (rows: SeedCell[][], column: number) =>
  rows.reduce<number>(
    (sum, r) => sum + (typeof r[column] === "number" ? (r[column] as number) : 0),
    0
  );
/** 0-based index of the column whose last header row reads `text`, counting from `from`. */
const columnOf = (s: SeedSheet, text: string, from = 0) =>
  s.header[s.header.length - 1].indexOf(text, from);

/** Indexes of the numeric columns: those holding a number in the total row. */
const numericColumns = (s: SeedSheet) =>
  totalRow(s)
    .map((c, i) => (typeof c === "number" ? i : -1))
    .filter((i) => i >= 0);

/** For every numeric column: units' sum minus the published total, where they differ. */
function sumMismatches(s: SeedSheet): Record<number, { sum: number; total: number }> {
  const out: Record<number, { sum: number; total: number }> = {};
  for (const c of numericColumns(s)) {
    const sum = sumColumn(unitRows(s), c);
    const total = totalRow(s)[c] as number;
    if (sum !== total) out[c] = { sum, total };
  }
  return out;
}

test("there is a source for every seed workbook", () => {
  expect(sources.map((s) => s.file).sort()).toEqual([
    "beibei.xlsx",
    "liangping.xlsx",
    "yongchuan.xlsx",
  ]);
});

describe.each(sources.map((s) => [s.file, s] as const))("%s", (file, src) => {
  test("the committed workbook is what the builder makes (rebuild with `npm run seeds`)", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(path.join(seedsDir, file));
    const built = await reloadWorkbook(buildSeedWorkbook(src));
    expect(diffSnapshots(snapshotWorkbook(built), snapshotWorkbook(committed))).toEqual([]);
  });

  test("the committed workbook holds the source cell by cell, totals as typed numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(seedsDir, file));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...src.sheets.map((s) => s.name),
      TARGET_SHEET,
    ]);
    for (const s of src.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect(ws.getCell("A1").value).toBe(s.caption);
      expect(ws.getCell("A2").value).toBe(s.title);
      expect(ws.getCell("A3").value ?? null).toBe(s.unitLine);
      [...s.header, ...s.rows].forEach((line, i) => {
        line.forEach((value, j) => {
          const cell = ws.getCell(HEADER_ROW + i, j + 1);
          expect(cell.formula).toBeUndefined();
          // A cell under a merge reads as its master; the source holds null there.
          if (cell.type === ExcelJS.ValueType.Merge) expect(value).toBeNull();
          else expect(cell.value ?? null).toEqual(value);
        });
      });
      // Besides the table's own merges, the title (and unit line) span the table width.
      const last = ws.getColumn(s.header[0].length).letter;
      const captionMerges = [`A2:${last}2`, ...(s.unitLine ? [`A3:${last}3`] : [])];
      expect([...ws.model.merges].sort()).toEqual([...s.merges, ...captionMerges].sort());
    }
    expect(wb.creator).toBe("breakdown-check");
  });

  test("the 目标 sheet lists the plan targets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(seedsDir, file));
    const ws = wb.getWorksheet(TARGET_SHEET)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual([...TARGET_HEADER]);
    src.targets.forEach((t, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(t.indicator);
      expect(row.getCell(2).value).toBe(t.period);
      expect(row.getCell(3).value).toBe(t.op);
      expect(row.getCell(4).value ?? null).toBe(t.value ?? null);
      expect(row.getCell(5).value).toBe(t.source);
      if (t.base !== undefined) {
        expect(header[5]).toBe("基期");
        expect(row.getCell(6).value).toBe(t.base);
        expect(t.source).toContain(`${t.base}年`);
      }
    });
    expect(ws.rowCount).toBe(src.targets.length + 1);
  });
});

describe("永川 (yongchuan.xlsx)", () => {
  const rd = () => sheet("yongchuan.xlsx", "附件1");

  test("附件1: 27 units; the 2027 units add up to 600001 while 合计 says 600000", () => {
    expect(unitRows(rd())).toHaveLength(27);
    const c2027 = columnOf(rd(), "2027年");
    expect(sumColumn(unitRows(rd()), c2027)).toBe(600001);
    expect(totalRow(rd())[c2027]).toBe(600000);
    // That is the only column that disagrees.
    expect(sumMismatches(rd())).toEqual({ [c2027]: { sum: 600001, total: 600000 } });
  });

  test("附件1: serial 25 appears twice and 26 not at all", () => {
    const serials = unitRows(rd()).map((r) => r[0]);
    expect(serials.filter((s) => s === 25)).toHaveLength(2);
    expect(serials).not.toContain(26);
    expect(serials.slice(-3)).toEqual([25, 25, 27]);
  });

  test("附件2 and 附件3 add up; 附件2 keeps `/` and `合  计`", () => {
    const hi = sheet("yongchuan.xlsx", "附件2");
    const tech = sheet("yongchuan.xlsx", "附件3");
    expect(unitRows(hi)).toHaveLength(5);
    expect(unitRows(tech)).toHaveLength(27);
    expect(sumMismatches(hi)).toEqual({});
    expect(sumMismatches(tech)).toEqual({});
    expect(totalRow(hi)[0]).toBe("合  计");
    expect(unitRows(hi).find((r) => r[1] === "区招商投资局")?.[2]).toBe("/");
  });

  test("targets: 60亿元 is 600000 万元, equal to (not above) the published 2027 total", () => {
    const t = source("yongchuan.xlsx").targets.find(
      (x) => x.indicator === "研发投入" && x.period === "2027"
    );
    expect(t).toMatchObject({ op: "突破", value: 600000 });
    expect(totalRow(rd())[columnOf(rd(), "2027年")]).toBe(t!.value);
  });
});

describe("梁平 (liangping.xlsx)", () => {
  const lp = () => sheet("liangping.xlsx", "附件");

  test("34 units; every column adds up to its 合计", () => {
    expect(unitRows(lp())).toHaveLength(34);
    expect(unitRows(lp()).map((r) => r[0])).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(numericColumns(lp())).toHaveLength(10);
    expect(sumMismatches(lp())).toEqual({});
  });

  test("each row's quarters add up to its 合计 column", () => {
    const q1 = columnOf(lp(), "一季度");
    const q1b = columnOf(lp(), "一季度", q1 + 1);
    for (const row of lp().rows) {
      for (const first of [q1, q1b]) {
        const quarters = row.slice(first, first + 4) as number[];
        expect(quarters.reduce((a, b) => a + b, 0)).toBe(row[first + 4]);
      }
    }
  });
});

describe("北碚 (beibei.xlsx)", () => {
  const bb = () => sheet("beibei.xlsx", "附件");

  test("17 units in two categories; every column adds up to its 合计", () => {
    const units = unitRows(bb());
    expect(units).toHaveLength(17);
    expect(units.filter((r) => r[0] !== null).map((r) => r[0])).toEqual(["A类镇街", "B类镇街"]);
    // 序号 restarts in each category.
    const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(units.map((r) => r[1])).toEqual([...count(11), ...count(6)]);
    expect(numericColumns(bb())).toHaveLength(14);
    expect(sumMismatches(bb())).toEqual({});
  });

  test("2027年目标数 agrees with 2027年目标数 under 年度, in both groups", () => {
    for (const row of bb().rows) {
      expect(row[4]).toBe(row[9]);
      expect(row[11]).toBe(row[16]);
    }
  });

  test("the published 2027 totals are below twice the 2022 actuals, despite the 双倍增 goal", () => {
    const total = totalRow(bb());
    expect([total[3], total[4]]).toEqual([341, 573]);
    expect([total[10], total[11]]).toEqual([2849, 5631]);
    expect(total[4] as number).toBeLessThan(2 * (total[3] as number));
    expect(total[11] as number).toBeLessThan(2 * (total[10] as number));
  });
});

test("main writes every workbook, then leaves unchanged ones alone", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seeds-"));
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    fs.mkdirSync(path.join(dir, "source"));
    for (const name of fs.readdirSync(path.join(seedsDir, "source"))) {
      fs.copyFileSync(path.join(seedsDir, "source", name), path.join(dir, "source", name));
    }
    await main(dir);
    const written = sources.map((s) => fs.statSync(path.join(dir, s.file)).mtimeMs);
    await main(dir);
    expect(sources.map((s) => fs.statSync(path.join(dir, s.file)).mtimeMs)).toEqual(written);
    expect(log.mock.calls.map((c) => String(c[0]).replace(dir, "<dir>"))).toEqual([
      ...sources.map((s) => `${path.join("<dir>", s.file)}: written`),
      ...sources.map((s) => `${path.join("<dir>", s.file)}: unchanged`),
    ]);
  } finally {
    log.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
