/** Bytes in and out of the page without any server: reading a picked file or a bundled example, saving a download. */

export type ByteProgress = (done: number, total: number) => void;

/** Reads a stream to the end, reporting bytes as they arrive. */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number,
  onProgress?: ByteProgress
): Promise<ArrayBuffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    chunks.push(step.value);
    done += step.value.byteLength;
    onProgress?.(done, Math.max(total, done));
  }
  const bytes = new Uint8Array(done);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/** A file the user picked or dropped. */
export function readFileBytes(file: Blob, onProgress?: ByteProgress): Promise<ArrayBuffer> {
  if (typeof file.stream !== "function") return file.arrayBuffer();
  return readStream(file.stream(), file.size, onProgress);
}

/** One of the page's own example files (same origin, no other host). */
export async function fetchBytes(url: string, onProgress?: ByteProgress): Promise<ArrayBuffer> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || 0;
  if (!response.body) return response.arrayBuffer();
  return readStream(response.body, total, onProgress);
}

/** `报表.xlsx` → `报表.checked.xlsx`, as the CLI's `--out` names it. */
export function annotatedFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return `${dot > 0 ? base.slice(0, dot) : base || "workbook"}.checked.xlsx`;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The file dialog's filter: every format the reader takes (src/file/read), WPS's .et included. */
export const WORKBOOK_ACCEPT = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", XLSX_MIME].join(
  ","
);

/** True for a name the page accepts (the type of a dropped file is often empty, so the name decides). */
export function looksLikeXlsx(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** Offers bytes as a download made in the page itself (a blob: URL, nothing sent anywhere). */
export function saveBytes(
  bytes: Uint8Array,
  fileName: string,
  doc: Document = document,
  type: string = XLSX_MIME
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
