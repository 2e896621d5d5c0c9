/**
 * Issue 13: the page's language follows the browser (zh-* → Chinese, anything else → English) unless the user chose
 * one; the choice is kept (localStorage) and in the URL (`?lang=`), so a reload or a shared link keeps it.
 */
import type { Page } from "playwright-core";
import { describeInChromium, startSession, type Session } from "./support";

jest.setTimeout(120_000);

let session: Session;

async function open(locale: string, query = "") {
  const context = await session.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  await page.goto(`${session.server.origin}/web.html${query}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { context, page };
}

const language = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }));

describeInChromium("the page's language (dist/web.html in Chromium)", () => {
  beforeAll(async () => {
    session = await startSession();
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ["en-US", "en-US", "Breakdown Check (web)"],
    ["fr-FR", "en-US", "Breakdown Check (web)"],
    ["zh-CN", "zh-CN", "分解表校验（网页版）"],
    ["zh-TW", "zh-CN", "分解表校验（网页版）"],
  ])("a %s browser gets %s", async (browserLocale, lang, title) => {
    const { context, page } = await open(browserLocale);
    await expect(language(page)).resolves.toEqual({ lang, title });
    await context.close();
  });

  it("a choice is kept: in the URL and, for the next visit, in localStorage", async () => {
    const { context, page } = await open("en-US");
    await page.getByRole("button", { name: "将页面切换为中文" }).click();
    await expect(language(page)).resolves.toEqual({ lang: "zh-CN", title: "分解表校验（网页版）" });
    expect(new URL(page.url()).searchParams.get("lang")).toBe("zh-CN");
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(language(page)).resolves.toMatchObject({ lang: "zh-CN" });
    // A new visit without ?lang, in the same browser profile.
    const again = await context.newPage();
    await again.goto(`${session.server.origin}/web.html`);
    await again.getByRole("heading", { level: 1 }).waitFor();
    await expect(language(again)).resolves.toMatchObject({ lang: "zh-CN" });
    expect(new URL(again.url()).searchParams.get("lang")).toBe("zh-CN");
    await context.close();
  });

  it("?lang= in a link wins over the browser, and is kept", async () => {
    const { context, page } = await open("zh-CN", "?lang=en-US");
    await expect(language(page)).resolves.toMatchObject({ lang: "en-US" });
    const again = await context.newPage();
    await again.goto(`${session.server.origin}/web.html`);
    await again.getByRole("heading", { level: 1 }).waitFor();
    await expect(language(again)).resolves.toMatchObject({ lang: "en-US" });
    await context.close();
  });
});
