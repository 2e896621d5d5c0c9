/**
 * The text of a .csv file as officers' tools save it: UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * GBK/GB18030 (Excel and WPS on Chinese Windows), decoded with the platform's TextDecoder (Node 20 and browsers).
 */
import { unreadable } from "./errors";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "gb18030", bom: 0 };
  }
}

/** The file's text; a binary file (NUL bytes in a file without a UTF-16 mark) is no CSV. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bom } = detectEncoding(bytes);
  if (!encoding.startsWith("utf-16") && bytes.subarray(0, 65_536).includes(0))
    throw unreadable.notWorkbook();
  return { text: new TextDecoder(encoding).decode(bytes.subarray(bom)), encoding };
}
