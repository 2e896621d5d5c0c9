/**
 * The package (zip) level: the parts of an .xlsx/.xlsm by name, in the order the file stores them, and back to
 * a zip. fflate: small, fast, synchronous and the same code in the browser worker and in Node, so the page's
 * download and the CLI's copy are the same bytes. Every entry gets one fixed date, so the same input always gives
 * the same copy.
 */
import { unzipSync, zipSync, type ZipOptions } from "fflate";

export type Parts = Map<string, Uint8Array>;

export class NotAPackageError extends Error {
  constructor(detail: string) {
    super(`not an Office Open XML package: ${detail}`);
    this.name = "NotAPackageError";
  }
}

export function readParts(bytes: Uint8Array): Parts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new NotAPackageError(error instanceof Error ? error.message : String(error));
  }
  const parts: Parts = new Map(Object.entries(entries));
  if (!parts.has("[Content_Types].xml")) throw new NotAPackageError("no [Content_Types].xml");
  return parts;
}

/** Formats that are compressed already are stored as they are; the rest deflated. */
const STORED = /\.(png|jpe?g|gif|emf|wmf|tiff?|bin|zip)$/i;
/** Zip dates start in 1980; a fixed one keeps the output the same for the same input. */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

export function writeParts(parts: Parts): Uint8Array {
  const zippable: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [name, data] of parts)
    zippable[name] = [data, { level: STORED.test(name) ? 0 : 6, mtime: FIXED_DATE }];
  return zipSync(zippable);
}
