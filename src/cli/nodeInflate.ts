/** Node's zlib as the reader's inflater: native, several times faster than JavaScript, and it stops at the cap. */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../file/read/unzip";

export const nodeInflateRaw: InflateRaw = (data, maxBytes) => {
  // Past maxOutputLength zlib throws a RangeError (ERR_BUFFER_TOO_LARGE), which the reader reports as too large.
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
