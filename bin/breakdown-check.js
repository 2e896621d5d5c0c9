#!/usr/bin/env node
// The CLI entry: the TypeScript sources are compiled to lib/ by `npm install` (the `prepare` script).
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  process.stderr.write("breakdown-check: lib/ is missing — run `npm install` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`breakdown-check: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
