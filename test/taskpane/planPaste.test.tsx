/** @jest-environment jsdom */
/**
 * A whole plan document pasted into the pane's 计划目标 (the same SentencePaste the page has): its headline targets
 * shown under their sentences, what is no target for a breakdown table listed with the reason, and only the targets
 * the user keeps saved to the workbook. Titles and document names give nothing.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { PlanTarget } from "../../src/core/model";
import { PLAN_SEEDS_ABSENT, planSeedsPresent, planSeedText } from "../support/planSeeds";
import { YONGCHUAN_REPORT, fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

jest.setTimeout(60_000);

type User = Awaited<ReturnType<typeof renderPane>>;

async function pasteAndRead(user: User, text: string) {
  await user.click(screen.getByRole("button", { name: "计划目标（0）" }));
  await user.click(screen.getByRole("textbox", { name: "规划原文" }));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "识别" }));
}

const checkboxes = () =>
  screen.getAllByRole("checkbox").map((box) => box.getAttribute("aria-label"));

const describeSeeds = planSeedsPresent ? describe : describe.skip;
if (!planSeedsPresent) console.warn(PLAN_SEEDS_ABSENT);

describeSeeds("a whole plan pasted into the pane", () => {
  it("北碚: the goal section's targets under their sentences, the parks' and the rates apart; the kept ones saved", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, []);
    const user = await renderPane(host);
    await pasteAndRead(user, planSeedText("北碚"));

    expect(
      screen.getByText("从方案的“目标要求”部分识别出 7 条目标，请核对后添加：")
    ).toHaveAttribute("role", "status");
    expect(checkboxes()).toEqual([
      "添加：国家高新技术企业 2025年 超过 470 家",
      "添加：市级科技型企业 2025年 超过 4,500 家",
      "添加：国家高新技术企业 2027年 在 2022 年基础上 双倍增",
      "添加：市级科技型企业 2027年 在 2022 年基础上 双倍增",
      "添加：国家高新技术企业 2027年 超过 570 家",
      "添加：市级科技型企业 2027年 超过 5,600 家",
      "添加：专精特新小巨人企业 2027年 突破 20 家",
    ]);
    expect(
      screen.getByText("原文：到2025年，全区国家高新技术企业超过470家、市级科技型企业超过4500家")
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "原文：到2027年，全区国家高新技术企业和市级科技型企业在2022年的基础上实现“双倍增”，分别超过570家和5600家"
      )
    ).toBeInTheDocument();

    const excluded = screen.getByRole("list", { name: "未作为目标（6 处）" });
    const reasons = within(excluded)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      "万人有效发明专利拥有量达到45件：是比率、占比、增速或人均量，不能与分解表的合计比较",
      "到2027年，聚集企业200家，实现产值300亿元以上：属于园区或产业（培育发展智能传感器产业）的目标，不是全区总数，不与分解表的合计比较",
      "到2027年，聚集企业300家，实现产值100亿元以上：属于园区或产业（发展工业互联网软件和信息服务业）的目标，不是全区总数，不与分解表的合计比较",
      "到2027年，聚集企业50家，实现产值50亿元以上：属于园区或产业（壮大功能新材料产业）的目标，不是全区总数，不与分解表的合计比较",
      "到2027年，聚集企业50家，实现产值750亿元以上：属于园区或产业（做强新一代信息技术产业）的目标，不是全区总数，不与分解表的合计比较",
      "到2027年，聚集企业30家，实现产值5亿元以上：属于园区或产业（培育现代农业和食品大健康产业）的目标，不是全区总数，不与分解表的合计比较",
    ]);
    expect(host.saveTargets).not.toHaveBeenCalled();

    await user.click(
      screen.getByRole("checkbox", { name: "添加：专精特新小巨人企业 2027年 突破 20 家" })
    );
    await user.click(screen.getByRole("button", { name: "添加 6 条" }));
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    const first = "到2025年，全区国家高新技术企业超过470家、市级科技型企业超过4500家";
    const second =
      "到2027年，全区国家高新技术企业和市级科技型企业在2022年的基础上实现“双倍增”，分别超过570家和5600家";
    const saved: PlanTarget[] = [
      {
        indicator: "国家高新技术企业",
        period: "2025",
        op: ">",
        verb: "超过",
        value: 470,
        unit: "家",
        source: first,
      },
      {
        indicator: "市级科技型企业",
        period: "2025",
        op: ">",
        verb: "超过",
        value: 4500,
        unit: "家",
        source: first,
      },
      {
        indicator: "国家高新技术企业",
        period: "2027",
        op: "double",
        verb: "双倍增",
        base: "2022",
        source: second,
      },
      {
        indicator: "市级科技型企业",
        period: "2027",
        op: "double",
        verb: "双倍增",
        base: "2022",
        source: second,
      },
      {
        indicator: "国家高新技术企业",
        period: "2027",
        op: ">",
        verb: "超过",
        value: 570,
        unit: "家",
        source: second,
      },
      {
        indicator: "市级科技型企业",
        period: "2027",
        op: ">",
        verb: "超过",
        value: 5600,
        unit: "家",
        source: second,
      },
    ];
    await waitFor(() => expect(host.saveTargets).toHaveBeenCalledWith(saved));
  });
});

describe("what a pasted document does not give", () => {
  it("the notice's title and the document it issues: nothing", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT, []));
    await pasteAndRead(
      user,
      [
        "关于印发《重庆市北碚区高新技术企业和科技型企业“双倍增”行动计划实施方案（2023—2027年）（修订）》的通知",
        "各街道办事处、镇人民政府：",
        "现将《重庆市北碚区高新技术企业和科技型企业“双倍增”行动计划实施方案（2023—2027年）（修订）》印发给你们，请结合实际抓好贯彻落实。",
      ].join("\n")
    );
    expect(screen.getByText(/未能从这段文字中识别出目标/)).toBeInTheDocument();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
  });

  it("a park's sentence pasted alone: no target, and the reason", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT, []));
    await pasteAndRead(user, "到2027年，聚集企业200家，实现产值300亿元以上。");
    expect(screen.getByText(/未能从这段文字中识别出目标/)).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "未作为目标（1 处）" })).getByRole("listitem")
    ).toHaveTextContent(
      "到2027年，聚集企业200家，实现产值300亿元以上：属于园区或产业（聚集企业）的目标，不是全区总数"
    );
  });
});
