/** Loads the bundled seeds/*.xlsx workbooks through the file adapter, as every door would. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook as readWorkbookBytes } from "../../src/file/read/readWorkbook";

export const SEEDS_DIR = path.resolve(__dirname, "../../seeds");

export async function seedGrid(file: string): Promise<WorkbookGrid> {
  const bytes = await fs.readFile(path.join(SEEDS_DIR, file));
  return (await readWorkbookBytes(new Uint8Array(bytes))).grid;
}
