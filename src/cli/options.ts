/** The command line of spec/checks.md, parsed with Node's own parseArgs. */
import { parseArgs } from "node:util";
import { catalog, type Locale } from "../i18n";
import { parseAsOfOption } from "../core/progress/asOf";

export interface CliOptions {
  files: string[];
  format: "text" | "json";
  out: string | null;
  locale: Locale;
  /** `--targets file.json`: plan targets besides the workbooks' 目标 sheets. */
  targets: string | null;
  /** `--as-of YYYY-MM-DD`, checked to be a real date. */
  asOf: string | null;
}

export class UsageError extends Error {}

export const USAGE = `用法 Usage: breakdown-check <file.xlsx>... [--targets targets.json] [--as-of YYYY-MM-DD] [--format text|json] [--out DIR] [--lang zh-CN|en-US]`;

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
        targets: { type: "string" },
        "as-of": { type: "string" },
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
  const locale: Locale = /^en/i.test(lang) ? "en-US" : "zh-CN";
  const asOf = values["as-of"] ?? null;
  if (asOf !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !parseAsOfOption(asOf)))
    throw new UsageError(catalog(locale).cli.asOfInvalid(asOf));
  return {
    files: positionals,
    format,
    out: values.out ?? null,
    locale,
    targets: values.targets ?? null,
    asOf,
  };
}
