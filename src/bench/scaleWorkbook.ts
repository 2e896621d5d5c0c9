/**
 * Large benchmark workbooks (millions of cells) in the shape of cliTimings.writeGeneratedWorkbook — `sheets` sheets
 * of `units` units × (serial, name, type, 2 indicators × 6 years), a SUM 合计 row with its cached values, merged
 * headers and a 目标 sheet — written part by part and zipped as a stream (fflate), so that a 5,000,000-cell file
 * is made in seconds without holding a workbook model in memory (ExcelJS would need gigabytes for it).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];
/** Cells in one unit row. */
export const CELLS_PER_UNIT = 3 + 2 * YEARS.length;

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** The rows of one sheet, a few hundred rows per chunk. */
function* sheetChunks(s: number, units: number, random: () => number): Generator<string> {
  const width = CELLS_PER_UNIT;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>`;
  yield `<row r="1">${inline("A1", `附件${s + 1}`)}</row><row r="2">${inline("A2", "高新技术企业和科技型企业培育目标任务分解表")}</row><row r="3">${inline("A3", "（单位：家）")}</row>`;
  yield `<row r="4">${inline("A4", "序号")}${inline("B4", "街镇")}${inline("C4", "类型")}${inline("D4", "高新技术企业")}${inline("J4", "科技型企业")}</row>`;
  const headers = [0, 1].flatMap(() =>
    YEARS.map((y, i) => `${y}年${i === 0 ? "实际数" : "目标数"}`)
  );
  yield `<row r="5">${headers.map((h, i) => inline(`${column(3 + i)}5`, h)).join("")}</row>`;
  const first = 6;
  const sums = new Array(width).fill(0);
  let chunk: string[] = [];
  for (let u = 0; u < units; u++) {
    const r = first + u;
    const cells = [
      `<c r="A${r}"><v>${u + 1}</v></c>`,
      inline(`B${r}`, `单位${s + 1}-${u + 1}`),
      inline(`C${r}`, u % 2 ? "A类" : "B类"),
    ];
    let c = 3;
    for (const base of [Math.floor(random() * 50), Math.floor(random() * 500)]) {
      const growth = 0.9 + random() * 0.4;
      for (let i = 0; i < YEARS.length; i++, c++) {
        const v = Math.round(base * (1 + (i * growth) / 5));
        sums[c] += v;
        cells.push(`<c r="${column(c)}${r}"><v>${v}</v></c>`);
      }
    }
    chunk.push(`<row r="${r}">${cells.join("")}</row>`);
    if (chunk.length === 500) {
      yield chunk.join("");
      chunk = [];
    }
  }
  yield chunk.join("");
  const last = first + units - 1;
  const total = [inline(`A${last + 1}`, "合计")];
  for (let c = 3; c < width; c++)
    total.push(
      `<c r="${column(c)}${last + 1}"><f>SUM(${column(c)}${first}:${column(c)}${last})</f><v>${sums[c]}</v></c>`
    );
  yield `<row r="${last + 1}">${total.join("")}</row></sheetData>`;
  yield `<mergeCells count="5"><mergeCell ref="D4:I4"/><mergeCell ref="J4:O4"/><mergeCell ref="A4:A5"/><mergeCell ref="B4:B5"/><mergeCell ref="C4:C5"/></mergeCells></worksheet>`;
}

function targetSheet(): string {
  const rows = [
    ["指标", "期间", "条件", "目标值", "依据", "基期"],
    ["高新技术企业", "2025", "超过", 100, "", ""],
    ["科技型企业", "2027", "翻番", null, "", "2022"],
  ];
  const xml = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) =>
            v === null || v === ""
              ? ""
              : typeof v === "number"
                ? `<c r="${column(c)}${r + 1}"><v>${v}</v></c>`
                : inline(`${column(c)}${r + 1}`, v)
          )
          .join("")}</row>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`;
}

/** Writes the workbook to `file`; returns the number of cells that hold something. */
export function writeScaleWorkbook(file: string, sheets: number, units: number): number {
  const fd = openSync(file, "w");
  try {
    const zip = new Zip((error, data) => {
      if (error) throw error;
      writeSync(fd, data);
    });
    const add = (name: string, chunks: Iterable<string>) => {
      const part = new ZipDeflate(name, { level: 1 });
      zip.add(part);
      for (const chunk of chunks) part.push(strToU8(chunk));
      part.push(new Uint8Array(0), true);
    };
    const names = [...Array.from({ length: sheets }, (_, s) => `附件${s + 1}`), "目标"];
    const overrides = names
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("");
    add("[Content_Types].xml", [
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    ]);
    add("_rels/.rels", [
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ]);
    add("xl/workbook.xml", [
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ]);
    add("xl/_rels/workbook.xml.rels", [
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    ]);
    // The same numbers as writeGeneratedWorkbook: one generator through every sheet.
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let s = 0; s < sheets; s++)
      add(`xl/worksheets/sheet${s + 1}.xml`, sheetChunks(s, units, random));
    add(`xl/worksheets/sheet${sheets + 1}.xml`, [targetSheet()]);
    zip.end();
  } finally {
    closeSync(fd);
  }
  const perSheet = 3 + 3 + 2 * YEARS.length + units * CELLS_PER_UNIT + 1 + (CELLS_PER_UNIT - 3);
  return sheets * perSheet + 14;
}
