/**
 * The one reader on the corpus of test/file/corpus.ts: every producer and format gives the findings of its clean
 * .xlsx twin; every broken or hostile input is refused with its reason (never read as a clean workbook).
 */
import * as XLSX from "@e965/xlsx";
import { strToU8, zipSync } from "fflate";
import iconv from "iconv-lite";
import { readWorkbook, UnreadableWorkbookError } from "../../src/file/read/readWorkbook";
import { unzipParts } from "../../src/file/read/unzip";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import { csvText, findingsOf, packageBytes, TABLE, twinXlsx, writtenAs } from "./corpus";

let twin: string[];
beforeAll(async () => {
  twin = findingsOf(await twinXlsx());
  expect(twin).toEqual(["error sum-mismatch 附件1!E9"]);
});

function refusal(read: () => unknown): UnreadableWorkbookError {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return error;
    throw error;
  }
  throw new Error("read as a workbook");
}

describe("every producer and format gives its clean twin's findings", () => {
  const cases: [string, () => Uint8Array, string][] = [
    [
      "openpyxl: shared strings, a drawing with an image, a comment (notes + VML)",
      () => packageBytes(TABLE, { drawingAndComments: true }),
      "附件1.xlsx",
    ],
    [
      "inline strings (no sharedStrings part)",
      () => packageBytes(TABLE, { sharedStrings: false }),
      "附件1.xlsx",
    ],
    [
      "LibreOffice: a table part without <tableStyleInfo>",
      () => packageBytes(TABLE, { tableWithoutStyle: true }),
      "附件1.xlsx",
    ],
    [
      "WPS: x: prefixed elements and its custom properties",
      () => packageBytes(TABLE, { wps: true }),
      "附件1.xlsx",
    ],
    [".xls (BIFF8, Excel 97–2003)", () => writtenAs("xls"), "附件1.xls"],
    [".et (WPS: the same BIFF8 format)", () => writtenAs("xls"), "附件1.et"],
    [".ods", () => writtenAs("ods"), "附件1.ods"],
    [".ods renamed .xlsx (read for what it is)", () => writtenAs("ods"), "附件1.xlsx"],
    [".xlsb", () => writtenAs("xlsb"), "附件1.xlsb"],
    [".csv UTF-8", () => strToU8(csvText()), "附件1.csv"],
    [
      ".csv UTF-8 with BOM",
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(csvText())]),
      "附件1.csv",
    ],
    [
      ".csv GBK (Excel on Chinese Windows)",
      () => new Uint8Array(iconv.encode(csvText(), "gbk")),
      "附件1.csv",
    ],
    [".csv GB18030", () => new Uint8Array(iconv.encode(csvText(), "gb18030")), "附件1.csv"],
  ];
  it.each(cases)("%s", (_, bytes, name) => {
    expect(findingsOf(bytes(), { name })).toEqual(twin);
  });

  it("a GBK CSV is detected as such, its Chinese intact", () => {
    const read = readWorkbook(new Uint8Array(iconv.encode(csvText(), "gbk")), {
      name: "附件1.csv",
    });
    expect(read.encoding).toBe("gb18030");
    expect(read.grid.sheets[0].values[8][1]).toBe("合计");
  });
});

describe("far cells and empty extents cost nothing", () => {
  it("a stray value at XFD1048576 and a row 1048576 holding only a height: same findings, small grids, fast", () => {
    const started = performance.now();
    const bytes = packageBytes(TABLE, {
      farCells: [[1048575, 16383, "x"]],
      heightOnlyRows: [1048575, 500000],
    });
    expect(findingsOf(bytes)).toEqual(twin);
    const { grid } = readWorkbook(bytes);
    // The table's grid at A1, the stray cell a one-cell grid of the same sheet.
    expect(grid.sheets.map((s) => [s.name, s.top, s.left, s.values.length])).toEqual([
      ["附件1", 0, 0, 9],
      ["附件1", 1048575, 16383, 1],
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("a height-only last row adds no grid at all", () => {
    const { grid } = readWorkbook(packageBytes(TABLE, { heightOnlyRows: [1048575] }));
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0].values).toHaveLength(9);
  });
});

describe("broken packages are refused with their reason", () => {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    [
      "no xl/workbook.xml",
      () => packageBytes(TABLE, { omit: ["xl/workbook.xml"] }),
      "corrupt",
      /缺少工作簿部件 xl\/workbook.xml/,
    ],
    [
      "sharedStrings.xml referenced but missing",
      () => packageBytes(TABLE, { omit: ["xl/sharedStrings.xml"] }),
      "corrupt",
      /sharedStrings/,
    ],
    [
      "shared-string cells with no string table at all",
      () =>
        packageBytes(TABLE, {
          omit: ["xl/sharedStrings.xml"],
          replace: {
            "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
          },
        }),
      "corrupt",
      /sharedStrings/,
    ],
    [
      "a missing sheet part",
      () => packageBytes(TABLE, { omit: ["xl/worksheets/sheet1.xml"] }),
      "corrupt",
      /工作表“附件1”的内容（xl\/worksheets\/sheet1.xml）缺失/,
    ],
    ["a plain zip", () => zipSync({ "readme.txt": strToU8("hello") }), "not-xlsx", /zip 压缩包/],
    ["an empty zip", () => zipSync({}), "not-xlsx", /zip 压缩包/],
    ["a 0-byte file", () => new Uint8Array(0), "not-xlsx", /文件是空的（0 字节）/],
    ["a truncated package", () => packageBytes(TABLE).subarray(0, 400), "corrupt", /已损坏/],
    [
      "a text file named .xlsx",
      () => strToU8("序号,单位\n1,甲\n"),
      "not-xlsx",
      /不是可识别的工作簿/,
    ],
    [
      "a PNG named .csv",
      () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      "not-xlsx",
      /不是可识别的工作簿/,
    ],
    [
      "an .odt (a text document) renamed",
      () =>
        zipSync({
          mimetype: strToU8("application/vnd.oasis.opendocument.text"),
          "content.xml": strToU8("<x/>"),
        }),
      "not-xlsx",
      /不是可识别/,
    ],
  ];
  it.each(cases)("%s", (_, bytes, reason, zh) => {
    const error = refusal(() => readWorkbook(bytes(), { name: "x.xlsx" }));
    expect(error.reason).toBe(reason);
    expect(error.zh).toMatch(zh);
    expect(error.en).toBeTruthy();
  });

  it("a password-protected package (OLE with EncryptionInfo) is named as such", () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, "EncryptionInfo", [4, 0, 4, 0] as never);
    XLSX.CFB.utils.cfb_add(container, "EncryptedPackage", [1, 2, 3, 4] as never);
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: "array" }) as number[]);
    expect(refusal(() => readWorkbook(bytes)).reason).toBe("encrypted");
  });
});

describe("zip bombs stop at the cap", () => {
  const MB = 1 << 20;
  /** A sheet part of `size` bytes of spaces: a few kilobytes zipped. */
  const bomb = (size: number) => {
    const filler = new Uint8Array(size).fill(0x20);
    return packageBytes(TABLE, { replace: {} }).length > 0
      ? zipSync({
          ...Object.fromEntries(parts(packageBytes(TABLE))),
          "xl/worksheets/sheet2.xml": filler,
        })
      : filler;
  };
  const parts = (bytes: Uint8Array) => unzipParts(bytes);

  it.each([
    ["JavaScript inflater", undefined],
    ["Node's zlib", nodeInflateRaw],
  ])("a part that unzips past the cap is refused (declared size), %s", (_, inflateRaw) => {
    const bytes = bomb(3 * MB);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const error = refusal(() => readWorkbook(bytes, { maxPartBytes: MB, inflateRaw }));
    expect(error.reason).toBe("too-large");
    expect(error.zh).toMatch(/xl\/worksheets\/sheet2.xml 解压后超过 1 MB/);
  });

  it.each([
    ["JavaScript inflater", undefined],
    ["Node's zlib", nodeInflateRaw],
  ])("a package that lies about its sizes is stopped while inflating, %s", (_, inflateRaw) => {
    const bytes = bomb(3 * MB);
    // Declare 1000 bytes for every part, in the local headers and the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 < bytes.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1000, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1000, true);
    }
    const error = refusal(() => readWorkbook(bytes, { maxPartBytes: MB, inflateRaw }));
    expect(["too-large", "corrupt"]).toContain(error.reason);
  });

  it("a deflate bomb made at run time: 64 MB zipped to under 100 KB, refused at a 16 MB cap", () => {
    const bytes = zipSync(
      {
        ...Object.fromEntries(parts(packageBytes(TABLE))),
        "xl/worksheets/big.xml": new Uint8Array(64 * MB),
      },
      { level: 1 }
    );
    expect(bytes.length).toBeLessThan(100 * 1024);
    const error = refusal(() =>
      readWorkbook(bytes, { maxPartBytes: 16 * MB, inflateRaw: nodeInflateRaw })
    );
    expect(error.reason).toBe("too-large");
  });
});
