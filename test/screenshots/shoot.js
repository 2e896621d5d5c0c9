#!/usr/bin/env node
/**
 * Screenshots of the task pane for the README (docs/pane-*.png), taken in Debian's Chromium:
 *   node test/screenshots/shoot.js
 * 1. builds the core for Node (lib/) and computes a realistic report: seeds/yongchuan.xlsx (its real 2027 sum
 *    mistake, repeated serial, strict targets) plus a progress bulletin 通报 (1-6月完成, so units on red/yellow/green);
 * 2. type-checks and bundles harness.tsx (the real App over a scripted PaneHost) into test/screenshots/dist/;
 * 3. drives the page with playwright-core and writes the PNGs.
 * Nothing here is part of the add-in's build.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(__dirname, "dist");
const DOCS = path.join(ROOT, "docs");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit" });
}

/** 通报: a bulletin as district offices publish it, due by the end of June. */
function bulletinSheet() {
  const units = [
    ["中山路街道", 100, 58],
    ["胜利路街道", 80, 48],
    ["南大街街道", 50, 5],
    ["茶山竹海街道", 20, 12],
    ["大安街道", 60, 21],
    ["卫星湖街道", 40, 15],
  ];
  const target = units.reduce((s, [, t]) => s + t, 0);
  const actual = units.reduce((s, [, , a]) => s + a, 0);
  return {
    name: "通报",
    top: 0,
    left: 0,
    values: [
      ["2024年科技型企业培育进度通报", null, null, null, null],
      [null, null, null, null, "（单位：家）"],
      ["序号", "单位", "全年目标", "1-6月完成", "完成率"],
      ...units.map(([name, t, a], i) => [i + 1, name, t, a, a / t]),
      ["合计", null, target, actual, actual / target],
    ],
  };
}

async function reportData() {
  run("npx", ["tsc", "-p", "tsconfig.cli.json"]);
  const { readWorkbook: readWorkbookBytes } = require(path.join(ROOT, "lib/file/read/readWorkbook.js"));
  const { checkWorkbook } = require(path.join(ROOT, "lib/core/check.js"));
  const { readTargetSheet } = require(path.join(ROOT, "lib/core/targets/targetSheet.js"));
  const bytes = fs.readFileSync(path.join(ROOT, "seeds/yongchuan.xlsx"));
  const { grid } = await readWorkbookBytes(new Uint8Array(bytes));
  grid.sheets.push(bulletinSheet());
  // The money targets as the plan writes them (46亿元, 60亿元) with a 单位 column, as an officer would enter them:
  // the check converts them into the tables' 万元, and the editor shows that.
  const sheet = grid.sheets.find((s) => s.name === "目标");
  sheet.values = sheet.values.map((row, r) => {
    if (r === 0) return [...row, "单位"];
    return row[0] === "研发投入" ? [row[0], row[1], row[2], row[3] / 10000, row[4], "亿元"] : [...row, null];
  });
  const report = checkWorkbook(grid, { locale: "zh-CN", today: new Date(2024, 6, 15) });
  const targetSheet = grid.sheets.find((s) => s.name === "目标");
  const targets = targetSheet ? readTargetSheet(targetSheet).targets : [];
  return { report, targets };
}

async function buildHarness() {
  run("npx", ["tsc", "-p", path.join(__dirname, "tsconfig.json")]);
  const webpack = require("webpack");
  const config = {
    mode: "production",
    entry: path.join(__dirname, "harness.tsx"),
    output: { path: DIST, filename: "harness.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  await new Promise((resolve, reject) =>
    webpack(config).run((error, stats) =>
      error || stats.hasErrors() ? reject(error || new Error(stats.toString("errors-only"))) : resolve()
    )
  );
  fs.writeFileSync(
    path.join(DIST, "harness.html"),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script src="harness.js"></script></body></html>'
  );
}

const FULL = { notes: true, comments: true, links: true, charts: true, comboCharts: true, mergedAreas: true };

async function main() {
  const data = await reportData();
  await buildHarness();
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const errors = [];

  async function open(options = {}) {
    const page = await browser.newPage({ viewport: { width: 360, height: 760 }, deviceScaleFactor: 1 });
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.addInitScript((pane) => (window.__PANE__ = pane), {
      ...data,
      capabilities: FULL,
      dark: false,
      locale: "zh-CN",
      today: "2024-07-15T12:00:00",
      ...options,
    });
    await page.goto(`file://${path.join(DIST, "harness.html")}`);
    await page.getByRole("button", { name: "校验", exact: true }).waitFor();
    return page;
  }
  async function check(page) {
    const button = page.getByRole("button", { name: "校验", exact: true });
    await button.click();
    await page.getByRole("region", { name: "校验结果" }).waitFor();
    await page.waitForFunction((el) => el.getAttribute("aria-disabled") !== "true", await button.elementHandle());
  }
  /**
   * The page grown to its whole height (so nothing scrolls), then `height` pixels from the top of `from` (the page's
   * top when absent).
   */
  /**
   * axe-core in the real browser, colour contrast included; every violation is reported (and fails the run). Once the
   * sections' opening motion is over; tabster's focus sentinels (Fluent's focus management) are left out.
   */
  async function audit(page, name) {
    await page.waitForTimeout(800);
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () =>
      (
        await window.axe.run({ include: [["main"]], exclude: [["[data-tabster-dummy]"]] })
      ).violations.map(
        (v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0].html.slice(0, 120)}`
      )
    );
    for (const violation of violations) errors.push(`[axe ${name}] ${violation}`);
  }

  async function shoot(page, file, height, from) {
    await audit(page, file);
    const contentBottom = () =>
      page.evaluate(() => {
        const last = document.querySelector("main").lastElementChild;
        return Math.ceil(last.getBoundingClientRect().bottom + window.scrollY + 16);
      });
    await page.setViewportSize({ width: 360, height: 6000 });
    await page.waitForTimeout(100);
    const full = await contentBottom();
    await page.setViewportSize({ width: 360, height: full });
    await page.waitForTimeout(200);
    const top = from ? await from.evaluate((el) => el.getBoundingClientRect().top) : 8;
    const y = Math.max(0, Math.floor(top) - 8);
    const target = path.join(DOCS, file);
    await page.screenshot({ path: target, clip: { x: 0, y, width: 360, height: Math.min(height, full - y) } });
    const size = fs.statSync(target).size;
    console.log(`${path.relative(ROOT, target)}: ${(size / 1024).toFixed(0)} KB`);
    if (size > 200 * 1024) throw new Error(`${file} is over 200 KB`);
    await page.close();
  }

  // 1. Summary and findings, light theme.
  let page = await open();
  await check(page);
  await shoot(page, "pane-results.png", 1500);

  // 2. The targets editor after a check: outcomes, a unit converted, plan sentences read before adding.
  page = await open();
  await check(page);
  await page.getByRole("button", { name: /^计划目标/ }).click();
  await page.getByRole("textbox", { name: /规划原文/ }).fill(
    "到2025年，全区高新技术企业突破75家、科技型企业超过690家"
  );
  await page.getByRole("button", { name: "识别", exact: true }).click();
  await page.getByText(/识别出 2 条目标/).waitFor();
  const editor = page.getByRole("region", { name: /^计划目标/ });
  await shoot(page, "pane-targets.png", 1500, editor);

  // 3. The tables found.
  page = await open();
  await check(page);
  await page.getByRole("button", { name: /^识别的表/ }).click();
  const tables = page.getByRole("region", { name: /^识别的表/ });
  await shoot(page, "pane-tables.png", 1100, tables);

  // 4. Dark theme, on an Excel without notes (volume-licensed Office 2021): the notice, the steps, the results.
  page = await open({ dark: true, capabilities: { ...FULL, notes: false } });
  await check(page);
  await page.getByRole("button", { name: /^警告/ }).first().click();
  await shoot(page, "pane-dark.png", 1300);

  await browser.close();
  if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
