// office-addin-lint reads this file: the Office add-in rules (no sync in loops, load before read …) and prettier.
// `no-undef` and `no-unused-vars` are off for TypeScript: tsc --strict with noUnusedLocals does those jobs, and
// the base rules neither know the ambient Office/Excel globals nor read parameter names in type signatures.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import { boundaries, notOfficeJs } from "./eslint.boundaries.mjs";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
  {
    // The browser page reads workbooks with ExcelJS, whose objects are plain data, not Office.js proxies: the
    // load-before-read and sync-before-read rules do not apply to them.
    files: ["src/web/**/*.ts", "src/web/**/*.tsx"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  notOfficeJs,
  ...boundaries,
];
