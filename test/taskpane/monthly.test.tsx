/** @jest-environment jsdom */
/**
 * The pane an officer uses every month: summary with traffic lights, findings by sheet and table with filters that
 * outlive a re-run, the as-of date, the steps of a long run, and what this Excel lacks.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { ProgressSeries, WorkbookReport } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import type { CheckStep, RunCheckOptions } from "../../src/ui/host";
import {
  FULL_CAPABILITIES,
  YONGCHUAN_FINDING,
  YONGCHUAN_REPORT,
  YONGCHUAN_TABLE,
  deferred,
  fakeHost,
  officeError,
  table,
} from "./fakeHost";
import { renderPane } from "./renderPane";
import { saying } from "../support/findings";

const finding = (extra: Partial<Finding>): Finding => ({ ...YONGCHUAN_FINDING, ...extra });

const BULLETIN = {
  ...table("通报", "A2:F9"),
  title: "2024年科技型企业培育进度通报（截至6月）",
};

function series(
  lights: ("red" | "yellow" | "green")[],
  asOf: ProgressSeries["asOf"]
): ProgressSeries {
  return {
    sheet: "通报",
    table: "A2:F9",
    title: BULLETIN.title,
    indicator: "科技型企业",
    year: 2024,
    unitOfMeasure: "家",
    actualColumn: "D",
    targetColumn: "C",
    actualHeader: "截至6月完成",
    targetHeader: "2024年目标",
    asOf,
    timeProgress: 0.5,
    quarterly: false,
    units: lights.map((light, i) => ({
      row: 3 + i,
      unit: `单位${i + 1}`,
      cell: `D${4 + i}`,
      targetCell: `C${4 + i}`,
      target: 100,
      actual: light === "green" ? 60 : light === "yellow" ? 40 : 10,
      completion: light === "green" ? 0.6 : light === "yellow" ? 0.4 : 0.1,
      timeProgress: 0.5,
      gapPoints: light === "green" ? 10 : light === "yellow" ? -10 : -40,
      light,
    })),
    total: null,
  };
}

const JUNE = { year: 2024, months: 6, source: "header" as const, text: "截至6月" };

/** 永川's sum mistake, a repeated serial, 通报's units behind schedule, and a 目标 sheet row outside every table. */
const MONTHLY: WorkbookReport = {
  tables: [YONGCHUAN_TABLE, BULLETIN],
  findings: [
    finding({
      rule: "duplicate-serial",
      severity: "warning",
      cell: "A30",
      ...saying("序号 25 重复"),
    }),
    YONGCHUAN_FINDING,
    finding({
      rule: "behind-schedule",
      severity: "warning",
      sheet: "通报",
      cell: "D6",
      table: "A2:F9",
      light: "red",
      ...saying("单位3：完成率10.0%，低于时序进度50.0%（落后40.0个百分点）"),
    }),
    finding({
      rule: "behind-schedule",
      severity: "warning",
      sheet: "通报",
      cell: "D5",
      table: "A2:F9",
      light: "yellow",
      ...saying("单位2：完成率40.0%，低于时序进度50.0%（落后10.0个百分点）"),
    }),
    finding({
      rule: "target-not-met",
      severity: "info",
      sheet: "目标",
      cell: "A4",
      table: undefined,
      ...saying("目标“研发投入强度”未比较：没有对应的表"),
    }),
  ],
  progress: [series(["green", "yellow", "red", "green"], JUNE)],
};

const checkButton = () => screen.getByRole("button", { name: "校验" });
/** The findings listed, as `G31 错误` (role queries over the whole pane are slow in jsdom). */
const findingNames = () =>
  Array.from(document.querySelectorAll("section ul li button[aria-label]"))
    .map((b) => b.getAttribute("aria-label")!)
    .filter((label) => /（.*）$/.test(label))
    .map((label) => label.split("：")[0]);

describe("summary, grouping and legend", () => {
  it("the summary counts tables, severities, and units by traffic light as of the tables' date", async () => {
    const user = await renderPane(fakeHost(MONTHLY));
    await user.click(checkButton());

    const summary = await screen.findByRole("region", { name: "校验结果" });
    expect(within(summary).getByText("共检查 2 张表")).toBeInTheDocument();
    expect(within(summary).getByText("错误 1 处")).toBeInTheDocument();
    expect(within(summary).getByText("警告 3 处")).toBeInTheDocument();
    expect(within(summary).getByText("提示 1 处")).toBeInTheDocument();
    const lights = within(summary).getByRole("list", { name: "时序进度（截至 2024-06-30）" });
    const badges = within(lights).getAllByRole("listitem");
    expect(badges.map((b) => b.textContent)).toEqual(["红灯 1 个", "黄灯 1 个", "绿灯 2 个"]);
    for (const badge of badges) expect(badge.querySelector("svg")).not.toBeNull();
    expect(within(lights).getByText("红灯 1 个")).toHaveStyle({ backgroundColor: "#F8CBAD" });
  });

  it("no traffic lights where no table has actuals", async () => {
    const user = await renderPane(fakeHost(YONGCHUAN_REPORT));
    await user.click(checkButton());
    const summary = await screen.findByRole("region", { name: "校验结果" });
    expect(within(summary).queryByText(/红灯/)).not.toBeInTheDocument();
    expect(within(summary).queryByText(/时序进度/)).not.toBeInTheDocument();
  });

  it("groups findings by sheet, then by table (titled), findings outside the tables last", async () => {
    const user = await renderPane(fakeHost(MONTHLY));
    await user.click(checkButton());

    const list = await screen.findByRole("region", { name: "问题清单" });
    expect(
      within(list)
        .getAllByRole("heading")
        .map((h) => `${h.tagName} ${h.textContent}`)
    ).toEqual([
      "H2 问题清单",
      "H3 附件1（2 处）",
      "H4 A3:G31 研发投入任务分解（2 处）",
      "H3 通报（2 处）",
      "H4 A2:F9 2024年科技型企业培育进度通报（截至6月）（2 处）",
      "H3 目标（1 处）",
      "H4 表格之外（1 处）",
    ]);
    const yongchuan = within(list).getByRole("list", { name: "A3:G31 研发投入任务分解（2 处）" });
    expect(
      within(yongchuan)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([expect.stringMatching(/^G31错误/), expect.stringMatching(/^A30警告/)]);
  });

  it("the legend explains the severity fills and the traffic lights, each with an icon and words", async () => {
    await renderPane(fakeHost());
    const legend = screen.getByRole("region", { name: "标记颜色" });
    const lights = within(legend).getByRole("list", { name: "时序进度红黄绿灯" });
    const entries = within(lights).getAllByRole("listitem");
    expect(entries.map((e) => e.textContent)).toEqual([
      "红灯：落后时序进度超过 30 个百分点（浅橙）",
      "黄灯：落后时序进度不超过 30 个百分点（浅黄）",
      "绿灯：达到或超过时序进度（不着色）",
    ]);
    expect(entries[0].querySelector("span")).toHaveStyle({ backgroundColor: "#F8CBAD" });
    expect(entries[1].querySelector("span")).toHaveStyle({ backgroundColor: "#FFEB9C" });
    for (const entry of entries) expect(entry.querySelector("svg")).not.toBeNull();
  });
});

describe("filters", () => {
  it("severity toggles hide and show findings, with their counts", async () => {
    const user = await renderPane(fakeHost(MONTHLY));
    await user.click(checkButton());
    await screen.findByRole("region", { name: "问题清单" });
    expect(screen.getByText("显示 5 处，共 5 处")).toBeInTheDocument();

    const warnings = screen.getByRole("button", { name: /^警告 3/ });
    expect(warnings).toHaveAttribute("aria-pressed", "true");
    await user.click(warnings);
    expect(warnings).toHaveAttribute("aria-pressed", "false");
    expect(findingNames()).toEqual(["G31 错误", "A4 提示"]);
    expect(screen.getByText("显示 2 处，共 5 处")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /^提示 1/ }));
    expect(findingNames()).toEqual(["G31 错误"]);
    await user.click(screen.getByRole("button", { name: /^错误 1/ }));
    expect(findingNames()).toEqual([]);
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "显示全部" }));
    expect(findingNames()).toHaveLength(5);
  });

  it("a toggle per rule of this report, with its count, switches that rule's findings off and on", async () => {
    const user = await renderPane(fakeHost(MONTHLY));
    await user.click(checkButton());
    const list = await screen.findByRole("region", { name: "问题清单" });

    const rules = within(list).getByRole("group", { name: "按规则筛选" });
    expect(
      within(rules)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "合计与分项不符（1）",
      "序号重复或缺号（1）",
      "未达到计划目标（1）",
      "落后时序进度（2）",
    ]);
    for (const rule of ["合计与分项不符（1）", "未达到计划目标（1）", "序号重复或缺号（1）"])
      await user.click(within(rules).getByRole("button", { name: rule }));

    expect(findingNames()).toEqual(["D6 警告", "D5 警告"]);
    expect(screen.getByText("显示 2 处，共 5 处")).toBeInTheDocument();
    expect(within(rules).getByRole("button", { name: "合计与分项不符（1）" })).toHaveAttribute(
      "aria-pressed",
      "false"
    );
    await user.click(within(rules).getByRole("button", { name: "合计与分项不符（1）" }));
    expect(findingNames()).toEqual(["G31 错误", "D6 警告", "D5 警告"]);
  });

  it("filters survive a re-run", async () => {
    const host = fakeHost(MONTHLY);
    const user = await renderPane(host);
    await user.click(checkButton());
    await user.click(await screen.findByRole("button", { name: /^警告 3/ }));
    expect(findingNames()).toEqual(["G31 错误", "A4 提示"]);
    await user.click(screen.getByRole("button", { name: "未达到计划目标（1）" }));
    expect(findingNames()).toEqual(["G31 错误"]);

    // The next run finds one more warning and one error fewer.
    host.runCheck.mockResolvedValueOnce({
      ...MONTHLY,
      findings: [
        ...MONTHLY.findings.filter((f) => f.severity !== "error"),
        finding({ rule: "number-as-text", severity: "warning", cell: "C7", ...saying("文本") }),
      ],
    });
    await user.click(checkButton());
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^警告 4/ })).toBeInTheDocument()
    );
    expect(screen.getByRole("button", { name: /^警告 4/ })).toHaveAttribute(
      "aria-pressed",
      "false"
    );
    expect(screen.getByRole("button", { name: "未达到计划目标（1）" })).toHaveAttribute(
      "aria-pressed",
      "false"
    );
    // The error is gone; the warnings and the target's info stay switched off: nothing is listed.
    expect(findingNames()).toEqual([]);
    expect(screen.getByText("显示 0 处，共 5 处")).toBeInTheDocument();
  });
});

describe("as-of date", () => {
  it("shows today and passes no date until the user picks one; the pick goes to the check", async () => {
    const host = fakeHost(YONGCHUAN_REPORT);
    const user = await renderPane(host);
    const field = screen.getByLabelText("截至日期");
    expect(field).toHaveValue("2024-07-15");

    await user.click(checkButton());
    await screen.findByRole("region", { name: "校验结果" });
    expect(host.runCheck).toHaveBeenLastCalledWith({ onProgress: expect.any(Function) });

    await user.clear(field);
    await user.type(field, "2024-06-30");
    expect(screen.getByText(/已指定，所有表按此日期计算/)).toBeInTheDocument();
    await user.click(checkButton());
    await waitFor(() =>
      expect(host.runCheck).toHaveBeenLastCalledWith({
        asOf: "2024-06-30",
        onProgress: expect.any(Function),
      })
    );

    await user.click(screen.getByRole("button", { name: "恢复默认" }));
    expect(field).toHaveValue("2024-07-15");
  });

  it("after a check shows the date the tables' headers name", async () => {
    const user = await renderPane(fakeHost(MONTHLY));
    await user.click(checkButton());
    await screen.findByRole("region", { name: "校验结果" });
    expect(screen.getByLabelText("截至日期")).toHaveValue("2024-06-30");
    expect(screen.getByText(/表头日期：2024-06-30（截至6月）/)).toBeInTheDocument();
  });
});

describe("progress of a long run", () => {
  it("shows each step the host reports, in a labelled progress bar", async () => {
    const run = deferred<WorkbookReport>();
    const host = fakeHost();
    let report: ((step: CheckStep) => void) | undefined;
    host.runCheck.mockImplementationOnce((options?: RunCheckOptions) => {
      report = options?.onProgress;
      return run.promise;
    });
    const user = await renderPane(host);
    await user.click(checkButton());

    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    act(() => report!("read"));
    expect(
      screen.getByRole("progressbar", { name: "第 1 步，共 3 步：读取工作表…" })
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("第 1 步，共 3 步：读取工作表…");
    act(() => report!("check"));
    expect(
      screen.getByRole("progressbar", { name: "第 2 步，共 3 步：识别表格并校验…" })
    ).toHaveAttribute("aria-valuenow", "0.5");
    act(() => report!("mark"));
    expect(
      screen.getByRole("progressbar", { name: "第 3 步，共 3 步：标注问题…" })
    ).toBeInTheDocument();

    await act(async () => run.resolve(YONGCHUAN_REPORT));
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});

/** Text shown in the pane, not in the screen readers' status line that repeats it. */
async function shown(text: string) {
  const all = await screen.findAllByText(text);
  const visible = all.filter((element) => !element.closest("[role=status]"));
  expect(visible).toHaveLength(1);
  return visible[0];
}

describe("插入图表", () => {
  it("inserts the charts and says where, with the chosen as-of date", async () => {
    const host = fakeHost(MONTHLY);
    const user = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "插入图表" }));
    expect(await shown("已在“进度图表”表插入 2 张图表")).toBeInTheDocument();
    expect(host.insertCharts).toHaveBeenLastCalledWith({});
    expect(screen.getByRole("status")).toHaveTextContent("已在“进度图表”表插入 2 张图表");

    const field = screen.getByLabelText("截至日期");
    await user.clear(field);
    await user.type(field, "2024-09-30");
    host.insertCharts.mockResolvedValueOnce({
      sheet: "进度图表",
      charts: 3,
      note: "此版本的 Excel 不支持次坐标轴（需要 ExcelApi 1.8），完成率与时序进度另绘为折线图",
    });
    await user.click(screen.getByRole("button", { name: "插入图表" }));
    expect(await shown("已在“进度图表”表插入 3 张图表")).toBeInTheDocument();
    expect(screen.getByText(/不支持次坐标轴/)).toBeInTheDocument();
    expect(host.insertCharts).toHaveBeenLastCalledWith({ asOf: "2024-09-30" });
  });

  it("nothing to chart: says so with the host's reason", async () => {
    const host = fakeHost(MONTHLY);
    host.insertCharts.mockResolvedValueOnce({
      sheet: "进度图表",
      charts: 0,
      note: "没有可绘制的数据",
    });
    const user = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "插入图表" }));
    expect(await shown("没有插入图表")).toBeInTheDocument();
    expect(screen.getByText("没有可绘制的数据")).toBeInTheDocument();
  });

  it("is unavailable where the host draws no charts", async () => {
    const host = fakeHost(MONTHLY, [], { ...FULL_CAPABILITIES, charts: false, comboCharts: false });
    const user = await renderPane(host);
    const button = screen.getByRole("button", { name: "插入图表" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(host.insertCharts).not.toHaveBeenCalled();
  });

  it("a failure says what went wrong", async () => {
    const host = fakeHost(MONTHLY);
    host.insertCharts.mockRejectedValueOnce(officeError("InvalidOperationInCellEditMode"));
    const user = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "插入图表" }));
    expect(await screen.findByText("未能插入图表")).toBeInTheDocument();
    expect(screen.getByText(/Excel 正在编辑单元格/)).toBeInTheDocument();
    expect(screen.getByText("错误代码：InvalidOperationInCellEditMode")).toBeInTheDocument();
  });
});

describe("what this Excel lacks", () => {
  it("says nothing on a host with every feature", async () => {
    await renderPane(fakeHost());
    expect(screen.queryByText(/缺少部分功能/)).not.toBeInTheDocument();
  });

  it("notes fall back to comments; merged cells, links and combo charts missing; what still works", async () => {
    const host = fakeHost(YONGCHUAN_REPORT, [], {
      ...FULL_CAPABILITIES,
      notes: false,
      mergedAreas: false,
      comboCharts: false,
    });
    const user = await renderPane(host);
    const notice = screen
      .getByText("此版本 Excel 缺少部分功能，已改用其他方式")
      .closest("[role=group], div")!;
    expect(
      screen.getByText("不支持批注（ExcelApi 1.18）：问题说明改写在单元格的评论中。")
    ).toBeInTheDocument();
    expect(screen.getByText(/不能读取合并单元格（ExcelApi 1.13）/)).toBeInTheDocument();
    expect(screen.getByText(/不支持次坐标轴（ExcelApi 1.8）/)).toBeInTheDocument();
    expect(screen.queryByText(/单元格链接/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/校验、问题着色、“校验结果”表和在本面板中点击定位照常可用/)
    ).toBeInTheDocument();
    expect(notice).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText(/缺少部分功能/)).not.toBeInTheDocument();
  });

  it("without notes and comments the messages go to the results sheet only; without charts none", async () => {
    await renderPane(
      fakeHost(YONGCHUAN_REPORT, [], {
        ...FULL_CAPABILITIES,
        notes: false,
        comments: false,
        links: false,
        charts: false,
        comboCharts: false,
      })
    );
    expect(
      screen.getByText(/不支持批注和评论（ExcelApi 1.18、1.10）：问题说明只写在“校验结果”表中/)
    ).toBeInTheDocument();
    expect(screen.getByText(/不支持单元格链接（ExcelApi 1.7）/)).toBeInTheDocument();
    expect(screen.getByText(/不支持图表（ExcelApi 1.1）/)).toBeInTheDocument();
    expect(screen.queryByText(/次坐标轴/)).not.toBeInTheDocument();
  });

  it("in English too", async () => {
    await renderPane(
      fakeHost(YONGCHUAN_REPORT, [], { ...FULL_CAPABILITIES, notes: false }),
      "en-US"
    );
    expect(
      screen.getByText(/No notes \(ExcelApi 1.18\): each finding's message goes into a comment/)
    ).toBeInTheDocument();
  });
});
