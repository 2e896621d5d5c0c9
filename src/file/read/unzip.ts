/**
 * A zip package unpacked with a cap on every part: the sizes the zip declares are checked first (its central
 * directory), then the bytes are counted while they inflate, so a package that lies about its sizes is stopped
 * at the cap too and never fills the memory.
 */
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { unreadable } from "./errors";

/** 1 GB per part unless the caller says otherwise. */
export const DEFAULT_MAX_PART_BYTES = 1 << 30;

export type ZipParts = Map<string, Uint8Array>;

/**
 * Inflates raw deflate data, throwing once the output would pass `maxBytes` (Node's zlib with `maxOutputLength`
 * is several times faster than the JavaScript inflater used by default, and the browser has no zlib).
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** A deflate decoder for fflate's Unzip that hands each whole part to an InflateRaw. */
function wholePartDecoder(inflateRaw: InflateRaw, maxBytes: number) {
  return class WholePartInflate {
    static compression = 8;
    ondata: (error: Error | null, data: Uint8Array, final: boolean) => void = () => {};
    private chunks: Uint8Array[] = [];
    private length = 0;
    constructor(private readonly name: string) {}
    push(chunk: Uint8Array, final: boolean): void {
      this.chunks.push(chunk);
      this.length += chunk.length;
      if (!final) return;
      let out: Uint8Array;
      try {
        out = inflateRaw(joined(this.chunks, this.length), maxBytes);
      } catch (error) {
        if (error instanceof RangeError) throw new PartTooLarge(this.name);
        throw error;
      }
      this.ondata(null, out, true);
    }
  };
}

class PartTooLarge extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

function joined(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Every part of the package by name; throws UnreadableWorkbookError for a broken or oversized one. */
export function unzipParts(
  bytes: Uint8Array,
  maxPartBytes = DEFAULT_MAX_PART_BYTES,
  inflateRaw?: InflateRaw
): ZipParts {
  // 1. The declared sizes, from the central directory (nothing is inflated here).
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        declared++;
        if (info.originalSize > maxPartBytes) throw new PartTooLarge(info.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof PartTooLarge) throw unreadable.tooLarge(error.part, maxPartBytes);
    throw unreadable.corrupt("zip 目录无法解析", "its zip directory cannot be read");
  }
  // 2. The parts themselves, counted as they inflate.
  const parts: ZipParts = new Map();
  try {
    const unzip = new Unzip((file) => {
      if (file.name.endsWith("/")) return; // a folder entry
      if (file.compression !== 0 && file.compression !== 8)
        throw unreadable.corrupt(
          `${file.name} 使用了不支持的压缩方式`,
          `${file.name} uses an unsupported compression method`
        );
      const chunks: Uint8Array[] = [];
      let length = 0;
      file.ondata = (error, chunk, final) => {
        if (error) throw error;
        length += chunk.length;
        if (length > maxPartBytes) throw new PartTooLarge(file.name);
        chunks.push(chunk);
        if (final) parts.set(file.name, joined(chunks, length));
      };
      file.start();
    });
    unzip.register(inflateRaw ? wholePartDecoder(inflateRaw, maxPartBytes) : UnzipInflate);
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof PartTooLarge) throw unreadable.tooLarge(error.part, maxPartBytes);
    if (error instanceof Error && error.name === "UnreadableWorkbookError") throw error;
    throw unreadable.corrupt("zip 数据无法解压", "its zip data cannot be inflated");
  }
  if (declared > 0 && parts.size === 0)
    throw unreadable.corrupt("zip 数据无法解压", "its zip data cannot be inflated");
  return parts;
}
