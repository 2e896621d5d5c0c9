// Loads the CLI bundle, lib/breakdown-check.js, with V8's code cache for it (lib/breakdown-check.cache) when there
// is one: the bundle's functions then need no compiling, about 20 ms of a 0.65 s run (`npm run bench`). The cache is
// written by `npm run build:cli` (`node bin/bundleLoader.js --write-cache`) after a run on a seed workbook, so it
// holds the functions a check uses. V8 refuses a cache made by another Node, with other flags or for another
// bundle; the bundle is then compiled as usual — the cache can make a run faster, never different.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire } = require("node:module");

const LIB = path.join(__dirname, "..", "lib");
const BUNDLE = path.join(LIB, "breakdown-check.js");
const CACHE = path.join(LIB, "breakdown-check.cache");

// A one-shot run spends a good part of its time before V8 has optimized its hot loops. Inlining only small functions
// (the XML tokenizer's helpers) keeps those loops fast while compiling far less than V8's default, and every function
// starts as quick baseline code rather than interpreted (`--always-sparkplug`): each measured faster than without
// (`npm run bench`, A/B runs). Set before the bundle is compiled — the code cache is made and used under the same
// flags; they change no result.
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size=30");
require("node:v8").setFlagsFromString("--always-sparkplug");

/** The bundle's exports (`main`), and the script it was compiled as. Throws ENOENT when lib/ is not built. */
function loadBundle() {
  const source = fs.readFileSync(BUNDLE, "utf8");
  let cachedData;
  try {
    cachedData = fs.readFileSync(CACHE);
  } catch {
    cachedData = undefined; // no cache: compiled as usual
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData }
  );
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, LIB);
  return { cli: module.exports, script };
}

/** Checks a seed workbook (its output dropped), then writes what V8 compiled for it as the code cache. */
async function writeCache() {
  fs.rmSync(CACHE, { force: true });
  const { cli, script } = loadBundle();
  const seed = path.join(__dirname, "..", "seeds", "yongchuan.xlsx");
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  await cli.main([seed, "--format", "json"], quiet);
  await cli.main([seed], quiet);
  const temporary = `${CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, script.createCachedData());
  fs.renameSync(temporary, CACHE);
}

module.exports = { loadBundle, BUNDLE };

// The cache is only an optimization: a build that cannot write it says so and goes on (the CLI compiles as usual).
if (require.main === module && process.argv[2] === "--write-cache")
  writeCache().catch((error) => {
    fs.rmSync(CACHE, { force: true });
    process.stderr.write(
      `bundleLoader: no code cache written (${error.message}); the CLI works without it\n`
    );
  });
