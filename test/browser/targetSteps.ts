/**
 * The plan targets edited in the page, step by step, for the browser tests: each step waits for its own visible
 * result (the form open, the value in the field, the list showing the change, the save and its re-check finished)
 * before the next one starts, and a failure names the step. Nothing waits a fixed time: every wait is on the page.
 */
import type { Locator, Page } from "playwright-core";

/** Runs one step; a failure says which one, with what the page said. */
export async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const failed = new Error(`step "${name}" failed: ${detail}`);
    if (error instanceof Error) failed.stack = `${failed.message}\n${error.stack ?? ""}`;
    throw failed;
  }
}

/** The control once it takes a click: Fluent's disabledFocusable buttons say aria-disabled, not disabled. */
export function whenEnabled(control: Locator): Locator {
  return control.and(control.page().locator(':not([disabled]):not([aria-disabled="true"])'));
}

async function clickEnabled(control: Locator): Promise<void> {
  const ready = whenEnabled(control);
  await ready.waitFor();
  await ready.click();
}

/** Waits until the field holds `value` (read back from the page, not assumed from the fill). */
async function fieldHolds(field: Locator, value: string): Promise<void> {
  const handle = await field.elementHandle();
  await field
    .page()
    .waitForFunction(([input, expected]) => (input as HTMLInputElement).value === expected, [
      handle,
      value,
    ] as const);
}

const checkButton = (page: Page) => page.getByRole("button", { name: "校验", exact: true });
const resultsRegion = (page: Page) => page.getByRole("region", { name: "校验结果" });

/** The page is idle: no check, save or load under way (校验 takes a click again). */
export async function pageIdle(page: Page): Promise<void> {
  await whenEnabled(checkButton(page)).waitFor();
}

/**
 * 校验, and its new results: the results block shown before the click is marked, so an old one is never taken for
 * the new one (a check first saves changed targets, and drops the old results only when it starts).
 */
export async function runCheck(page: Page): Promise<void> {
  await step("校验: start", async () => {
    await resultsRegion(page).evaluateAll((regions) =>
      regions.forEach((region) => region.setAttribute("data-before-check", ""))
    );
    await clickEnabled(checkButton(page));
  });
  await step("校验: new results shown", async () => {
    await resultsRegion(page)
      .and(page.locator(":not([data-before-check])"))
      .getByRole("heading", { name: "校验结果" })
      .waitFor();
    await pageIdle(page);
  });
}

/** The 计划目标 section open (its header is a toggle: pressed only when closed), listing `count` targets. */
export async function openTargets(page: Page, count: number): Promise<void> {
  await step(`open 计划目标（${count}）`, async () => {
    const header = page.getByRole("button", { name: `计划目标（${count}）` });
    await header.waitFor();
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await page.getByRole("button", { name: `计划目标（${count}）`, expanded: true }).waitFor();
  });
}

/** A target's value changed through its form: `label` before, `changed` after (as the list shows them). */
export async function editTargetValue(
  page: Page,
  label: string,
  value: string,
  changed: string
): Promise<void> {
  const form = page.getByRole("form", { name: "编辑目标" });
  const field = form.getByRole("textbox", { name: /^目标值/ });
  await step(`open the form of ${label}`, async () => {
    await clickEnabled(page.getByRole("button", { name: `编辑目标：${label}` }));
    await field.waitFor();
  });
  await step(`fill ${value} into 目标值`, async () => {
    await field.fill(value);
    await fieldHolds(field, value);
  });
  await step(`confirm: the list shows ${changed}`, async () => {
    await form.getByRole("button", { name: "确定" }).click();
    await form.waitFor({ state: "detached" });
    await page.getByRole("button", { name: `编辑目标：${changed}` }).waitFor();
    await page.getByText("有未应用的修改").waitFor();
  });
}

/** A plan sentence pasted, read and added: the list shows `added`. */
export async function pasteTarget(page: Page, sentence: string, added: RegExp): Promise<void> {
  const box = page.getByRole("textbox", { name: "规划原文" });
  await step("paste the plan's sentence", async () => {
    await whenEnabled(box).waitFor();
    await box.fill(sentence);
    await fieldHolds(box, sentence);
  });
  await step("识别 and 添加 1 条", async () => {
    await clickEnabled(page.getByRole("button", { name: "识别", exact: true }));
    await clickEnabled(page.getByRole("button", { name: "添加 1 条" }));
    await page
      .getByRole("list", { name: "计划目标" })
      .getByRole("button", { name: new RegExp(`^编辑目标：${added.source}`) })
      .waitFor();
  });
}

/** 应用到校验, finished: the list is the page's (no unapplied change) and the re-check after it is done. */
export async function applyTargets(page: Page): Promise<void> {
  await step("应用到校验", async () => {
    await clickEnabled(page.getByRole("button", { name: "应用到校验" }));
    await page.getByText("本页的校验和标注副本使用这些目标").waitFor();
    await pageIdle(page);
  });
}
