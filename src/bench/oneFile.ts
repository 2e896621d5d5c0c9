/**
 * The one file's numbers for the README: dist/breakdown-check.html's size (raw, gzip -9, brotli) and its first
 * render opened from file:// in headless Chromium with no network — the page's `web:first-render` mark, median of
 * 7 fresh browser contexts (and the range).
 *
 * Run after `npm run build`: `npm run bench:one-file` (CHROMIUM_PATH to use another Chromium).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const ONE_FILE = path.join(ROOT, "dist", "breakdown-check.html");
const RUNS = 7;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const bytes = readFileSync(ONE_FILE);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
  console.log(
    `dist/breakdown-check.html: ${kb(bytes.length)}, ${kb(gzip)} gzip -9, ${kb(brotli)} brotli`
  );

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  const firstRender: number[] = [];
  const outside: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: "zh-CN" });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(file|blob|data):/.test(url)) return route.continue();
        outside.push(url);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(ONE_FILE).href);
      await page.waitForFunction(() => performance.getEntriesByName("web:first-render").length > 0);
      firstRender.push(
        await page.evaluate(() => performance.getEntriesByName("web:first-render")[0].startTime)
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...firstRender].sort((a, b) => a - b);
  console.log(
    `first render from file:// (Chromium ${browser.version()}): ${median(firstRender).toFixed(0)} ms median of ${RUNS} ` +
      `(${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)} ms); requests outside file:/blob:/data:: ${outside.length}`
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
