/** @jest-environment jsdom */
/**
 * The plan targets editor: the workbook's targets listed, edited, added, deleted, read from the plan's sentences,
 * and saved to the workbook (saveTargets) — also before a check, so the check uses what the pane shows.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import type { WorkbookReport } from "../../src/core/check";
import type { PlanTarget } from "../../src/core/model";
import { TargetSheetOccupiedError } from "../../src/core/targets/targetSheetLayout";
import { YONGCHUAN_REPORT, YONGCHUAN_TABLE, fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

const HIGH_TECH: PlanTarget = {
  indicator: "高新技术企业",
  period: "2025",
  op: ">",
  value: 420,
  verb: "超过",
  source: "到2025年，高新技术企业总数超过420家",
  from: { sheet: "目标", cell: "A2" },
};
const RND: PlanTarget = {
  indicator: "研发投入",
  period: "2027",
  op: ">",
  value: 60,
  unit: "亿元",
  verb: "突破",
  from: { sheet: "目标", cell: "A3" },
};

type User = Awaited<ReturnType<typeof renderPane>>;

async function openEditor(user: User, count: number) {
  await user.click(screen.getByRole("button", { name: `计划目标（${count}）` }));
  return screen.getByRole("region", { name: `计划目标（${count}）` });
}

const items = () =>
  within(screen.getByRole("list", { name: "计划目标" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("plan targets editor", () => {
  it("lists the workbook's targets with their values, units and sentences", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]);
    const user = await renderPane(host);
    expect(host.readTargets).toHaveBeenCalledTimes(1);
    await openEditor(user, 2);

    expect(items()).toEqual([
      expect.stringContaining("高新技术企业 2025年 超过 420"),
      expect.stringContaining("研发投入 2027年 突破 60 亿元"),
    ]);
    expect(screen.getByText("依据：到2025年，高新技术企业总数超过420家")).toBeInTheDocument();
    expect(screen.getByText("已保存在“目标”表中")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "保存到工作簿" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
  });

  it("edits a target and saves the list to the workbook", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]);
    const user = await renderPane(host);
    await openEditor(user, 2);

    await user.click(
      screen.getByRole("button", { name: "编辑目标：高新技术企业 2025年 超过 420" })
    );
    const form = screen.getByRole("form", { name: "编辑目标" });
    const value = within(form).getByRole("textbox", { name: /目标值/ });
    await user.clear(value);
    await user.type(value, "430");
    await user.selectOptions(within(form).getByRole("combobox", { name: "条件" }), "不低于");
    await user.click(within(form).getByRole("button", { name: "确定" }));

    expect(items()[0]).toContain("高新技术企业 2025年 不低于 430");
    expect(screen.getByText("有未保存的修改")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));

    await waitFor(() => expect(host.saveTargets).toHaveBeenCalledTimes(1));
    expect(host.saveTargets).toHaveBeenCalledWith([
      { ...HIGH_TECH, op: ">=", value: 430, verb: "不低于" },
      RND,
    ]);
    // The list is read back from the workbook after saving.
    await waitFor(() => expect(host.readTargets).toHaveBeenCalledTimes(2));
    expect(await screen.findByText("已保存在“目标”表中")).toBeInTheDocument();
  });

  it("adds a target with the form, refusing it until the year and value are right", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, []);
    const user = await renderPane(host);
    await openEditor(user, 0);
    expect(screen.getByText(/还没有计划目标/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "添加目标" }));
    const form = screen.getByRole("form", { name: "添加目标" });
    await user.type(within(form).getByRole("textbox", { name: /指标/ }), "科技型企业");
    await user.type(within(form).getByRole("textbox", { name: /期间/ }), "25");
    await user.type(within(form).getByRole("textbox", { name: /目标值/ }), "约690");
    await user.click(within(form).getByRole("button", { name: "确定" }));
    expect(within(form).getByText("请填写四位年份，如 2025")).toBeInTheDocument();
    expect(within(form).getByText("请填写数字")).toBeInTheDocument();

    await user.clear(within(form).getByRole("textbox", { name: /期间/ }));
    await user.type(within(form).getByRole("textbox", { name: /期间/ }), "2025");
    await user.clear(within(form).getByRole("textbox", { name: /目标值/ }));
    await user.type(within(form).getByRole("textbox", { name: /目标值/ }), "690");
    await user.type(within(form).getByRole("textbox", { name: /单位/ }), "家");
    await user.click(within(form).getByRole("button", { name: "确定" }));

    expect(items()).toEqual([expect.stringContaining("科技型企业 2025年 超过 690 家")]);
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await waitFor(() =>
      expect(host.saveTargets).toHaveBeenCalledWith([
        { indicator: "科技型企业", period: "2025", op: ">", value: 690, unit: "家", verb: "超过" },
      ])
    );
  });

  it("a doubling target asks for its base year instead of a value", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, []);
    const user = await renderPane(host);
    await openEditor(user, 0);
    await user.click(screen.getByRole("button", { name: "添加目标" }));
    const form = screen.getByRole("form", { name: "添加目标" });
    await user.type(within(form).getByRole("textbox", { name: /指标/ }), "科技型企业");
    await user.type(within(form).getByRole("textbox", { name: /期间/ }), "2027");
    await user.selectOptions(within(form).getByRole("combobox", { name: "条件" }), "翻番");
    expect(within(form).queryByRole("textbox", { name: /目标值/ })).not.toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: /基期/ }), "2022");
    await user.click(within(form).getByRole("button", { name: "确定" }));

    expect(items()).toEqual([expect.stringContaining("科技型企业 2027年 在 2022 年基础上 翻番")]);
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await waitFor(() =>
      expect(host.saveTargets).toHaveBeenCalledWith([
        { indicator: "科技型企业", period: "2027", op: "double", base: "2022", verb: "翻番" },
      ])
    );
  });

  it("deletes a target; 放弃修改 brings it back", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]);
    const user = await renderPane(host);
    await openEditor(user, 2);

    await user.click(
      screen.getByRole("button", { name: "删除目标：研发投入 2027年 突破 60 亿元" })
    );
    expect(items()).toHaveLength(1);
    expect(screen.getByRole("button", { name: "计划目标（1）" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "放弃修改" }));
    expect(items()).toHaveLength(2);

    await user.click(
      screen.getByRole("button", { name: "删除目标：高新技术企业 2025年 超过 420" })
    );
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await waitFor(() => expect(host.saveTargets).toHaveBeenCalledWith([RND]));
  });

  it("reads pasted plan sentences, shows what it found, and adds only what the user keeps", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, []);
    const user = await renderPane(host);
    await openEditor(user, 0);

    const sentence = "到2025年，全区高新技术企业突破75家、科技型企业超过690家";
    await user.click(screen.getByRole("textbox", { name: "规划原文" }));
    await user.paste(`${sentence}。\n到2027年，全社会研发投入力争达到60亿元。`);
    await user.click(screen.getByRole("button", { name: "识别" }));

    expect(screen.getByText("识别出 3 条目标，请核对后添加：")).toBeInTheDocument();
    const found = screen.getAllByRole("checkbox").map((box) => box.getAttribute("aria-label"));
    expect(found).toEqual([
      "添加：高新技术企业 2025年 突破 75 家",
      "添加：科技型企业 2025年 超过 690 家",
      "添加：研发投入 2027年 力争达到 60 亿元",
    ]);
    expect(host.saveTargets).not.toHaveBeenCalled();

    await user.click(
      screen.getByRole("checkbox", { name: "添加：研发投入 2027年 力争达到 60 亿元" })
    );
    await user.click(screen.getByRole("button", { name: "添加 2 条" }));
    expect(items()).toEqual([
      expect.stringContaining("高新技术企业 2025年 突破 75 家"),
      expect.stringContaining("科技型企业 2025年 超过 690 家"),
    ]);

    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await waitFor(() =>
      expect(host.saveTargets).toHaveBeenCalledWith([
        {
          indicator: "高新技术企业",
          period: "2025",
          op: ">",
          value: 75,
          unit: "家",
          verb: "突破",
          source: sentence,
        },
        {
          indicator: "科技型企业",
          period: "2025",
          op: ">",
          value: 690,
          unit: "家",
          verb: "超过",
          source: sentence,
        },
      ])
    );
  });

  it("says when nothing can be read, and flags a sentence without a year", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT, []));
    await openEditor(user, 0);
    const text = screen.getByRole("textbox", { name: "规划原文" });
    await user.click(text);
    await user.paste("加快建设科技创新中心");
    await user.click(screen.getByRole("button", { name: "识别" }));
    expect(screen.getByText(/未能从这段文字中识别出目标/)).toBeInTheDocument();

    await user.clear(text);
    await user.paste("高新技术企业超过420家");
    await user.click(screen.getByRole("button", { name: "识别" }));
    expect(screen.getByText("原文未写年份：添加后请编辑补上")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "添加 1 条" }));
    // Incomplete: it cannot be saved until the year is given.
    expect(screen.getByText("请填写四位年份，如 2025")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "保存到工作簿" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
  });

  it("after a check shows what became of each target, in the table's unit where it differs", async () => {
    const report: WorkbookReport = {
      ...YONGCHUAN_REPORT,
      targets: [
        {
          target: { ...HIGH_TECH, from: undefined },
          status: "met",
          sheet: "附件2",
          cell: "F20",
          actual: 430,
          expected: 420,
        },
        {
          target: RND,
          status: "not-met",
          sheet: YONGCHUAN_TABLE.sheet,
          cell: "G31",
          actual: 600000,
          expected: 600000,
        },
      ],
    };
    const user = await renderPane(fakeHost(report, [HIGH_TECH, RND]));
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验结果" });
    await openEditor(user, 2);

    expect(items()[0]).toContain("已达到");
    expect(items()[1]).toContain("未达到");
    expect(items()[1]).toContain("按表中单位比较：600,000 万元");
  });

  it("校验 saves changed targets first, so the check uses what the pane shows", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]);
    const user = await renderPane(host);
    await openEditor(user, 2);
    await user.click(
      screen.getByRole("button", { name: "删除目标：研发投入 2027年 突破 60 亿元" })
    );

    await user.click(screen.getByRole("button", { name: "校验" }));

    await waitFor(() => expect(host.runCheck).toHaveBeenCalledTimes(1));
    expect(host.saveTargets).toHaveBeenCalledWith([HIGH_TECH]);
    expect(host.saveTargets.mock.invocationCallOrder[0]).toBeLessThan(
      host.runCheck.mock.invocationCallOrder[0]
    );
    expect(screen.getByText("校验前已把修改后的目标保存到“目标”表。")).toBeInTheDocument();
  });

  it("explains a 目标 sheet holding something else, and keeps the changes", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH]);
    host.saveTargets.mockRejectedValueOnce(new TargetSheetOccupiedError("目标"));
    const user = await renderPane(host);
    await openEditor(user, 1);
    await user.click(
      screen.getByRole("button", { name: "删除目标：高新技术企业 2025年 超过 420" })
    );
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));

    expect(await screen.findByText("目标未保存")).toBeInTheDocument();
    expect(screen.getByText(/已有名为“目标”的工作表，但其中不是目标表/)).toBeInTheDocument();
    expect(screen.getByText("有未保存的修改")).toBeInTheDocument();
    // A real reason, not a made-up Office error code.
    expect(screen.queryByText(/错误代码/)).not.toBeInTheDocument();
  });

  it("every control of the editor is labelled, in English too", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]), "en-US");
    await user.click(screen.getByRole("button", { name: "Plan targets (2)" }));
    await user.click(screen.getByRole("button", { name: "Add a target" }));
    const form = screen.getByRole("form", { name: "Add a target" });
    for (const name of [/Indicator/, /Period/, /Target value/, /Unit/, /Source/])
      expect(within(form).getByRole("textbox", { name })).toBeInTheDocument();
    expect(within(form).getByRole("combobox", { name: "Condition" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Edit target: 高新技术企业 2025 超过 420" })
    ).toBeInTheDocument();
    for (const button of screen.getAllByRole("button")) expect(button).toHaveAccessibleName(/\S/);
  });

  it("keyboard: Enter opens the form, the form returns focus to its target; a deletion moves focus on", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]);
    const user = await renderPane(host);
    await openEditor(user, 2);
    const edit = () => screen.getByRole("button", { name: /^编辑目标：高新技术企业/ });

    edit().focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("textbox", { name: /指标/ })).toHaveFocus();
    await user.keyboard("{Tab}");
    await user.keyboard("{Tab}");
    await user.click(screen.getByRole("button", { name: "取消" }));
    expect(edit()).toHaveFocus();

    screen.getByRole("button", { name: /^删除目标：高新技术企业/ }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: /^编辑目标：研发投入/ })).toHaveFocus();
    screen.getByRole("button", { name: /^删除目标：研发投入/ }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "添加目标" })).toHaveFocus();
  });

  it("the pane with results, filters, the editor and its form has no axe violations (contrast not measured)", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT, [HIGH_TECH, RND]));
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验结果" });
    await openEditor(user, 2);
    await user.click(screen.getByRole("button", { name: "添加目标" }));
    await user.click(screen.getByRole("textbox", { name: "规划原文" }));
    await user.paste("到2025年，全区高新技术企业突破75家");
    await user.click(screen.getByRole("button", { name: "识别" }));
    const result = await axe.run(document.querySelector("main")!, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(" | ")}`)
    ).toEqual([]);
  });
});
