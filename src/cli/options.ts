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
  /** `--plan 方案.txt|.docx`: the plan document whose headline targets are checked (stated targets win). */
  plan: string | null;
  /** `--as-of YYYY-MM-DD`, checked to be a real date. */
  asOf: string | null;
  /** `--previous last-month.xlsx`: last month's workbook, for progress-decrease. */
  previous: string | null;
  /** `--max-part-size 1GB`: the cap on an input file and on each part unzipped from it, bytes. */
  maxPartBytes: number;
  /** `--bulletin`: print each file's bulletin (通报) after its findings. */
  bulletin: boolean;
}

const SIZE_UNITS: Record<string, number> = {
  "": 1,
  B: 1,
  K: 1 << 10,
  KB: 1 << 10,
  M: 1 << 20,
  MB: 1 << 20,
  G: 1 << 30,
  GB: 1 << 30,
};

/** `1GB`, `500MB`, `2048` (bytes) → bytes; null when it is no size. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*$/i.exec(text);
  if (!match) return null;
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[match[2].toUpperCase()]);
  return bytes > 0 ? bytes : null;
}

export class UsageError extends Error {}

export const USAGE = `用法 Usage: breakdown-check <file.xlsx>... [--targets targets.json] [--plan 方案.txt|.docx] [--as-of YYYY-MM-DD] [--previous last-month.xlsx] [--format text|json] [--out DIR] [--lang zh-CN|en-US] [--max-part-size 1GB] [--bulletin]`;

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
        plan: { type: "string" },
        "as-of": { type: "string" },
        previous: { type: "string" },
        "max-part-size": { type: "string" },
        bulletin: { type: "boolean", default: false },
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
  // With --plan alone, the plan's targets are shown for confirmation and nothing is checked.
  if (positionals.length === 0 && values.plan === undefined)
    throw new UsageError("请给出至少一个工作簿文件（.xlsx、.xls、.et、.ods、.csv）(no input file)");
  const lang = values.lang ?? process.env.LANG ?? "";
  const locale: Locale = /^en/i.test(lang) ? "en-US" : "zh-CN";
  const asOf = values["as-of"] ?? null;
  if (asOf !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !parseAsOfOption(asOf)))
    throw new UsageError(catalog(locale).cli.asOfInvalid(asOf));
  const sizeText = values["max-part-size"];
  const maxPartBytes = sizeText === undefined ? 1 << 30 : parseSize(sizeText);
  if (maxPartBytes === null)
    throw new UsageError(`--max-part-size 应为大小，如 1GB、500MB（收到 ${sizeText}）`);
  return {
    files: positionals,
    maxPartBytes,
    format,
    out: values.out ?? null,
    locale,
    targets: values.targets ?? null,
    plan: values.plan ?? null,
    asOf,
    bulletin: values.bulletin === true,
    previous: values.previous ?? null,
  };
}
