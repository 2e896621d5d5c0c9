/** `breakdown-check <file.xlsx>...` — exit 0 without error findings, 1 with any, 2 for unreadable input or bad arguments. */
import { promises as fs } from "node:fs";
import type { PlanTarget } from "../core/model";
import { catalog, type Locale } from "../i18n";
import { parseTargetsJson, TargetsFormatError } from "../core/targets/targetsJson";
import { checkFile, type FileResult } from "./checkFile";
import { parseOptions, USAGE, UsageError } from "./options";
import { jsonReport, textReport } from "./report";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
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
  const results: FileResult[] = [];
  for (const file of options.files) {
    const result = await checkFile(file, {
      out: options.out,
      locale: options.locale,
      targets,
      asOf: options.asOf ?? undefined,
    });
    if (result.error) io.stderr(`breakdown-check: ${file}: ${result.error}\n`);
    results.push(result);
  }
  io.stdout(
    `${options.format === "json" ? jsonReport(results, options.locale) : textReport(results, options.locale)}\n`
  );
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** The `--targets` file: its plan targets, or an Error whose message is the one-line reason. */
async function readTargetsFile(file: string, locale: Locale): Promise<PlanTarget[]> {
  const t = catalog(locale).cli;
  let content: string;
  try {
    content = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? t.fileMissing : (error as Error).message.split("\n")[0];
    throw new Error(t.targetsFileError(file, reason));
  }
  try {
    return parseTargetsJson(content);
  } catch (error) {
    if (error instanceof TargetsFormatError)
      throw new Error(t.targetsFileError(file, locale === "zh-CN" ? error.zh : error.message));
    throw error;
  }
}
