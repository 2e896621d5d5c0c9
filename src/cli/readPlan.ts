/**
 * The text of the plan document given with `--plan`: a .docx (read with mammoth's extractRawText, a well-kept
 * reader of Word's package, loaded only here so no browser bundle carries it) or plain text in UTF-8 (with or
 * without a byte-order mark), UTF-16 with one, or GBK/GB18030 (`src/file/read/text.ts`). What the file is comes from
 * its bytes, not its name; every refusal is one line in the user's language.
 */
import { detectEncoding } from "../file/read/text";
import type { Locale } from "../i18n";
import { inputErrorText, readInputFile } from "./readInput";

/** A plan is a few hundred kilobytes; a Word file with pictures a few megabytes. */
export const PLAN_FILE_CAP = 64 << 20;

export class PlanFileRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(en);
    this.name = "PlanFileRefused";
  }
}

const refuse = {
  oldDoc: () =>
    new PlanFileRefused(
      "是旧版 Word（.doc）或 WPS 文件，无法直接读取：请在 Word 或 WPS 中另存为 .docx 或 .txt",
      "an old Word (.doc) or WPS file, which cannot be read: save it as .docx or .txt in Word or WPS"
    ),
  pdf: () =>
    new PlanFileRefused(
      "是 PDF 文件，无法读取其中的文字：请复制正文另存为 .txt，或使用 .docx 原件",
      "a PDF, whose text cannot be read here: copy its text into a .txt file, or use the .docx"
    ),
  notDocx: () =>
    new PlanFileRefused(
      "是 zip 压缩包，但不是 Word 文档（.docx）",
      "a zip archive, but no Word document (.docx)"
    ),
  brokenDocx: () =>
    new PlanFileRefused(
      "Word 文档（.docx）已损坏或不完整，无法读取",
      "the Word document (.docx) is damaged or incomplete"
    ),
  binary: () =>
    new PlanFileRefused(
      "不是文本文件或 Word 文档：方案请用 .txt（UTF-8 或 GBK）或 .docx",
      "neither a text file nor a Word document: give the plan as .txt (UTF-8 or GBK) or .docx"
    ),
  empty: () => new PlanFileRefused("文件中没有文字", "the file holds no text"),
};

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/main document part/i.test(message)) throw refuse.notDocx();
    throw refuse.brokenDocx();
  }
}

/** The plan's text, from the bytes of a .docx or a text file. */
export async function planTextOf(bytes: Uint8Array): Promise<string> {
  let text: string;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) text = await docxText(bytes);
  else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw refuse.oldDoc();
  else if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw refuse.pdf();
  else {
    const { encoding, bom } = detectEncoding(bytes);
    if (!encoding.startsWith("utf-16") && bytes.subarray(0, 65_536).includes(0))
      throw refuse.binary();
    text = new TextDecoder(encoding).decode(bytes.subarray(bom));
  }
  if (text.trim() === "") throw refuse.empty();
  return text;
}

/** The `--plan` file's text, or an Error whose message is the one-line reason in the user's language. */
export async function readPlanFile(file: string, locale: Locale): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(file, PLAN_FILE_CAP);
  } catch (error) {
    throw new Error(inputErrorText(error, locale));
  }
  try {
    return await planTextOf(bytes);
  } catch (error) {
    if (error instanceof PlanFileRefused) throw new Error(locale === "zh-CN" ? error.zh : error.en);
    throw error;
  }
}
