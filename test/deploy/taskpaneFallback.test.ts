/**
 * taskpane.html's static notice, for when nothing draws the pane: office.js blocked (no route to Microsoft's CDN)
 * or a bundle this Excel's browser cannot run. The page's template is opened from file:// in Chromium with every
 * request outside file: blocked and no bundle at all; the notice must say why, in Chinese, after its delay — and
 * stay hidden when the pane has drawn itself.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, describeInChromium } from "../browser/support";

jest.setTimeout(60_000);

const TEMPLATE = pathToFileURL(path.join(ROOT, "src/taskpane/taskpane.html")).href;
let browser: Browser;

async function open(init?: () => void): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  await context.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort("blockedbyclient")
  );
  const page = await context.newPage();
  await page.clock.install();
  if (init) await page.addInitScript(init);
  await page.goto(TEMPLATE);
  return page;
}

describeInChromium("task pane without office.js or a running bundle (taskpane.html)", () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("office.js blocked: after the delay, says in Chinese that appsforoffice.microsoft.com is unreachable", async () => {
    const page = await open();
    await expect(page.getByRole("alert").isVisible()).resolves.toBe(false);
    await page.clock.fastForward(9000);
    const alert = page.getByRole("alert");
    await expect(alert.isVisible()).resolves.toBe(true);
    await expect(alert.innerText()).resolves.toContain("无法加载 Office 组件（office.js）");
    await expect(alert.innerText()).resolves.toContain("appsforoffice.microsoft.com");
    await expect(alert.innerText()).resolves.not.toContain("任务窗格未能启动");
  });

  it("office.js there but the pane never drawn (an Excel too old for the bundle): points to the one file", async () => {
    const page = await open(() => {
      (window as unknown as { Office: object }).Office = {};
    });
    await page.clock.fastForward(9000);
    const text = await page.getByRole("alert").innerText();
    expect(text).toContain("任务窗格未能启动");
    expect(text).toContain("breakdown-check.html");
    expect(text).not.toContain("无法加载 Office 组件");
  });

  it("the pane drawn (its own notice or the pane): no static notice", async () => {
    const page = await open(() => {
      document.addEventListener("DOMContentLoaded", () => {
        document.getElementById("root")!.textContent = "面板";
      });
    });
    await page.clock.fastForward(9000);
    await expect(page.locator("#startup-problem").isVisible()).resolves.toBe(false);
  });
});
