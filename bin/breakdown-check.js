#!/usr/bin/env node
// The CLI entry: the TypeScript sources are bundled into lib/breakdown-check.js by `npm install` (the `prepare`
// script) or `npm run build:cli` — one file loads several times faster than the modules one by one.
"use strict";
const path = require("node:path");
// A one-shot run spends a good part of its CPU time in V8's optimizing compiler (background threads). Inlining
// only small functions (the XML tokenizer's helpers) keeps the hot loops fast while compiling far less: measured
// faster than both V8's default and no inlining at all (`npm run bench`). Set before the bundle is loaded; it
// changes no result.
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size=30");
const entry = path.join(__dirname, "..", "lib", "breakdown-check.js");
let cli;
try {
  cli = require(entry);
} catch (error) {
  // Only a missing lib/ is "run the build first"; any other load error is said as it is.
  // (The first line names the module not found; the require stack below it names the entry in any case.)
  const missing =
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).split("\n")[0].includes(entry);
  process.stderr.write(
    missing
      ? "breakdown-check: lib/ is missing — run `npm install` (or `npm run build:cli`) first.\n"
      : `breakdown-check: lib/ could not be loaded: ${error && error.message ? error.message.split("\n")[0] : error}\n`
  );
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`breakdown-check: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  }
);
