/**
 * `npm run bench`: recognition and checking time on generated multi-sheet workbooks of growing size, per
 * 100,000 cells, to show the cost and that it grows linearly.
 */
import { checkWorkbook } from "../core/check";
import { recognizeSheet } from "../core/recognize/recognizeSheet";
import { cellCount, generateWorkbook } from "./generateWorkbook";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void, repeats: number): number {
  run(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export function runRecognitionBench(
  sizes = [100_000, 200_000, 400_000, 800_000],
  sheets = 10
): string[] {
  const lines = ["cells      sheets  recognize ms  per 100k  recognize+check ms  per 100k"];
  for (const size of sizes) {
    const workbook = generateWorkbook(size, sheets);
    const cells = cellCount(workbook);
    const repeats = size <= 200_000 ? 7 : 3;
    const recognize = time(() => workbook.sheets.forEach((s) => recognizeSheet(s)), repeats);
    const full = time(() => checkWorkbook(workbook), repeats);
    const per = (ms: number) => ((ms / cells) * 100_000).toFixed(1).padStart(8);
    lines.push(
      `${String(cells).padEnd(10)} ${String(sheets).padStart(6)}  ${recognize.toFixed(1).padStart(12)}  ${per(recognize)}  ${full.toFixed(1).padStart(18)}  ${per(full)}`
    );
  }
  return lines;
}

if (require.main === module) {
  console.log(
    `breakdown-check benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
  );
  console.log(runRecognitionBench().join("\n"));
}
