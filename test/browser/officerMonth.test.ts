/**
 * Issue 13, items 1–4 and 6–9: the page as an officer uses it for a month's work, in Debian's Chromium. Each test
 * names the item it covers. The speed of a large file (item 5) is in pageSpeed.test.ts, the page's language in
 * pageLanguage.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import type { BrowserContext, Page } from "playwright-core";
import { planRows, targetRows } from "../support/bulletin";
import {
  ARTIFACTS,
  ROOT,
  describeInChromium,
  startSession,
  tempDir,
  type Session,
} from "./support";
import {
  applyTargets,
  editTargetValue,
  openTargets,
  pageIdle,
  runCheck,
  step,
} from "./targetSteps";

jest.setTimeout(180_000);

const SEEDS = path.join(ROOT, "seeds");
const ERROR_FILL = "rgb(255, 199, 206)"; // SEVERITY_FILL.error, #FFC7CE

let session: Session;
let context: BrowserContext;

async function newPage(options: Parameters<Session["newContext"]>[0] = {}): Promise<Page> {
  const ctx = Object.keys(options ?? {}).length
    ? await session.newContext({
        viewport: { width: 1366, height: 900 },
        locale: "zh-CN",
        ...options,
      })
    : context;
  const page = await ctx.newPage();
  await page.goto(`${session.server.origin}/web.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

async function openExample(page: Page, file: string): Promise<void> {
  await page.locator(`[data-example="${file}"]`).click();
  await page.getByRole("heading", { level: 2, name: file }).waitFor();
}

/** The number on the findings list's 错误 filter button. */
async function errorCount(page: Page): Promise<number> {
  const button = page
    .getByRole("region", { name: "问题清单" })
    .getByRole("button", { name: /^错误 \d+$/ });
  if ((await button.count()) === 0) return 0;
  return Number(/\d+/.exec((await button.textContent()) ?? "")![0]);
}

async function pasteTarget(page: Page, sentence: string): Promise<void> {
  await page.getByRole("button", { name: /^计划目标（\d+）$/ }).click();
  await page.getByRole("textbox", { name: "规划原文" }).fill(sentence);
  await page.getByRole("button", { name: "识别", exact: true }).click();
  await page.getByRole("button", { name: "添加 1 条" }).click();
}

async function download(page: Page): Promise<ExcelJS.Workbook> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载标注副本" }).click(),
  ]);
  const saved = path.join(tempDir("web-issue13-"), event.suggestedFilename());
  await event.saveAs(saved);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(saved);
  return copy;
}

async function dropFiles(page: Page, files: { name: string; bytes: number[] }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const file of list)
      dt.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: "" }));
    return dt;
  }, files);
  const target = page.locator("main");
  await target.dispatchEvent("dragenter", { dataTransfer: transfer });
  await target.dispatchEvent("drop", { dataTransfer: transfer });
}

async function showCharts(page: Page) {
  await page.getByRole("button", { name: "显示进度图表" }).click();
  const section = page.getByTestId("charts");
  await section.getByRole("figure").first().waitFor();
  return section;
}

describeInChromium("issue 13: the page for a month's work (dist/web.html in Chromium)", () => {
  beforeAll(async () => {
    session = await startSession();
    context = await session.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  it("1. 应用到校验 re-runs the check: the page's count and the target's outcome agree with the downloaded copy", async () => {
    const page = await newPage();
    await openExample(page, "yongchuan.xlsx");
    await runCheck(page);
    const before = await errorCount(page);
    await pasteTarget(page, "到2025年，全区科技型企业超过2500家。");
    await page.getByRole("button", { name: "应用到校验" }).click();
    // No 校验 click: applying the targets checks again.
    await page.waitForFunction(
      async (expected) => {
        const button = Array.from(document.querySelectorAll("button")).find((b) =>
          /^错误 \d+$/.test(b.textContent ?? "")
        );
        return Number(/\d+/.exec(button?.textContent ?? "")?.[0]) === expected;
      },
      before + 1,
      { timeout: 30_000 }
    );
    const item = page
      .getByRole("list", { name: "计划目标" })
      .getByRole("listitem")
      .filter({ has: page.getByText(/^科技型企业 2025年 超过 2,?500( 家)?$/) });
    await expect(item.locator("[data-outcome]").getAttribute("data-outcome")).resolves.toBe(
      "not-met"
    );
    const copy = await download(page);
    const errors = copy
      .getWorksheet("校验结果")!
      .getSheetValues()
      .map((row) =>
        Array.isArray(row)
          ? row.map((v) => (v && typeof v === "object" && "result" in v ? v.result : v))
          : []
      )
      // A finding's row: its severity and its cell (the summary rows above name severities too).
      .filter((row) => row.includes("错误") && row.some((v) => /^[A-Z]{1,3}\d+$/.test(String(v))));
    expect(errors.length).toBe(before + 1);
    await page.close();
  });

  it("2. a target that cannot be compared with the table is not drawn against it: it stands beside the chart with the reason", async () => {
    const page = await newPage();
    await openExample(page, "liangping.xlsx");
    await runCheck(page);
    const section = await showCharts(page);
    const figure = section.getByRole("figure").filter({ hasText: "新增有效期内高新技术企业总数" });
    // The chart's data: no 120 against the 82 bar.
    const rows = await figure
      .locator("table")
      .evaluate((t) =>
        Array.from(t.querySelectorAll("tr")).map((row) =>
          Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent)
        )
      );
    expect(rows.flat()).not.toContain("120");
    const aside = figure.getByTestId("targets-not-drawn");
    await expect(aside.textContent()).resolves.toContain("120");
    await expect(aside.textContent()).resolves.toContain("两者不能直接比较");
    await page.close();
  });

  it("3. a wrong file shows the error but keeps the grid, the findings and the target edits", async () => {
    const page = await newPage();
    await openExample(page, "yongchuan.xlsx");
    await runCheck(page);
    await openTargets(page, 6);
    await editTargetValue(
      page,
      "高新技术企业 2025年 超过 420",
      "400",
      "高新技术企业 2025年 超过 400"
    );

    await step("a file that is no workbook: its notice", async () => {
      await page.getByTestId("file-input").setInputFiles({
        name: "旧报表.xls",
        mimeType: "application/vnd.ms-excel",
        buffer: Buffer.from("这不是工作簿", "utf8"),
      });
      const notice = page.getByTestId("notice");
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain("无法打开 旧报表.xls");
      await pageIdle(page);
    });
    await step("the open file stays: grid, findings, target edits", async () => {
      await expect(
        page.getByRole("heading", { level: 2, name: "yongchuan.xlsx" }).count()
      ).resolves.toBe(1);
      await expect(page.locator('[data-cell="G32"]').getAttribute("data-severity")).resolves.toBe(
        "error"
      );
      await expect(
        page.getByRole("button", { name: /^G32 错误：2027年合计600000，但各单位之和/ }).count()
      ).resolves.toBe(1);
      await page.getByText("有未应用的修改").waitFor();
      await expect(
        page.getByRole("button", { name: "编辑目标：高新技术企业 2025年 超过 400" }).count()
      ).resolves.toBe(1);
    });
    // The file the page still shows is the one checked and downloaded.
    await runCheck(page);
    await step("the check used the edit: F10 gone", async () => {
      await expect(
        page.getByRole("button", { name: /^F10 错误：2025年合计420/ }).count()
      ).resolves.toBe(0);
    });
    await page.close();
  });

  it("4. the focused cell has a visible frame: after a finding, a click and the arrow keys", async () => {
    const page = await newPage();
    await openExample(page, "yongchuan.xlsx");
    await runCheck(page);
    const frame = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          cell: el.getAttribute("data-cell"),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
    await page.getByRole("button", { name: /^G32 错误：2027年合计600000，但各单位之和/ }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-cell") === "G32");
    await expect(frame()).resolves.toEqual({ cell: "G32", style: "solid", width: 2 });
    await page.locator('[data-cell="C6"]').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-cell") === "C6");
    await expect(frame()).resolves.toEqual({ cell: "C6", style: "solid", width: 2 });
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-cell") === "C7");
    await expect(frame()).resolves.toEqual({ cell: "C7", style: "solid", width: 2 });
    await page.close();
  });

  it("6. conflicting targets are said in words, and the chart shows both", async () => {
    const page = await newPage();
    await openExample(page, "yongchuan.xlsx");
    await runCheck(page);
    await pasteTarget(page, "到2025年，全区高新技术企业突破75家。");
    await page.getByRole("button", { name: "应用到校验" }).click();
    await page.getByText("本页的校验和标注副本使用这些目标").waitFor();
    const items = page.getByRole("list", { name: "计划目标" }).getByRole("listitem");
    const first = items.filter({
      has: page.getByText("高新技术企业 2025年 超过 420", { exact: true }),
    });
    const second = items.filter({
      has: page.getByText(/^高新技术企业 2025年 突破 75( 家)?$/),
    });
    await expect(first.getByTestId("target-conflict").textContent()).resolves.toContain(
      "高新技术企业 2025年 突破 75"
    );
    await expect(second.getByTestId("target-conflict").textContent()).resolves.toContain(
      "高新技术企业 2025年 超过 420"
    );
    const section = await showCharts(page);
    const figure = section.getByRole("figure").filter({ hasText: "高新技术企业" }).first();
    const text = (await figure.textContent()) ?? "";
    expect(text).toContain("420");
    expect(text).toContain("75");
    await expect(figure.getByTestId("targets-conflict").textContent()).resolves.toMatch(
      /2025年.*420.*75/
    );
    await page.close();
  });

  it("7. saving targets leaves untouched cells of the 目标 sheet as they were (text 2025 stays text)", async () => {
    const page = await newPage();
    await openExample(page, "yongchuan.xlsx");
    // The 目标 sheet as the file has it: its periods are text (left-aligned, as Excel shows text).
    const periods = () =>
      page.evaluate(() =>
        [2, 3, 4, 5, 6, 7].map((row) => {
          const cell = document.querySelector(`[data-cell="B${row}"]`) as HTMLElement;
          return [cell.textContent, getComputedStyle(cell).textAlign];
        })
      );
    const shown = await step("the 目标 sheet shown, its periods as text", async () => {
      await page.getByRole("tab", { name: /^目标/ }).click();
      await page.getByRole("tab", { name: /^目标/, selected: true }).waitFor();
      const before = await periods();
      expect(before[0]).toEqual(["2025", "left"]);
      return before;
    });
    await openTargets(page, 6);
    await editTargetValue(
      page,
      "高新技术企业 2025年 超过 420",
      "400",
      "高新技术企业 2025年 超过 400"
    );
    await applyTargets(page);
    await step("the 目标 sheet shows 400; the periods untouched", async () => {
      await page.locator('[data-cell="D3"]', { hasText: /^400$/ }).waitFor();
      await expect(periods()).resolves.toEqual(shown);
    });
    await runCheck(page);
    const copy = await download(page);
    const original = XLSX.read(readFileSync(path.join(SEEDS, "yongchuan.xlsx")));
    const sheet = original.Sheets["目标"];
    const targets = copy.getWorksheet("目标")!;
    for (let row = 2; row <= 7; row++) {
      const before = sheet[`B${row}`] as XLSX.CellObject;
      const after = targets.getCell(`B${row}`).value;
      expect([row, typeof after, after]).toEqual([row, "string", before.v]);
    }
    await expect(targets.getCell("D3").value).toBe(400);
    await page.close();
  });

  it("8. red lights: symbol, colour and count agree (a warning that is not painted as an error)", async () => {
    const file = path.join(tempDir("web-lights-"), "通报.xlsx");
    const workbook = new ExcelJS.Workbook();
    const bulletin = workbook.addWorksheet("通报");
    bulletin.addRows([
      ["2024年科技型企业培育进度通报（截至6月）"],
      [null, null, null, null, "（单位：家）"],
      ["序号", "单位", "全年目标", "1-6月完成", "完成率"],
      [1, "中山路街道", 100, 58, 0.58],
      [2, "南大街街道", 50, 5, 0.1],
      [3, "胜利路街道", 80, 48, 0.6],
      ["合计", null, 230, 111, 111 / 230],
    ]);
    workbook.addWorksheet("附件1").addRows(planRows());
    workbook.addWorksheet("目标").addRows(targetRows());
    await workbook.xlsx.writeFile(file);
    const page = await newPage();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByRole("heading", { level: 2, name: "通报.xlsx" }).waitFor();
    await runCheck(page);
    await page.getByRole("tab", { name: /^通报/ }).click();
    const red = page.locator('[data-cell="D5"]'); // 南大街街道 10% against 50%: a red light
    const mark = await red.evaluate((el) => ({
      severity: el.getAttribute("data-severity"),
      symbol: el.querySelector("[data-mark]")?.getAttribute("data-mark"),
      fill: getComputedStyle(el).backgroundColor,
    }));
    expect(mark.severity).toBe("warning");
    expect(mark.symbol).toBe("warning");
    expect(mark.fill).not.toBe(ERROR_FILL);
    // The legend names that colour for red lights, and the summary counts it as a warning.
    const legendRed = await page
      .locator('[data-legend-light="red"]')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(legendRed).toBe(mark.fill);
    const lightBadge = page.locator('[data-light="red"]').first();
    await expect(lightBadge.locator("[data-mark]").getAttribute("data-mark")).resolves.toBe(
      "warning"
    );
    await page.close();
  });

  it("9a. two files dropped: both go to the file list, neither is dropped silently", async () => {
    const page = await newPage();
    await dropFiles(page, [
      { name: "liangping.xlsx", bytes: [...readFileSync(path.join(SEEDS, "liangping.xlsx"))] },
      { name: "beibei.xlsx", bytes: [...readFileSync(path.join(SEEDS, "beibei.xlsx"))] },
    ]);
    // Several files are a month's returns: the file list takes them all (issue 13's batch flow).
    await page.getByRole("heading", { level: 2, name: "文件清单（2 个文件）" }).waitFor();
    for (const name of ["liangping.xlsx", "beibei.xlsx"])
      await page.getByRole("button", { name: `在表格中打开 ${name}` }).waitFor();
    await page.close();
  });

  it("9b. the file dialog offers every format the reader takes", async () => {
    const page = await newPage();
    const accept = (await page.getByTestId("file-input").getAttribute("accept")) ?? "";
    for (const ext of [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv"])
      expect([ext, accept.split(",").includes(ext)]).toEqual([ext, true]);
    await page.close();
  });

  it("9c. a 0-byte file is called empty, not a renamed text file", async () => {
    const page = await newPage();
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "空.xlsx", mimeType: "", buffer: Buffer.alloc(0) });
    const notice = page.getByTestId("notice");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("无法打开 空.xlsx");
    expect(text).toContain("0 字节");
    expect(text).not.toContain("改了扩展名");
    await page.close();
  });

  it("9d. a WPS .et file opens; a damaged one is not told to re-save in Excel", async () => {
    const page = await newPage();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["序号", "单位", "2025年"],
        [1, "中山路街道", 12],
        [2, "胜利路街道", 8],
        ["合计", null, 21],
      ]),
      "附件1"
    );
    const bytes = XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer;
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "报表.et", mimeType: "", buffer: bytes });
    await page.getByRole("heading", { level: 2, name: "报表.et" }).waitFor();
    await expect(page.locator('[data-cell="B2"]').textContent()).resolves.toBe("中山路街道");

    // A damaged .et, and one that holds no workbook at all: each gets the reader's reason, and none is told to
    // re-save in Excel (the .et is a format the page reads).
    for (const [name, buffer, reason] of [
      ["坏的.et", Buffer.concat([bytes.subarray(0, 512), Buffer.alloc(64)]), "已损坏"],
      ["不是表格.et", Buffer.from("这不是工作簿", "utf8"), ".et"],
    ] as const) {
      await page.getByTestId("file-input").setInputFiles({ name, mimeType: "", buffer });
      const notice = page.getByTestId("notice").filter({ hasText: `无法打开 ${name}` });
      await notice.waitFor();
      const text = (await notice.textContent()) ?? "";
      expect(text).toContain(reason);
      expect(text).not.toMatch(/Excel 中另存为/);
    }
    await expect(page.getByRole("heading", { level: 2, name: "报表.et" }).count()).resolves.toBe(1);
    await page.close();
  });

  it("9f. on a phone, tapping a finding keeps the header row and the unit names in view", async () => {
    const page = await newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await openExample(page, "yongchuan.xlsx");
    await runCheck(page);
    await page.getByRole("button", { name: /^G32 错误：2027年合计600000，但各单位之和/ }).tap();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-cell") === "G32");
    await page.waitForTimeout(300);
    const visible = (cell: string) =>
      page.locator(`[data-cell="${cell}"]`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        const x = Math.min(Math.max(box.left + 4, 0), window.innerWidth - 1);
        const y = box.top + box.height / 2;
        if (y < 0 || y > window.innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return Boolean(hit && el.contains(hit));
      });
    await page.screenshot({ path: path.join(ARTIFACTS, "web-issue13-phone.png") });
    await expect(visible("G32")).resolves.toBe(true);
    await expect(visible("G4")).resolves.toBe(true); // the header row, over column G
    await expect(visible("B31")).resolves.toBe(true); // a unit's name on the row above
    await page.close();
  });

  it("9g. serve.js compresses what it sends (br or gzip, as the browser accepts)", async () => {
    const get = (pathname: string, encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(
          `${session.server.origin}${pathname}`,
          { headers: { "Accept-Encoding": encoding } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({ headers: response.headers, body: Buffer.concat(chunks) })
            );
          }
        );
        request.on("error", reject);
        request.end();
      });
    const plain = await get("/web.html", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get("/web.html", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await get("/web.html", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    // In the browser too: the page's bundle arrives compressed.
    const page = await newPage();
    const encodings = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => /\/web\.[0-9a-f]+\.js$/.test(e.name))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return r.encodedBodySize < r.decodedBodySize;
        })
    );
    expect(encodings).toEqual([true]);
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const)
    it(`9h. axe after a check (${colorScheme}): no aria-hidden-focus, nothing serious`, async () => {
      const page = await newPage({ colorScheme });
      await openExample(page, "yongchuan.xlsx");
      await runCheck(page);
      await page.getByRole("button", { name: "识别的表（3）" }).click();
      await page.getByRole("button", { name: "显示进度图表" }).click();
      await page.getByRole("region", { name: "进度图表" }).getByRole("figure").first().waitFor();
      await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      const violations = await page.evaluate(async () => {
        type Result = { id: string; impact: string | null; nodes: { html: string }[] };
        const axe = (
          window as unknown as {
            axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[] }> };
          }
        ).axe;
        const run = await axe.run(document, { resultTypes: ["violations"] });
        return run.violations
          .filter(
            (v) => v.id === "aria-hidden-focus" || v.impact === "serious" || v.impact === "critical"
          )
          .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 120)) }));
      });
      expect(violations).toEqual([]);
      await page.close();
    });
});
