/**
 * dist/breakdown-check.html, the one file an officer double-clicks: opened from file:// in Debian's Chromium with
 * every request outside file:, blob: and data: blocked and counted — it must be zero. Opens seeds/yongchuan.xlsx
 * through the file input, runs 校验, sees the 附件1!G32 error, downloads the annotated copy and finds every value of
 * the original in it (ExcelJS); an embedded example opens too.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  ARTIFACTS,
  CHROMIUM,
  CHROMIUM_FLAGS,
  DIST,
  ROOT,
  describeInChromium,
  ensureBuild,
  tempDir,
} from "../browser/support";

jest.setTimeout(120_000);

const ONE_FILE = path.join(DIST, "breakdown-check.html");
const SEEDS = path.join(ROOT, "seeds");
const MESSAGE = "2027年合计600000，但各单位之和为600001，相差-1";
const isLocal = (url: string) => /^(file|blob|data):/.test(url);

let browser: Browser;
let page: Page;
const requests: string[] = [];
const outside: string[] = [];
const errors: string[] = [];

describeInChromium("the one file (dist/breakdown-check.html from file://, no network)", () => {
  beforeAll(async () => {
    ensureBuild();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
      locale: "zh-CN",
    });
    context.on("request", (request) => {
      requests.push(request.url());
      if (!isLocal(request.url())) outside.push(request.url());
    });
    await context.route("**/*", (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient")
    );
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
  }, 1_800_000); // a production build when dist/ is stale: minutes on a loaded 2-core machine

  afterAll(async () => {
    await browser?.close();
  });

  it("is one file: no script, style, worker or image it would load from beside it", () => {
    expect(existsSync(ONE_FILE)).toBe(true);
    const html = readFileSync(ONE_FILE, "utf8");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*\shref="(?!data:)/i);
    expect(html).toContain("worker-src blob:");
  });

  it("opens from file://, reads yongchuan.xlsx from the file input, and 校验 finds the 附件1!G32 error", async () => {
    await page.goto(pathToFileURL(ONE_FILE).href);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByTestId("file-input").setInputFiles(path.join(SEEDS, "yongchuan.xlsx"));
    await page.getByRole("heading", { level: 2, name: "yongchuan.xlsx" }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page
      .getByRole("region", { name: "校验结果" })
      .getByRole("heading", { name: "校验结果" })
      .waitFor();
    const finding = page.getByRole("button", { name: new RegExp(`^G32 错误：${MESSAGE}`) });
    await expect(finding.textContent()).resolves.toContain(MESSAGE);
    await expect(page.locator('[data-cell="G32"]').getAttribute("data-severity")).resolves.toBe(
      "error"
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "one-file-checked.png") });
  });

  it("downloads the annotated copy, every value of the original unchanged", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载标注副本" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("yongchuan.checked.xlsx");
    const saved = path.join(tempDir("one-file-download-"), download.suggestedFilename());
    await download.saveAs(saved);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(path.join(SEEDS, "yongchuan.xlsx"));
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(saved);
    expect(annotated.getWorksheet("校验结果")).toBeDefined();
    let compared = 0;
    for (const sheet of original.worksheets) {
      const copy = annotated.getWorksheet(sheet.name);
      expect([sheet.name, Boolean(copy)]).toEqual([sheet.name, true]);
      sheet.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          compared++;
          expect([sheet.name, cell.address, copy!.getCell(r, c).value]).toEqual([
            sheet.name,
            cell.address,
            cell.value,
          ]);
        })
      );
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("opens an example workbook embedded in the file (no seeds/ folder beside it)", async () => {
    await page.locator('[data-example="beibei.xlsx"]').click();
    await page.getByRole("heading", { level: 2, name: "beibei.xlsx" }).waitFor();
  });

  it("made no request outside file:, blob: and data:, and threw nothing", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
