/**
 * Pre-compressed copies for a web server to send as they are (nginx gzip_static / brotli_static, IIS static
 * compression): `<file>.gz` and `<file>.br` beside every text file of a built folder, with node's zlib at its
 * highest levels. Images and workbooks are compressed already and get none.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The kinds of file worth compressing: the site's pages, scripts, styles and text. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|xml|svg|txt|map|wasm)$/i;

export interface Compressed {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Writes the siblings and returns each file's sizes (relative paths with "/"). Old siblings are replaced. */
export async function writeCompressedSiblings(folder: string): Promise<Compressed[]> {
  const out: Compressed[] = [];
  for (const file of await filesUnder(folder)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = await fs.readFile(file);
    const gzip = gzipSync(bytes, { level: 9 });
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    await fs.writeFile(`${file}.gz`, gzip);
    await fs.writeFile(`${file}.br`, brotli);
    out.push({
      file: path.relative(folder, file).split(path.sep).join("/"),
      bytes: bytes.length,
      gzip: gzip.length,
      brotli: brotli.length,
    });
  }
  return out;
}

export { filesUnder };
