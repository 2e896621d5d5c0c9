/**
 * The file list's worker side, run in-process: a file's findings are the CLI's (same reader, same check), its copy is
 * byte for byte the page's single download, an unreadable file says why, and the zip and the .xlsx list come back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbook } from "../../../src/file/read/readWorkbook";
import { createBatchEngine } from "../../../src/web/batch/batchEngine";
import type { BatchRequest, BatchResponse } from "../../../src/web/batch/batchProtocol";
import { createEngine } from "../../../src/web/engine";
import type { Request, Response } from "../../../src/web/protocol";
import { SEEDS_DIR } from "../../support/seeds";

function seed(file: string): ArrayBuffer {
  const bytes = readFileSync(path.join(SEEDS_DIR, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function ask(request: BatchRequest): BatchResponse {
  const answers: BatchResponse[] = [];
  createBatchEngine((message) => answers.push(message)).handle(request);
  expect(answers).toHaveLength(1);
  return answers[0];
}

/** The page's single download of a file, through the single file's engine: open, check, annotate. */
async function singleDownload(file: string): Promise<Uint8Array> {
  const answers: Response[] = [];
  const engine = createEngine((message) => answers.push(message));
  const requests: Request[] = [
    { id: 1, type: "open", name: file, bytes: seed(file) },
    { id: 2, type: "check" },
    { id: 3, type: "annotate", locale: "zh-CN" },
  ];
  for (const request of requests) await engine.handle(request);
  const annotated = answers.find((a) => a.type === "annotated");
  if (annotated?.type !== "annotated")
    throw new Error(JSON.stringify(answers.filter((a) => a.type === "failed")));
  return new Uint8Array(annotated.bytes);
}

describe("the file list's worker", () => {
  it.each(["yongchuan.xlsx", "liangping.xlsx", "beibei.xlsx"])(
    "%s: the CLI's findings, and a copy byte for byte the single download's",
    async (file) => {
      const answer = ask({
        id: 7,
        type: "batch-file",
        name: file,
        bytes: seed(file),
        copyLocale: "zh-CN",
      });
      if (answer.type !== "batch-checked") throw new Error(answer.type);
      expect(answer.id).toBe(7);
      const expected = checkWorkbook(readWorkbook(new Uint8Array(seed(file)), { name: file }).grid);
      expect(answer.check.findings).toEqual(expected.findings);
      expect(answer.check.tables).toBe(expected.tables.length);
      expect(answer.copyFailure).toBeUndefined();
      expect(
        Buffer.from(new Uint8Array(answer.copy!)).equals(Buffer.from(await singleDownload(file)))
      ).toBe(true);
    }
  );

  it("checks without a copy unless asked for one", () => {
    const answer = ask({
      id: 1,
      type: "batch-file",
      name: "beibei.xlsx",
      bytes: seed("beibei.xlsx"),
    });
    expect(answer).toMatchObject({ type: "batch-checked" });
    expect("copy" in answer).toBe(false);
  });

  it("an .xls gets a new .xlsx as its copy, with the 校验结果 sheet", () => {
    const book = XLSX.read(new Uint8Array(seed("yongchuan.xlsx")));
    const xls = XLSX.write(book, { type: "array", bookType: "xls" }) as ArrayBuffer;
    const answer = ask({
      id: 2,
      type: "batch-file",
      name: "永川.xls",
      bytes: xls,
      copyLocale: "zh-CN",
    });
    if (answer.type !== "batch-checked") throw new Error(answer.type);
    expect(answer.copyFailure).toBeUndefined();
    expect(XLSX.read(new Uint8Array(answer.copy!)).SheetNames).toContain("校验结果");
  });

  it("a file that is no workbook is unreadable, with the reader's reason in both languages", () => {
    const text = new TextEncoder().encode("序号,单位\n").buffer as ArrayBuffer;
    const answer = ask({ id: 3, type: "batch-file", name: "坏文件.xlsx", bytes: text });
    expect(answer).toMatchObject({
      id: 3,
      type: "batch-unreadable",
      reason: "not-xlsx",
      why: {
        zh: expect.stringContaining("不是可识别的工作簿"),
        en: expect.stringContaining("not a workbook"),
      },
    });
  });

  it("zips the copies stored as they are, and writes the findings list as a one-sheet .xlsx", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const zip = ask({
      id: 4,
      type: "batch-zip",
      entries: [{ name: "永川.checked.xlsx", bytes: bytes.buffer }],
    });
    if (zip.type !== "batch-bytes") throw new Error(zip.type);
    expect(unzipSync(new Uint8Array(zip.bytes))).toEqual({
      "永川.checked.xlsx": new Uint8Array([1, 2, 3]),
    });

    const rows = [
      ["文件", "说明"],
      ["永川.xlsx", "=不是公式"],
    ];
    const xlsx = ask({ id: 5, type: "batch-xlsx", sheet: "问题清单", rows });
    if (xlsx.type !== "batch-bytes") throw new Error(xlsx.type);
    const book = XLSX.read(new Uint8Array(xlsx.bytes));
    expect(book.SheetNames).toEqual(["问题清单"]);
    const sheet = book.Sheets["问题清单"];
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual(rows);
    expect(sheet.B2.f).toBeUndefined();
  });
});
