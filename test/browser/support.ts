/**
 * What the browser tests share: Debian's Chromium driven by playwright-core, the production build of the page
 * (built here when it is missing or older than its sources), served by `src/web/serve.ts` on 127.0.0.1 at a random
 * port, and a record of every request the page makes.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../src/web/serve";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The flags this machine's closed network needs (see README): no background connections, no sandbox as root. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** `describe` when Chromium is there; otherwise a skip with a reason — except on CI, which must run them. */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium on CI", () => {
        throw new Error(
          `${CHROMIUM} is missing; .ci/run installs Debian's chromium before the tests`
        );
      });
    });
    return;
  }
  console.warn(
    `[browser tests] skipped: ${CHROMIUM} not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`
  );
  describe.skip(name, body);
}

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** What dist/ is built from: every source folder the bundles import (a change in any one rebuilds), and the config. */
export const BUILD_SOURCES = [
  "src/web",
  "src/ui",
  "src/i18n",
  "src/core",
  "src/file",
  "src/excel",
  "src/commands",
  "src/assets",
  "src/taskpane",
  "seeds",
  "webpack.config.js",
  "package-lock.json",
];

/** Stamped by each build made here, with the time it started: webpack leaves an output file whose content is the
 * same untouched, so the pages' own times do not say when dist/ was last built. */
const BUILT_STAMP = path.join(DIST, ".built");

/** dist/ has both pages and was built (here, or by `npm run build`: its newest file) after its newest source. */
function buildIsCurrent(): boolean {
  const sourceTime = Math.max(
    ...BUILD_SOURCES.map((s) => path.join(ROOT, s))
      .filter(existsSync)
      .map(newestMtime)
  );
  // web.html and the one file (test/deploy) come from the same production build.
  const pages = ["web.html", "breakdown-check.html"].map((name) => path.join(DIST, name));
  return pages.every(existsSync) && newestMtime(DIST) >= sourceTime;
}

/** Builds dist/ with webpack when a page is missing or anything it is built from changed since the last build. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  // One build at a time per checkout (other checkouts on the machine build their own dist/).
  const checkout = createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
  const lock = path.join(os.tmpdir(), `breakdown-check-web-build-${checkout}.lock`);
  try {
    mkdirSync(lock);
  } catch {
    // another test process is building: wait for it
    const until = Date.now() + 240_000;
    while (existsSync(lock) && Date.now() < until) execFileSync("sleep", ["1"]);
    return;
  }
  try {
    const started = new Date();
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: "pipe",
      }
    );
    writeFileSync(BUILT_STAMP, `${started.toISOString()}\n`);
    utimesSync(BUILT_STAMP, started, started);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Session {
  browser: Browser;
  server: StaticServer;
  /** Every URL requested by any page or worker of the browser. */
  requests: string[];
  /** Requests to anywhere but the test server (blocked, and recorded here). */
  foreign: string[];
  /** Uncaught exceptions and console errors of every page. */
  errors: string[];
  newContext(options?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  ensureBuild();
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startStaticServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const isOwn = (url: string) => url.startsWith(`${server.origin}/`) || /^(blob|data):/.test(url);
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    requests,
    foreign,
    errors,
    async newContext(options) {
      // A downloads folder of its own for every context; Chromium's profile is a fresh temporary one per launch.
      const context = await browser.newContext({ acceptDownloads: true, ...options });
      context.on("page", (page) => {
        page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
        });
      });
      context.on("request", (request) => {
        requests.push(request.url());
        if (!isOwn(request.url())) foreign.push(request.url());
      });
      await context.route("**/*", (route) =>
        isOwn(route.request().url()) ? route.continue() : route.abort("blockedbyclient")
      );
      contexts.push(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
