/**
 * `npm run bench:formulas`: the formula evaluator on the generated bench workbooks written as a script would —
 * every subtotal and total a SUBTOTAL(9, …) formula, every later year of a unit `=previous year + step`, and
 * no cached value anywhere. Prints the evaluation time and the whole check with and without cached values.
 */
import { checkWorkbook } from "../core/check";
import { evaluateUncached } from "../core/formulas/evaluate";
import { columnLetters } from "../core/a1";
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { cellCount, generateWorkbook } from "./generateWorkbook";

/** Formulas over a generated sheet (same values as Excel would cache them); `cached` keeps or drops the values. */
export function withFormulas(sheet: SheetGrid, cached: boolean): SheetGrid {
  const values = sheet.values.map((row) => row.slice());
  const formulas = values.map((row) => row.map((): string | null => null));
  const firstUnit = values.findIndex((row) => row[0] === 1);
  const years = (values[0].length - 2) / 2;
  let groupStart = firstUnit;
  for (let r = firstUnit; r < values.length; r++) {
    const label = values[r][1];
    for (let c = 2; c < values[r].length; c++) {
      const column = columnLetters(c);
      let formula: string | null = null;
      if (label === "小计") formula = `=SUBTOTAL(9,${column}${groupStart + 1}:${column}${r})`;
      else if (label === "合计") formula = `=SUBTOTAL(9,${column}${firstUnit + 1}:${column}${r})`;
      else if ((c - 2) % years !== 0) {
        const previous = values[r][c - 1] as number;
        formula = `=${columnLetters(c - 1)}${r + 1}+${(values[r][c] as number) - previous}`;
      }
      if (!formula) continue;
      formulas[r][c] = formula;
      if (!cached) values[r][c] = null;
    }
    if (label === "小计") groupStart = r + 1;
  }
  return { ...sheet, values, formulas };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall-clock and CPU milliseconds (CPU time is the fairer figure on a shared, loaded machine). */
function time(run: () => void, repeats: number): { wall: number; cpu: number } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const show = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)}`;

export function runFormulaBench(sizes = [100_000, 400_000], sheets = 10): string[] {
  const lines = ["cells      formulas  evaluate ms  check cached ms  check uncached ms"];
  for (const size of sizes) {
    const base = generateWorkbook(size, sheets);
    const cached: WorkbookGrid = { sheets: base.sheets.map((s) => withFormulas(s, true)) };
    const uncached: WorkbookGrid = { sheets: base.sheets.map((s) => withFormulas(s, false)) };
    const repeats = size <= 200_000 ? 7 : 3;
    const result = evaluateUncached(uncached);
    if (result.uncomputed.length > 0) throw new Error("bench formulas left uncomputed");
    const same =
      JSON.stringify(checkWorkbook(cached).findings) ===
      JSON.stringify(checkWorkbook(uncached).findings);
    if (!same) throw new Error("bench twins disagree");
    const evaluate = time(() => evaluateUncached(uncached), repeats);
    const checkCached = time(() => checkWorkbook(cached), repeats);
    const checkUncached = time(() => checkWorkbook(uncached), repeats);
    lines.push(
      `${String(cellCount(uncached)).padEnd(10)} ${String(result.computed).padStart(8)}  ${show(evaluate).padStart(11)}  ${show(checkCached).padStart(15)}  ${show(checkUncached).padStart(17)}`
    );
  }
  return lines;
}

if (require.main === module) {
  console.log(
    `breakdown-check formula bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
  );
  console.log(runFormulaBench().join("\n"));
}
