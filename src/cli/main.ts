/** `breakdown-check <file.xlsx>...` — exit 0 without error findings, 1 with any, 2 for unreadable input or bad arguments. */
import type { PlanTarget, PreviousWorkbook } from "../core/model";
import { catalog, type Locale } from "../i18n";
import { parseTargetsJson, TargetsFormatError } from "../core/targets/targetsJson";
import { readPlanDocument, type PlanReading } from "../core/targets/planDocument";
import { planJson, planTextLines } from "./planReport";
import { readPlanFile } from "./readPlan";
import { checkFile, type FileResult } from "./checkFile";
import { readPreviousWorkbook } from "./previousFile";
import { inputErrorText, readInputFile } from "./readInput";
import type { SaveHooks } from "./saveCopy";

/** A targets file is a few kilobytes of JSON. */
const TARGETS_FILE_CAP = 16 << 20;
import { parseOptions, USAGE, UsageError } from "./options";
import { jsonReport, textReport } from "./report";
import { jsonTerminalSafe, terminalSafe } from "./terminalText";

export interface MainHooks {
  /** For tests: how copies are written (a full disk is simulated here). */
  saveHooks?: SaveHooks;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Every line we print passes here: a cell's or a file name's control characters never reach the terminal. */
function safeIo(io: Io): Io & { json: (s: string) => void } {
  return {
    stdout: (s) => io.stdout(terminalSafe(s)),
    stderr: (s) => io.stderr(terminalSafe(s)),
    json: (s) => io.stdout(jsonTerminalSafe(s)),
  };
}

export async function main(
  argv: string[],
  rawIo: Io = processIo,
  hooks: MainHooks = {}
): Promise<number> {
  const io = safeIo(rawIo);
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`breakdown-check: ${error.message}\n`);
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  let targets: PlanTarget[] = [];
  if (options.targets) {
    try {
      targets = await readTargetsFile(options.targets, options.locale);
    } catch (error) {
      io.stderr(`breakdown-check: ${(error as Error).message}\n`);
      return 2;
    }
  }
  let plan: PlanReading | null = null;
  if (options.plan) {
    const t = catalog(options.locale).cli;
    try {
      plan = readPlanDocument(await readPlanFile(options.plan, options.locale));
    } catch (error) {
      io.stderr(`breakdown-check: ${t.planFileError(options.plan, (error as Error).message)}\n`);
      return 2;
    }
    if (plan.targets.length === 0) {
      io.stderr(`breakdown-check: ${t.planNoTargets(options.plan)}\n`);
      return 2;
    }
  }
  let previous: PreviousWorkbook | undefined;
  if (options.previous) {
    try {
      previous = await readPreviousWorkbook(options.previous, options.locale, options.maxPartBytes);
    } catch (error) {
      io.stderr(`breakdown-check: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const results: FileResult[] = [];
  for (const file of options.files) {
    const result = await checkFile(file, {
      out: options.out,
      locale: options.locale,
      targets,
      planTargets: plan?.targets,
      asOf: options.asOf ?? undefined,
      previous,
      maxPartBytes: options.maxPartBytes,
      saveHooks: hooks.saveHooks,
    });
    if (result.error) io.stderr(`breakdown-check: ${file}: ${result.error}\n`);
    if (result.converted && result.written)
      io.stderr(
        options.locale === "zh-CN"
          ? `breakdown-check: ${file}：标注副本 ${result.written} 是新建的 .xlsx（原文件不是 .xlsx，原有格式、图表等未保留）\n`
          : `breakdown-check: ${file}: the annotated copy ${result.written} is a new .xlsx (the input is not one; its look and charts are not kept)\n`
      );
    results.push(result);
  }
  const planFile = options.plan;
  const report = { bulletin: options.bulletin };
  if (options.format === "json")
    io.json(
      `${jsonReport(results, options.locale, report, plan && planFile ? { plan: planJson(planFile, plan, results, options.locale) } : {})}\n`
    );
  else {
    if (results.length > 0) io.stdout(`${textReport(results, options.locale, report)}\n`);
    if (plan && planFile)
      io.stdout(`${planTextLines(planFile, plan, results, options.locale).join("\n")}\n`);
  }
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** The `--targets` file: its plan targets, or an Error whose message is the one-line reason. */
async function readTargetsFile(file: string, locale: Locale): Promise<PlanTarget[]> {
  const t = catalog(locale).cli;
  let content: string;
  try {
    // A regular file only (a FIFO would block), its text as UTF-8.
    content = new TextDecoder("utf-8").decode(await readInputFile(file, TARGETS_FILE_CAP));
  } catch (error) {
    throw new Error(t.targetsFileError(file, inputErrorText(error, locale)));
  }
  try {
    return parseTargetsJson(content);
  } catch (error) {
    if (error instanceof TargetsFormatError)
      throw new Error(t.targetsFileError(file, locale === "zh-CN" ? error.zh : error.message));
    throw error;
  }
}
