/** The command line of spec/checks.md, parsed with Node's own parseArgs. */
import { parseArgs } from "node:util";
import type { Locale } from "../core/model";

export interface CliOptions {
  files: string[];
  format: "text" | "json";
  out: string | null;
  locale: Locale;
}

export class UsageError extends Error {}

export const USAGE = `用法 Usage: breakdown-check <file.xlsx>... [--format text|json] [--out DIR] [--lang zh-CN|en-US]`;

export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        out: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError("");
  const format = values.format;
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format 只能是 text 或 json（收到 ${format}）`);
  if (positionals.length === 0) throw new UsageError("请给出至少一个 .xlsx 文件 (no input file)");
  const lang = values.lang ?? process.env.LANG ?? "";
  return {
    files: positionals,
    format,
    out: values.out ?? null,
    locale: /^en/i.test(lang) ? "en-US" : "zh-CN",
  };
}
