/**
 * Totals of real statistical and financial tables (issue 9, the AggreCol misses): total columns under a header
 * written over several rows, totals named `Total assets` / `Texas Total`, and hierarchies whose subtotals are
 * only known by their figures. A structure without a total word is claimed only where its numbers agree.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { sheetOf } from "../support/gridBuilder";

const read = (rows: CellValue[][]) => {
  const report = checkWorkbook({ sheets: [sheetOf("Sheet1", rows)] });
  return {
    sums: report.tables.flatMap((t) => t.sums.map((s) => `${s.cell}=${s.members.join("+")}`)),
    findings: report.findings.map((f) => `${f.rule} ${f.cell}`),
  };
};

describe("totals in statistical and financial tables", () => {
  test("a Total column whose header goes on over rows of one word each (`Total` / `Free &` / `Reduced`)", () => {
    const { sums, findings } = read([
      ["District", "Grades 1-6", "Grades 1-6", "Grades 1-6", "Grades 1-6"],
      [null, "Enrollment", "Free", "Reduced", "Total"],
      [null, null, null, null, "Free &"],
      [null, null, null, null, "Reduced"],
      [],
      ["ADAIR", 156, 33, 26, 59],
      ["ADEL", 637, 69, 42, 111],
      ["AGWSR", 345, 93, 33, 126],
    ]);
    expect(sums).toEqual(["E6=C6:D6", "E7=C7:D7", "E8=C8:D8"]);
    expect(findings).toEqual([]);
  });

  test("named totals and totals over totals in accounts (`Total current assets` … `TOTAL ASSETS`)", () => {
    const { sums, findings } = read([
      ["Balance sheet", "2003", "2004"],
      ["Current assets", null, null],
      ["Cash", 10, 12],
      ["Receivables", 5, 7],
      ["Total current assets", 15, 19],
      ["Non-current assets", null, null],
      ["Buildings", 100, 105],
      ["Equipment", 20, 30],
      ["Total non-current assets", 120, 135],
      ["TOTAL ASSETS", 135, 154],
    ]);
    expect(sums).toEqual([
      "B5=B3:B4",
      "C5=C3:C4",
      "B9=B7:B8",
      "C9=C7:C8",
      "B10=B5+B9",
      "C10=C5+C9",
    ]);
    expect(findings).toEqual([]);
  });

  test("a named total is claimed only where its figures add up; a copy of one row is no sum", () => {
    const { sums, findings } = read([
      ["Item", "2003", "2004"],
      ["Salaries", 10, 12],
      ["Rent", 5, 7],
      ["Total hours", 40, 41],
      ["Travel", 0, 0],
      ["Subtotal, funding", 5, 7],
    ]);
    expect(sums).toEqual([]);
    expect(findings).toEqual([]);
  });

  test("a Total over subtotals named `- Fossil fuels total` and rows between them", () => {
    const { sums, findings } = read([
      [null, "2000", "2001"],
      ["Nuclear power", 21575, 21854],
      ["Fossil fuels", null, null],
      ["- Oil", 540, 610],
      ["- Coal", 8636, 10556],
      ["- Fossil fuels total", 9176, 11166],
      ["Peat", 3689, 5797],
      ["Electricity produced total", 34440, 38817],
      ["Net imports", 11880, 12000],
      ["Total", 46320, 50817],
    ]);
    expect(sums).toEqual([
      "B6=B4:B5",
      "C6=C4:C5",
      "B8=B2+B6:B7",
      "C8=C2+C6:C7",
      "B10=B8:B9",
      "C10=C8:C9",
    ]);
    expect(findings).toEqual([]);
  });

  test("a Total heading its block, categories adding up the rows indented under them", () => {
    const { sums, findings } = read([
      [null, "St. John's", "Halifax"],
      ["Total - Place of birth", 3630, 15655],
      ["United States", 860, 3370],
      ["Europe", 1850, 9200],
      ["  United Kingdom", 1385, 6585],
      ["  Other Northern Europe", 465, 2615],
      ["Africa", 435, 1805],
      ["Oceania", 485, 1280],
    ]);
    expect(sums).toEqual(["B4=B5:B6", "C4=C5:C6", "B2=B3:B4+B7:B8", "C2=C3:C4+C7:C8"]);
    expect(findings).toEqual([]);
  });

  test("a wrong Total over an indented hierarchy is not explained away (judged on its labels)", () => {
    const { findings } = read([
      [null, "St. John's", "Halifax"],
      ["Total - Place of birth", 3000, 15000],
      ["United States", 860, 3370],
      ["Europe", 1850, 9200],
      ["  United Kingdom", 1385, 6585],
      ["  Other Northern Europe", 465, 2615],
      ["Africa", 435, 1805],
    ]);
    expect(findings.filter((f) => f.startsWith("sum-mismatch"))).not.toEqual([]);
  });

  test("named totals heading their parts (`Total revenue` over its indented lines, a category among them)", () => {
    const { sums, findings } = read([
      [null, "2005 $ millions", "2006 $ millions"],
      ["Total revenue", 253831, 273029],
      ["Own source revenue", 205028, 222590],
      ["  Income taxes", 73712, 80436],
      ["  Other taxes", 131316, 142154],
      ["General purpose transfers", 24290, 24300],
      ["Specific purpose transfers", 24513, 26139],
      ["Total expenses", 1310, 1401],
      ["  Operating expenses", 1277, 1366],
      ["  Non-operating expenses", 33, 35],
    ]);
    expect(sums).toEqual([
      "B2=B3+B6:B7",
      "C2=C3+C6:C7",
      "B3=B4:B5",
      "C3=C4:C5",
      "B8=B9:B10",
      "C8=C9:C10",
    ]);
    expect(findings).toEqual([]);
  });

  test("indentation set in the cell style (`<alignment indent>`) reads as leading spaces do", () => {
    const rows: CellValue[][] = [
      [null, "2005 $ millions", "2006 $ millions"],
      ["Total revenue", 253831, 273029],
      ["Own source revenue", 205028, 222590],
      ["Income taxes", 73712, 80436],
      ["Other taxes", 131316, 142154],
      ["General purpose transfers", 24290, 24300],
      ["Specific purpose transfers", 24513, 26139],
      ["Total expenses", 1310, 1401],
      ["Operating expenses", 1277, 1366],
      ["Non-operating expenses", 33, 35],
    ];
    const sumsOf = (sheet: SheetGrid) =>
      checkWorkbook({ sheets: [sheet] }).tables.flatMap((t) =>
        t.sums.map((s) => `${s.cell}=${s.members.join("+")}`)
      );
    const indented = [3, 4, 8, 9].map((row) => ({ row, column: 0, level: 1 }));
    const styled = sumsOf({ ...sheetOf("Sheet1", rows), indents: indented });
    expect(styled).toEqual([
      "B2=B3+B6:B7",
      "C2=C3+C6:C7",
      "B3=B4:B5",
      "C3=C4:C5",
      "B8=B9:B10",
      "C8=C9:C10",
    ]);
    // The same table without the style reads no hierarchy under `Total revenue`.
    expect(sumsOf(sheetOf("Sheet1", rows))).not.toEqual(styled);
  });

  test("a gradebook: `QUIZ TOTAL` far from its quizzes past a total nothing explains, a total named in other words", () => {
    // `EXAM TOTAL` adds a curve of 35 to the exams: no run explains it, and it bounds the runs beside it.
    const { sums } = read([
      ["ID", "Q-1", "Q-2", "Q-3", "E-1", "E-2", "EXAM TOTAL", "QUIZ TOTAL"],
      ["S01", 10, 8, 9, 150, 160, 345, 27],
      ["S02", 7, 9, 6, 120, 170, 325, 22],
      ["S03", 9, 9, 10, 180, 140, 355, 28],
      ["S04", 5, 6, 8, 110, 130, 275, 19],
    ]);
    expect(sums).toEqual(["H2=B2:D2", "H3=B3:D3", "H4=B4:D4", "H5=B5:D5"]);
    const named = read([
      ["ID", "Quiz 1", "Quiz 2", "Quiz 3", "Lecture quiz total 30 points", "Total of two lowest"],
      ["S01", 10, 8, 9, 27, 17],
      ["S02", 7, 9, 6, 22, 13],
      ["S03", 9, 9, 10, 28, 18],
    ]);
    expect(named.sums).toEqual(["E2=B2:D2", "E3=B3:D3", "E4=B4:D4"]);
    expect(named.findings).toEqual([]);
  });

  test("a gradebook's `EXAM TOTAL` over every fourth column (each exam's curved score), only where every row agrees", () => {
    const header = [
      "ID",
      "Exam 1",
      "curve",
      "E-1 (300)",
      "E-1 (300)",
      "Exam 2",
      "curve",
      "E-2 (300)",
    ];
    const rows = [
      ["0033", 140, 21, 161, 161, 150, 35, 185],
      ["0125", 160, 21, 181, 181, 165, 35, 200],
      ["0126", 167, 21, 188, 188, 180, 35, 215],
      ["0289", 237, 21, 258, 258, 195, 35, 230],
    ];
    const third = [
      [124, 40, 164],
      [163, 40, 203],
      [150, 40, 190],
      [170, 40, 210],
    ];
    const table = (last: number) => [
      [...header, "E-2 (300)", "Exam 3", "curve", "E-3", "EXAM TOTAL"],
      ...rows.map((r, i) => {
        const total = (r[3] as number) + (r[7] as number) + third[i][2] + (i === 3 ? last : 0);
        return [...r, r[7], ...third[i], total];
      }),
    ];
    const { sums, findings } = read(table(0));
    expect(sums).toEqual(["M2=D2+H2+L2", "M3=D3+H3+L3", "M4=D4+H4+L4", "M5=D5+H5+L5"]);
    expect(findings).toEqual([]);
    // One student's total off by 5: no stride is claimed (the total stays unexplained, and says so).
    const off = read(table(5));
    expect(off.sums).toEqual([]);
  });

  test("a GRAND TOTAL over total columns nothing explains and the column beside them, where every row agrees", () => {
    const { sums } = read([
      ["Lot", "Grader", "TOTAL GRADED", "TOTAL UNGRADED", "REJECTS", "GRAND TOTAL"],
      ["O1", "Lloyd", 29, 0, 1, 30],
      ["O2", "Lloyd", 18, 0, 0, 18],
      ["O4H", "Mndr", 12, 3, 2, 17],
      ["P", "Mndr", 40, 5, 0, 45],
    ]);
    expect(sums).toEqual(["F2=C2:E2", "F3=C3:E3", "F4=C4:E4", "F5=C5:E5"]);
  });

  test("a `Sum` column is a total where its figures add up, and says nothing where they do not", () => {
    // A grade book: each group of assignments summed under `Sum`, the exams under `Total`.
    const book = (sums: number[]) =>
      read([
        ["Student", "Lit Search", "Artic Eval", "Proj Design", "Sum", "MC", "Essay", "Total"],
        ["Aguilar", 10, 3, 6, sums[0], 25, 28, 53],
        ["Bledsoe", 8, 12, 5, sums[1], 20, 26, 46],
        ["Byer", 10, 15, 4, sums[2], 22, 30, 52],
      ]);
    const { sums, findings } = book([19, 25, 29]);
    expect(sums).toEqual(["E2=B2:D2", "E3=B3:D3", "E4=B4:D4", "H2=F2:G2", "H3=F3:G3", "H4=F4:G4"]);
    expect(findings).toEqual([]);
    const off = book([12, 31, 40]);
    expect(off.sums).toEqual(["H2=F2:G2", "H3=F3:G3", "H4=F4:G4"]);
    expect(off.findings).toEqual([]);
  });

  test("a grand total over two totals standing apart, the parts between them (`Total points` = lecture + lab)", () => {
    // `Total laboratory points` drops the lowest lab: no run explains it, nor the lowest lab itself.
    const labs = [
      [69, 30, 46],
      [97, 48, 63],
      [86, 97, 89],
      [67, 95, 113],
    ];
    const quizzes = [
      [20, 10],
      [20, 20],
      [0, 15],
      [10, 5],
    ];
    const rows = labs.map((lab, i) => {
      const lecture = quizzes[i][0] + quizzes[i][1];
      const lowest = Math.min(...lab);
      const labPoints = lab[0] + lab[1] + lab[2] - lowest;
      return [`S0${i + 1}`, ...quizzes[i], lecture, ...lab, lowest, labPoints, lecture + labPoints];
    });
    const { sums } = read([
      [
        "ID",
        "Quiz 1",
        "Quiz 2",
        "Total lecture",
        "Lab 1",
        "Lab 2",
        "Lab 3",
        "Total of lowest lab",
      ].concat(["Total laboratory points", "Total points"]),
      ...rows,
    ]);
    expect(sums.filter((s) => s.startsWith("J"))).toEqual([
      "J2=D2+I2",
      "J3=D3+I3",
      "J4=D4+I4",
      "J5=D5+I5",
    ]);
  });

  test("`Population total` = `Men total` + `Women total` past their % columns, one typo in ten rows allowed", () => {
    const men = [752984, 1403494, 884436, 519058, 187807, 162178, 148701, 20372, 5725, 14647];
    const women = [779010, 1499664, 825526, 674138, 294277, 194242, 172471, 13148, 3865, 9283];
    const table = (typos: number) =>
      read([
        [null, "Population", null, "Men", null, "Women", null],
        [null, "total", "%", "total", "%", "total", "%"],
        ...men.map((m, i) => {
          const total = m + women[i];
          return [`Level ${i + 1}`, i < typos ? total / 1000 : total, 30, m, 31, women[i], 29];
        }),
      ]).sums.filter((s) => s.startsWith("B"));
    expect(table(1)).toEqual(men.map((_, i) => `B${i + 3}=D${i + 3}+F${i + 3}`));
    expect(table(2)).toEqual([]);
  });

  test("a total column claims rows between the header and the block its Total row sums, where they add up", () => {
    const { sums } = read([
      ["Item", "1st Qtr", "2nd Qtr", "3rd Qtr", "4th Qtr", "Total-2003"],
      ["Units Sold", 1000, 1500, 2000, 2500, 7000],
      [" ASP/Unit", 20, 21, 22, 23, 21.86],
      ["Sales Revenue", 20000, 31500, 44000, 57500, 153000],
      ["Gross Margin", 13000, 19500, 26000, 32500, 91000],
      ["  Adv Exp", 1200, 1890, 2640, 3450, 9180],
      ["  Rent Exp", 600, 600, 600, 600, 2400],
      ["  Misc Exp", 400, 630, 880, 1150, 3060],
      ["Total Operating Expenses", 2200, 3120, 4120, 5200, 14640],
    ]);
    // The unit price (an average) is no sum and is not claimed.
    expect(sums.filter((s) => s.startsWith("F"))).toEqual([
      "F9=F6:F8",
      "F6=B6:E6",
      "F7=B7:E7",
      "F8=B8:E8",
      "F9=B9:E9",
      "F2=B2:E2",
      "F4=B4:E4",
      "F5=B5:E5",
    ]);
  });

  test("a named total heading months past the quarters to date right under it (`Total for the year`)", () => {
    const { sums, findings } = read([
      ["Monthly bankruptcies", 2002, 2003, 2004],
      ["Total for the year", 1900, 2130, 1900],
      ["1st quarter", 450, 520, 470],
      ["1st-2nd quarter", 930, 1060, 960],
      ["January", 150, 170, 160],
      ["February", 140, 180, 150],
      ["March", 160, 170, 160],
      ["April", 150, 180, 170],
      ["May", 170, 160, 160],
      ["June", 160, 200, 160],
      ["July", 150, 170, 150],
      ["August", 160, 170, 160],
      ["September", 170, 180, 160],
      ["October", 150, 190, 150],
      ["November", 160, 180, 160],
      ["December", 180, 180, 160],
    ]);
    expect(sums).toEqual(["B2=B5:B16", "C2=C5:C16", "D2=D5:D16"]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total over a run further up, memo lines left between (`Total revenue`)", () => {
    const { sums, findings } = read([
      ["Revenue", "2005", "2006", "2007"],
      ["Sales", 100, 120, 130],
      ["Services", 50, 60, 70],
      ["Rentals", 20, 30, 40],
      ["Memo: staff", 7, 8, 9],
      ["Memo: offices", 3, 4, 4],
      ["Total revenue", 170, 210, 240],
    ]);
    expect(sums).toEqual(["B7=B2:B4", "C7=C2:C4", "D7=D2:D4"]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a GRAND TOTAL column over groups that add up others without a total word, skipping % columns", () => {
    const { sums, findings } = read([
      [
        "Item",
        "Univ #",
        "Univ %",
        "Dept #",
        "Dept %",
        "Univ + Dept",
        "Coll #",
        "Coll %",
        "Other #",
        "Other %",
        "Coll + Other",
        "GRAND TOTAL",
      ],
      ["Name", 16, 1, 26, 1, 42, 37, 0.9, 3, 0.1, 40, 82],
      ["Logo", 3, 0.2, 1, 0.04, 4, 1, 0.02, 5, 0.5, 6, 10],
      ["Link", 13, 0.81, 17, 0.65, 30, 28, 0.7, 2, 0.2, 30, 60],
      ["Search", 2, 0.13, 7, 0.27, 9, 8, 0.2, 4, 0.4, 12, 21],
    ]);
    expect(sums).toEqual(expect.arrayContaining(["F2=B2+D2", "K5=G5+I5", "L2=F2+K2", "L5=F5+K5"]));
    expect(findings).toEqual([]);
  });

  test("a Total over a category without a total word or indentation, only because all its sums agree", () => {
    const { sums, findings } = read([
      [null, "Population, total", "Men", "Women"],
      ["Total", 4435, 2157, 2278],
      ["Basic education only", 1532, 753, 779],
      ["Population with education", 2903, 1404, 1499],
      ["Upper secondary", 1710, 884, 826],
      ["Tertiary", 1193, 520, 673],
    ]);
    expect(sums).toEqual(expect.arrayContaining(["B4=B5:B6", "D4=D5:D6", "B2=B3:B4", "D2=D3:D4"]));
    expect(findings).toEqual([]);
  });

  test("a total column holding 0 over a row of empty parts is that row's sum too", () => {
    const { sums, findings } = read([
      ["Week", "Project 1", "Project 2", "Project 3", "Total Hours For the Week"],
      ["W1", 5, 2, 1, 8],
      ["W2", null, 20, 2, 22],
      ["W3", null, null, null, 0],
      ["W4", 3, null, 2, 5],
    ]);
    expect(sums).toEqual(["E2=B2:D2", "E3=B3:D3", "E4=B4:D4", "E5=B5:D5"]);
    expect(findings).toEqual([]);
  });

  test("a Total column leaving out the column next to it, its rows in sections under headings", () => {
    const { sums, findings } = read([
      [
        null,
        "ID",
        "Pract. 1",
        "Pract. 2",
        "Pract. 3",
        "Att./Partcip.",
        "Total (w/o A/P)",
        "Class %",
      ],
      [],
      [null, "Sec. 8006", null, null, null, null, null, null],
      [null, 4732, 103, 104, 105, 50, 312, 1.04],
      [null, 8620, 90, 98, 111, 45, 299, 0.99],
      [null, "Sec. 8007", null, null, null, null, null, null],
      [null, 6521, 86, 85, 111, 50, 282, 0.94],
    ]);
    expect(sums).toEqual(["G4=C4:E4", "G5=C5:E5", "G7=C7:E7"]);
    expect(findings).toEqual([]);
  });

  test("an `All` column is a total where its figures add up, and says nothing where they do not", () => {
    const adding = read([
      ["Control", "All", "Under 200", "200-499", "500-999"],
      ["Public", 100, 12, 40, 48],
      ["Private", 100, 15, 45, 40],
      ["For-profit", 100, 30, 30, 40],
    ]);
    expect(adding.sums).toEqual(["B2=C2:E2", "B3=C3:E3", "B4=C4:E4"]);
    expect(adding.findings).toEqual([]);
    const notAdding = read([
      ["Control", "All ages", "Under 18", "18-64"],
      ["Public", 7, 12, 40],
      ["Private", 9, 15, 45],
      ["For-profit", 4, 30, 30],
    ]);
    expect(notAdding.sums).toEqual([]);
    expect(notAdding.findings).toEqual([]);
  });

  test("shares of a total add up under it; a rate that does not is still never summed", () => {
    const { sums, findings } = read([
      [null, "Year 1", "% of Total Sales", "Year 2", "Growth rate"],
      ["usage fee", 110000, 0.25, 170000, 0.2],
      ["book sales", 330000, 0.75, 340000, 0.1],
      ["Total sales", 440000, 1, 510000, 0.15],
    ]);
    expect(sums).toEqual(["B4=B2:B3", "D4=D2:D3", "C4=C2:C3"]);
    expect(findings).toEqual([]);
  });

  test("a named total over a table's Total row and the rows after it (`Resident Total Costs`)", () => {
    const { sums, findings } = read([
      [null, null, "1994-95", "1995-96"],
      [null, "Books & Supplies", 535, 565],
      [null, "Room & Board", 4290, 4520],
      [null, "Total", 4825, 5085],
      [],
      [null, "Resident Tuition", 2737, 2881],
      ["Resident Total Costs", null, 7562, 7966],
    ]);
    expect(sums).toEqual(["C4=C2:C3", "D4=D2:D3", "C7=C4+C6", "D7=D4+D6"]);
    expect(findings).toEqual([]);
  });

  test("a total whose figures stand left of its label (`610691 | Total Proposed`)", () => {
    const { sums, findings } = read([
      [null, "Amount", "Title"],
      ["Materials", null, null],
      [null, 500094, "CAREER: Fundamental"],
      [null, 21454, "Acquisition"],
      [null, 15000, "Planning"],
      [null, 536548, "Total Proposed"],
    ]);
    expect(sums).toEqual(["B6=B3:B5"]);
    expect(findings).toEqual([]);
  });

  test("a Total heading its parts across a heading row without figures (`Material`)", () => {
    const { sums, findings } = read([
      ["Year", "1993", "1996"],
      ["Total", 700, 720],
      ["Material", null, null],
      ["Wet organic waste", 447, 452],
      ["Wood waste", 253, 268],
    ]);
    expect(sums).toEqual(["B2=B4:B5", "C2=C4:C5"]);
    expect(findings).toEqual([]);
  });

  test("a part marked `..` (not available) is no header: the named total still heads all its parts", () => {
    const { sums, findings } = read([
      [null, "2005 $", "2006 $", "2007 $"],
      ["Total revenue", 400, 445, 490],
      ["Own source revenue", 300, 330, 360],
      ["  Income taxes", 200, 220, 240],
      ["  Property taxes", "..", "..", ".."],
      ["  Other taxes", 100, 110, 120],
      ["General purpose transfers", 60, 70, 80],
      ["Specific purpose transfers", 40, 45, 50],
    ]);
    expect(sums).toEqual([
      "B2=B3+B7:B8",
      "C2=C3+C7:C8",
      "D2=D3+D7:D8",
      "B3=B4:B6",
      "C3=C4:C6",
      "D3=D4:D6",
    ]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total heading categories neither indented nor named, each adding up the rows under it", () => {
    const { sums, findings } = read([
      [null, "2004", "2005", "2006"],
      ["Total farm cash receipts", 315, 345, 375],
      ["Crops", 150, 160, 170],
      ["Wheat", 100, 105, 110],
      ["Oats", 50, 55, 60],
      ["Livestock", 165, 185, 205],
      ["Cattle", 120, 130, 140],
      ["Pigs", 45, 55, 65],
    ]);
    expect(sums).toEqual([
      "B2=B3+B6",
      "C2=C3+C6",
      "D2=D3+D6",
      "B3=B4:B5",
      "C3=C4:C5",
      "D3=D4:D5",
      "B6=B7:B8",
      "C6=C7:C8",
      "D6=D7:D8",
    ]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total heading parts that are named totals themselves (`Total current expenditure`)", () => {
    const { sums, findings } = read([
      [null, "1997", "1998", "1999"],
      ["Total expenditure on health", 94008, 105500, 115711],
      ["Capital formation", 5635, 7480, 8945],
      ["Total current expenditure", 88373, 98020, 106766],
      ["Total expenditure per capita", 21340, 23807, 25933],
    ]);
    expect(sums).toEqual(["B2=B3:B4", "C2=C3:C4", "D2=D3:D4"]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total that is a part of the one above it still adds up its own rows further up", () => {
    const { sums, findings } = read([
      ["Week ending", "Project 1", "Project 2", "Project 3", "Project 4"],
      ["2003-08-15", 5, null, 2, 1],
      ["2003-08-22", null, 2, 20, 3],
      ["2003-08-29", 4, 18, 10, 2],
      ["Total Hours Allocated", 15, 40, 60, "Unit rate"],
      ["Hourly Rate", 200, 200, 200, 1],
      ["Total Hours Worked", 9, 20, 32, 6],
      ["Remaining Hours", 6, 20, 28, "NA"],
    ]);
    expect(sums).toEqual([
      "B5=B7:B8",
      "C5=C7:C8",
      "D5=D7:D8",
      "B7=B2:B4",
      "C7=C2:C4",
      "D7=D2:D4",
      "E7=E2:E4",
    ]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total over one part with figures and parts written as 0; never over a total held at 0", () => {
    const { sums, findings } = read([
      ["Period", "Jul", "Aug", "Sep"],
      ["Student fees", 28499.5, 9200, 692],
      ["Miscellaneous", 0, 0, 0],
      ["Non-operating", 0, 0, 0],
      ["Total Income", 28499.5, 9200, 692],
      [],
      ["Develop/modernize", 0, 0, 0],
      ["Steady state", 0, 0, 0],
      ["Subtotal, IT costs", 0, 0, 0],
      ["Funding sources", 3.2, 3.3, 3.5],
      ["Subtotal, funding sources", 3.2, 3.3, 3.5],
    ]);
    expect(sums).toEqual(["B5=B2:B4", "C5=C2:C4", "D5=D2:D4"]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });

  test("a named total over the rows sharing one label every few rows (`Total awarded ($)` under each grant)", () => {
    const { sums, findings } = read([
      ["Category", "1998", "1999", "2000"],
      ["Federal Pell Grant", null, null, null],
      ["  Total awarded ($)", 4587, 4459, 4634],
      ["  Number of awards", 346, 313, 308],
      ["Federal SEOG", null, null, null],
      ["  Total awarded ($)", 514, 530, 539],
      ["  Number of awards", 27, 22, 24],
      ["Total Grants ($)", 5101, 4989, 5173],
    ]);
    expect(sums).toEqual(["B8=B3+B6", "C8=C3+C6", "D8=D3+D6"]);
    expect(findings.filter((f) => f.startsWith("sum-"))).toEqual([]);
  });
});
