// The house's boundaries, enforced by `no-restricted-imports` (npm run lint; test/lint/boundaries.test.ts proves a
// forbidden import fails):
// - src/core is pure TypeScript: it imports nothing outside src/core — no door, no catalog (src/i18n), no React,
//   DOM, Office.js, ExcelJS or Node module. Its findings are data; the doors put them into words.
// - src/i18n holds the words: it may import the core's types, nothing of the doors, no React/DOM/Office/Node.
// - src/ui (shared by the pane and the page) imports nothing of src/excel or src/web.
// - src/commands (the ribbon, no React) imports no React, Fluent UI or components, and nothing of the pane but
//   its strings and failure description (until they move to src/i18n and src/ui).
// Paths are matched on the import string: a relative path that climbs out (`../`) into another top-level folder.

const packagesOutsidePureCode = {
  regex:
    "^(react|react-dom|@fluentui/.*|exceljs|mammoth|office-.*|@microsoft/office-js|node:.*|fs|path|os|child_process)(/.*)?$",
  message:
    "纯 TypeScript 区域 (src/core, src/i18n) 不引入 React、DOM、Office.js、ExcelJS 或 Node 模块。",
};

/**
 * A relative import that climbs out of its folder into one of `folders` (`../../excel/run`). `depth` is how many
 * folders below src/ the importing file sits: `../ui` from src/i18n/en-US/ is src/i18n/ui, not src/ui.
 */
function leaving(folders, message, depth = 1) {
  return { regex: `^(\\.\\./){${depth},}(${folders.join("|")})(/|$)`, message };
}

/** The .docx reader (`--plan`) is the command line's: the page and the pane take the plan as pasted text. */
const docxReaderOutsideCli = {
  regex: "^mammoth(/.*)?$",
  message:
    "读 .docx 的 mammoth 只在命令行（src/cli）中使用：网页和任务窗格读取粘贴的方案文字，不打包它。",
};

const DOORS = ["excel", "web", "taskpane", "commands", "file", "cli", "ui", "seeds", "bench"];

export const boundaries = [
  {
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            leaving(
              [...DOORS, "i18n"],
              "src/core 不引入核心以外的代码（门户与 src/i18n 引入核心，反之不可）。"
            ),
            packagesOutsidePureCode,
          ],
        },
      ],
    },
  },
  ...[1, 2].map((depth) => ({
    files: depth === 1 ? ["src/i18n/*.ts"] : ["src/i18n/*/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            leaving(DOORS, "src/i18n 只引入核心的类型，不引入各门户的代码。", depth),
            packagesOutsidePureCode,
          ],
        },
      ],
    },
  })),
  {
    files: ["src/ui/**/*.ts", "src/ui/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            leaving(
              ["excel", "web"],
              "src/ui 不引入 src/excel 或 src/web：宿主通过 PaneHost 接入。"
            ),
            docxReaderOutsideCli,
          ],
        },
      ],
    },
  },
  {
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|@fluentui/.*)(/.*)?$",
              message: "功能区命令不引入 React 或 Fluent UI（commands.js 不含 React）。",
            },
            {
              regex: "^(\\.\\./)+(ui|web)(/|$)|^(\\.\\./)+taskpane/(?!(strings|failure)$)",
              message: "功能区命令不引入任务窗格、网页或界面组件。",
            },
            docxReaderOutsideCli,
          ],
        },
      ],
    },
  },
  {
    files: ["src/{web,taskpane,excel}/**/*.ts", "src/{web,taskpane,excel}/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [docxReaderOutsideCli] }] },
  },
];

/** Code that never touches Office.js: the Office add-in rules about proxies (load, sync) do not apply. */
export const notOfficeJs = {
  files: ["src/{core,i18n,file,cli}/**/*.ts"],
  rules: {
    "office-addins/call-sync-before-read": "off",
    "office-addins/load-object-before-read": "off",
  },
};
