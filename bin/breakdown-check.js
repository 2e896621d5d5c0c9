#!/usr/bin/env node
// The CLI entry: the TypeScript sources are bundled into lib/breakdown-check.js by `npm install` (the `prepare`
// script) or `npm run build:cli` — one file loads several times faster than the modules one by one — and loaded
// with V8's code cache where it has one (./bundleLoader.js).
"use strict";
// A missing or unloadable lib/ is said here in one line (bundleLoader.js sets V8's flags and loads the bundle).
const { loadBundle, BUNDLE } = require("./bundleLoader");
let cli;
try {
  cli = loadBundle().cli;
} catch (error) {
  // Only a missing bundle is "run the build first"; any other load error is said as it is.
  const missing = error && error.code === "ENOENT" && error.path === BUNDLE;
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
