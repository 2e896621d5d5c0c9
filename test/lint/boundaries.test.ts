/**
 * The house's boundaries fail the lint (eslint.boundaries.mjs, run by `npm run lint`): a forbidden import in a
 * file of each area is an error, an allowed one is not. Each probe is linted as text at the area's path with the
 * project's own config, in one child process (lintProbes.mjs: ESLint loads its .mjs config with a dynamic import,
 * which Jest cannot do).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(__dirname, "lintProbes.mjs");

function lint<T>(input: unknown): T {
  return JSON.parse(
    execFileSync(process.execPath, [script], {
      cwd: root,
      input: JSON.stringify(input),
      encoding: "utf8",
    })
  ) as T;
}

const use = (from: string, name = "m") =>
  `import * as ${name} from "${from}";\nexport const used = ${name};\n`;

const PROBES = {
  coreToDoor: { file: "src/core/checks/probe.ts", source: use("../../excel/run") },
  coreToCatalog: { file: "src/core/probe.ts", source: use("../i18n") },
  coreToReact: { file: "src/core/probe.ts", source: use("react") },
  coreToExcelJs: { file: "src/core/probe.ts", source: use("exceljs") },
  coreToNode: { file: "src/core/probe.ts", source: use("node:fs") },
  coreWithin: { file: "src/core/checks/probe.ts", source: use("../a1") + use("./context", "n") },
  catalogToCore: { file: "src/i18n/zh-CN/probe.ts", source: use("../../core/model") },
  catalogToPane: { file: "src/i18n/probe.ts", source: use("../taskpane/strings") },
  localeToPane: { file: "src/i18n/zh-CN/probe.ts", source: use("../../ui/strings") },
  localeToOwnPart: { file: "src/i18n/zh-CN/probe.ts", source: use("../ui") },
  uiToExcel: { file: "src/ui/probe.ts", source: use("../excel/run") },
  uiToWeb: { file: "src/ui/components/probe.tsx", source: use("../../web/WebApp") },
  uiToCore: { file: "src/ui/probe.ts", source: use("../core/model") },
  commandsToReact: { file: "src/commands/probe.ts", source: use("react") },
  commandsToComponent: {
    file: "src/commands/probe.ts",
    source: use("../taskpane/components/FindingsList"),
  },
  commandsToExcel: { file: "src/commands/probe.ts", source: use("../excel/run") },
  uiToDocxReader: { file: "src/ui/components/probe.tsx", source: use("mammoth") },
  webToDocxReader: { file: "src/web/probe.ts", source: use("mammoth") },
  cliToDocxReader: { file: "src/cli/probe.ts", source: use("mammoth") },
};
type ProbeName = keyof typeof PROBES;

let messages: Record<ProbeName, string[]>;

beforeAll(() => {
  const names = Object.keys(PROBES) as ProbeName[];
  const answers = lint<string[][]>(names.map((name) => PROBES[name]));
  messages = Object.fromEntries(names.map((name, i) => [name, answers[i]])) as typeof messages;
}, 120_000);

describe("import boundaries", () => {
  it("src/core imports nothing outside the core: no door, no catalog, no React, ExcelJS or Node", () => {
    expect(messages.coreToDoor).toEqual([expect.stringContaining("src/core 不引入核心以外的代码")]);
    for (const name of ["coreToCatalog", "coreToReact", "coreToExcelJs", "coreToNode"] as const)
      expect(messages[name]).toHaveLength(1);
    expect(messages.coreWithin).toEqual([]);
  });

  it("src/i18n may use the core, not the doors", () => {
    expect(messages.catalogToCore).toEqual([]);
    expect(messages.catalogToPane).toHaveLength(1);
    expect(messages.localeToPane).toHaveLength(1);
    expect(messages.localeToOwnPart).toEqual([]); // src/i18n/ui.ts, the catalog's own part
  });

  it("src/ui imports nothing of src/excel or src/web", () => {
    expect(messages.uiToExcel).toHaveLength(1);
    expect(messages.uiToWeb).toHaveLength(1);
    expect(messages.uiToCore).toEqual([]);
  });

  it("src/commands imports no React and no pane components", () => {
    expect(messages.commandsToReact).toHaveLength(1);
    expect(messages.commandsToComponent).toHaveLength(1);
    expect(messages.commandsToExcel).toEqual([]);
  });

  it("the .docx reader (mammoth) is the command line's: no bundle of the page, the pane or the core carries it", () => {
    expect(messages.uiToDocxReader).toEqual([expect.stringContaining("mammoth 只在命令行")]);
    expect(messages.webToDocxReader).toEqual([expect.stringContaining("mammoth 只在命令行")]);
    expect(messages.cliToDocxReader).toEqual([]);
  });
});
