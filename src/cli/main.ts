/** `breakdown-check <file.xlsx>...` — exit 0 without error findings, 1 with any, 2 for unreadable input or bad arguments. */
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
  const results: FileResult[] = [];
  for (const file of options.files) {
    const result = await checkFile(file, { out: options.out, locale: options.locale });
    if (result.error) io.stderr(`breakdown-check: ${file}: ${result.error}\n`);
    results.push(result);
  }
  io.stdout(
    `${options.format === "json" ? jsonReport(results) : textReport(results, options.locale)}\n`
  );
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
