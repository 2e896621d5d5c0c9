/** @jest-environment jsdom */
/**
 * The targets editor's open form is tied to the target it was opened on, not to its place in the list: when the
 * list changes under it (a save's read-back brings the 目标 sheet's order), the form moves with its target and no
 * other row gets its edit.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PlanTarget } from "../../src/core/model";
import { uiText } from "../../src/i18n";
import { TargetsEditor } from "../../src/ui/components/TargetsEditor";
import type { PaneHost } from "../../src/ui/host";
import { useTargets } from "../../src/ui/hooks/useTargets";

const HIGH_TECH: PlanTarget = {
  indicator: "高新技术企业",
  period: "2025",
  op: ">",
  value: 420,
  verb: "超过",
};
const RND: PlanTarget = { indicator: "研发投入", period: "2027", op: ">", value: 60, verb: "突破" };

function Editor({ host }: { host: PaneHost }) {
  const texts = uiText("zh-CN");
  const state = useTargets(host, texts);
  return (
    <TargetsEditor
      texts={texts}
      locale="zh-CN"
      state={state}
      report={null}
      disabled={false}
      defaultOpen
    />
  );
}

it("a form open when a read reorders the list stays on its target; no other row takes its edit", async () => {
  // The workbook keeps its targets sorted by indicator (the other way round from the pane's order).
  let stored = [HIGH_TECH, RND];
  const host = {
    readTargets: () => Promise.resolve(stored.map((t) => ({ ...t }))),
    saveTargets: (list: PlanTarget[]) => {
      stored = [...list].sort((a, b) => b.indicator.localeCompare(a.indicator, "zh-CN"));
      return Promise.resolve();
    },
  } as unknown as PaneHost;
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Editor host={host} />
    </FluentProvider>
  );
  const labels = async () =>
    within(await screen.findByRole("list", { name: "计划目标" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);

  // 研发投入 changed (the list is unsaved), then a form opened on 高新技术企业, its value typed, not confirmed.
  await user.click(
    await screen.findByRole("button", { name: "编辑目标：研发投入 2027年 突破 60" })
  );
  const value = () => screen.getByRole("textbox", { name: /^目标值/ });
  await user.clear(value());
  await user.type(value(), "70");
  await user.click(screen.getByRole("button", { name: "确定" }));
  await user.click(screen.getByRole("button", { name: "编辑目标：高新技术企业 2025年 超过 420" }));
  await user.clear(value());
  await user.type(value(), "400");

  // Saved: the read-back lists 研发投入 first.
  await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
  await screen.findByText("已保存在“目标”表中");
  // The form moved with 高新技术企业 to the second row, with what was typed; confirmed, it changes that target.
  expect(value()).toHaveValue("400");
  await user.click(screen.getByRole("button", { name: "确定" }));
  expect(await labels()).toEqual([
    expect.stringContaining("研发投入 2027年 突破 70"),
    expect.stringContaining("高新技术企业 2025年 超过 400"),
  ]);
  await screen.findByText("有未保存的修改");
});
