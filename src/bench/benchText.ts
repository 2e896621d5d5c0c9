/** What the benchmarks share: a numeric command-line option, the bundled seeds, and a text table of results. */
import { promises as fs } from "node:fs";
import path from "node:path";

/** `--name N` as a positive number, or the fallback. */
export function numberArg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The bundled seed workbooks under `root/seeds`, sorted. */
export async function seedFiles(root: string): Promise<string[]> {
  return (await fs.readdir(path.join(root, "seeds")))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(root, "seeds", f));
}

/** Columns aligned: the first to the left, the numbers to the right. */
export function textTable(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cols: string[]) =>
    cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [format(header), ...lines.map(format)].join("\n");
}
