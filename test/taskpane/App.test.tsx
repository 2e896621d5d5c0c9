/** @jest-environment jsdom */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import {
  CLEAN_REPORT,
  YONGCHUAN_FINDING,
  YONGCHUAN_REPORT,
  deferred,
  fakeHost,
  officeError,
} from "./fakeHost";
import { renderPane } from "./renderPane";
import type { WorkbookReport } from "../../src/core/check";
import { renderFinding } from "../../src/i18n";
import { said, saying } from "../support/findings";

const checkButton = () => screen.getByRole("button", { name: "校验" });
const clearButton = () => screen.getByRole("button", { name: "清除标记" });
const findingButton = () =>
  screen.getByRole("button", { name: /^G31 错误：2027年合计600000，但各单位之和为600001，相差-1/ });

describe("task pane", () => {
  it("shows nothing but the commands and the legend before the first run", async () => {
    await renderPane(fakeHost());
    expect(screen.getByRole("heading", { level: 1, name: "分解表校验" })).toBeInTheDocument();
    expect(checkButton()).toBeEnabled();
    expect(clearButton()).toBeEnabled();
    expect(screen.queryByRole("heading", { name: "校验结果" })).not.toBeInTheDocument();
    expect(screen.queryByText("未发现问题")).not.toBeInTheDocument();
  });

  it("校验 shows the summary and the Yongchuan finding under its sheet", async () => {
    const host = fakeHost();
    const user = await renderPane(host);

    await user.click(checkButton());

    expect(host.runCheck).toHaveBeenCalledTimes(1);
    const summary = await screen.findByRole("region", { name: "校验结果" });
    expect(within(summary).getByText("共检查 3 张表")).toBeInTheDocument();
    expect(within(summary).getByText("错误 1 处")).toBeInTheDocument();
    expect(within(summary).getByText("警告 0 处")).toBeInTheDocument();
    expect(within(summary).getByText("提示 0 处")).toBeInTheDocument();

    const findings = screen.getByRole("region", { name: "问题清单" });
    expect(within(findings).getByRole("heading", { name: "附件1（1 处）" })).toBeInTheDocument();
    const sheetList = within(findings).getByRole("list", {
      name: "A3:G31 研发投入任务分解（1 处）",
    });
    const button = within(sheetList).getByRole("button");
    expect(button).toHaveTextContent("G31");
    expect(button).toHaveTextContent("错误");
    expect(button).toHaveTextContent(renderFinding(YONGCHUAN_FINDING));
    expect(screen.queryByText("未发现问题")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "共检查 3 张表：错误 1 处，警告 0 处，提示 0 处"
    );
  });

  it("shows severity by icon and text, never by colour alone", async () => {
    const user = await renderPane(fakeHost());
    await user.click(checkButton());
    const badge = within(await screen.findByRole("button", { name: /^G31/ })).getByText("错误");
    expect(badge).toHaveAttribute("data-severity", "error");
    expect(badge.querySelector("svg")).not.toBeNull();
    expect(badge).toHaveStyle({ backgroundColor: "#FFC7CE" });
  });

  it("clicking a finding selects its cell", async () => {
    const host = fakeHost();
    const user = await renderPane(host);
    await user.click(checkButton());

    await user.click(await screen.findByRole("button", { name: /^G31/ }));

    expect(host.select).toHaveBeenCalledTimes(1);
    expect(host.select).toHaveBeenCalledWith("附件1", "G31");
  });

  it("Enter on a focused finding selects its cell", async () => {
    const host = fakeHost();
    const user = await renderPane(host);
    await user.click(checkButton());

    findingButton().focus();
    expect(findingButton()).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(host.select).toHaveBeenCalledWith("附件1", "G31");
  });

  it("the findings can be reached with the Tab key", async () => {
    const user = await renderPane(fakeHost());
    await user.click(checkButton());
    await screen.findByRole("button", { name: /^G31/ });

    checkButton().focus();
    await user.tab();
    expect(clearButton()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "插入图表" })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText("截至日期")).toHaveFocus();
    // The filters: three severity toggles (one rule only: no rule toggles), then the findings.
    for (const name of [/^错误 1/, /^警告 0/, /^提示 0/]) {
      await user.tab();
      expect(screen.getByRole("button", { name })).toHaveFocus();
    }
    await user.tab();
    expect(findingButton()).toHaveFocus();
  });

  it("the arrow keys move between findings, across sheets", async () => {
    const other = { ...YONGCHUAN_FINDING, sheet: "附件2", cell: "D9" };
    const host = fakeHost({
      tables: YONGCHUAN_REPORT.tables,
      findings: [YONGCHUAN_FINDING, other],
    });
    const user = await renderPane(host);
    await user.click(checkButton());

    findingButton().focus();
    await user.keyboard("{ArrowDown}");
    const second = screen.getByRole("button", { name: /^D9 / });
    expect(second).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.select).toHaveBeenLastCalledWith("附件2", "D9");
    await user.keyboard("{ArrowUp}");
    expect(findingButton()).toHaveFocus();
  });

  it("groups findings by sheet, errors first within a sheet", async () => {
    const warning = {
      ...YONGCHUAN_FINDING,
      rule: "number-as-text",
      severity: "warning",
      cell: "C7",
      ...saying("单元格是文本"),
    } as const;
    const other = { ...YONGCHUAN_FINDING, sheet: "附件2", cell: "D9", table: "A3:F20" };
    const report: WorkbookReport = {
      tables: YONGCHUAN_REPORT.tables,
      findings: [warning, other, YONGCHUAN_FINDING],
    };
    const user = await renderPane(fakeHost(report));
    await user.click(checkButton());

    expect(await screen.findByRole("heading", { name: "附件1（2 处）" })).toBeInTheDocument();
    const first = screen.getByRole("list", { name: "A3:G31 研发投入任务分解（2 处）" });
    const names = within(first)
      .getAllByRole("button")
      .map((button) => button.getAttribute("aria-label"));
    expect(names).toEqual([
      expect.stringMatching(/^G31 错误：/),
      `C7 警告：${said("单元格是文本")}（附件1）`,
    ]);
    expect(screen.getByRole("heading", { name: "附件2（1 处）" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "A3:F20（1 处）" })).toBeInTheDocument();
    expect(screen.getByText("警告 1 处")).toBeInTheDocument();
  });

  it("disables both commands and shows the step while a run is under way", async () => {
    const run = deferred<WorkbookReport>();
    const host = fakeHost();
    host.runCheck.mockReturnValueOnce(run.promise);
    const user = await renderPane(host);

    await user.click(checkButton());

    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getAllByText("正在读取工作簿并校验，请稍候…").length).toBeGreaterThan(0);
    expect(checkButton()).toHaveAttribute("aria-disabled", "true");
    expect(clearButton()).toHaveAttribute("aria-disabled", "true");
    await user.click(checkButton());
    await user.click(clearButton());
    expect(host.runCheck).toHaveBeenCalledTimes(1);
    expect(host.clearMarks).not.toHaveBeenCalled();

    run.resolve(YONGCHUAN_REPORT);
    expect(await screen.findByRole("button", { name: /^G31/ })).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(checkButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  it("清除标记 calls clearMarks and resets the list", async () => {
    const host = fakeHost();
    const user = await renderPane(host);
    await user.click(checkButton());
    await screen.findByRole("button", { name: /^G31/ });

    await user.click(clearButton());

    expect(host.clearMarks).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: /^G31/ })).not.toBeInTheDocument()
    );
    expect(screen.queryByRole("region", { name: "校验结果" })).not.toBeInTheDocument();
    expect(screen.queryByText("未发现问题")).not.toBeInTheDocument();
    expect(clearButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  it("a host that rejects shows a readable error and re-enables the commands", async () => {
    const host = fakeHost();
    host.runCheck.mockRejectedValueOnce(
      officeError("InvalidOperationInCellEditMode", "at Excel.run (office.js:1:2)")
    );
    const user = await renderPane(host);

    await user.click(checkButton());

    expect(await screen.findByText("校验未完成")).toBeInTheDocument();
    expect(
      screen.getByText(/Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。/)
    ).toBeInTheDocument();
    expect(screen.getByText("错误代码：InvalidOperationInCellEditMode")).toBeInTheDocument();
    expect(screen.queryByText(/office\.js/)).not.toBeInTheDocument();
    expect(checkButton()).not.toHaveAttribute("aria-disabled", "true");
    expect(clearButton()).not.toHaveAttribute("aria-disabled", "true");

    // The next run works and replaces the error.
    await user.click(checkButton());
    expect(await screen.findByRole("button", { name: /^G31/ })).toBeInTheDocument();
    expect(screen.queryByText("校验未完成")).not.toBeInTheDocument();
  });

  it("an unexpected error shows general advice and never its raw message or stack", async () => {
    const host = fakeHost();
    const error = new TypeError("Cannot read properties of undefined (reading 'values')");
    host.runCheck.mockRejectedValueOnce(error);
    const user = await renderPane(host);

    await user.click(checkButton());

    expect(await screen.findByText("校验未完成")).toBeInTheDocument();
    expect(screen.getByText(/发生了意外错误/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent("Cannot read properties");
    expect(document.body).not.toHaveTextContent("TypeError");
    expect(screen.queryByText(/错误代码/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("校验未完成")).not.toBeInTheDocument();
  });

  it("a failing 清除标记 keeps the list and says so", async () => {
    const host = fakeHost();
    host.clearMarks.mockRejectedValueOnce(officeError("AccessDenied"));
    const user = await renderPane(host);
    await user.click(checkButton());
    await screen.findByRole("button", { name: /^G31/ });

    await user.click(clearButton());

    expect(await screen.findByText("清除标记未完成")).toBeInTheDocument();
    expect(screen.getByText(/工作表或工作簿受保护/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^G31/ })).toBeInTheDocument();
  });

  it("a cell that cannot be selected shows an error bar", async () => {
    const host = fakeHost();
    host.select.mockRejectedValueOnce(officeError("ItemNotFound"));
    const user = await renderPane(host);
    await user.click(checkButton());

    await user.click(await screen.findByRole("button", { name: /^G31/ }));

    expect(await screen.findByText("无法定位到该单元格")).toBeInTheDocument();
    expect(screen.getByText(/可能已被重命名或删除/)).toBeInTheDocument();

    // The next click that works takes the stale error away.
    await user.click(screen.getByRole("button", { name: /^G31/ }));
    await waitFor(() => expect(screen.queryByText("无法定位到该单元格")).not.toBeInTheDocument());
    expect(host.select).toHaveBeenCalledTimes(2);
  });

  it("a clean report shows 未发现问题", async () => {
    const user = await renderPane(fakeHost(CLEAN_REPORT));
    await user.click(checkButton());

    expect(await screen.findByText("未发现问题")).toBeInTheDocument();
    expect(screen.getByText("共检查 1 张表")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "问题清单" })).not.toBeInTheDocument();
  });

  it("a report with only info findings says there are no errors or warnings and lists them", async () => {
    const info = {
      ...YONGCHUAN_FINDING,
      rule: "sum-mismatch",
      severity: "info",
      ...saying("提示信息"),
    } as const;
    const user = await renderPane(fakeHost({ tables: CLEAN_REPORT.tables, findings: [info] }));
    await user.click(checkButton());

    expect(await screen.findByText("未发现错误或警告")).toBeInTheDocument();
    expect(screen.queryByText("未发现问题")).not.toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: `G31 提示：${said("提示信息")}（附件1）` })
    ).toBeInTheDocument();
  });

  it("a workbook without a recognizable table does not claim it is clean", async () => {
    const user = await renderPane(fakeHost({ tables: [], findings: [] }));
    await user.click(checkButton());

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("未识别到任务分解表"));
    expect(screen.getByText(/需要有“合计\/总计\/小计”行或“合计”列/)).toBeInTheDocument();
    expect(screen.queryByText("未发现问题")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "校验结果" })).not.toBeInTheDocument();
  });

  it("explains the palette: each mark colour with its name", async () => {
    await renderPane(fakeHost());
    const legend = screen.getByRole("region", { name: "标记颜色" });
    const severities = within(legend).getAllByRole("listitem").slice(0, 3);
    expect(severities.map((e) => e.textContent)).toEqual([
      "浅红：错误",
      "浅黄：警告",
      "浅蓝：提示",
    ]);
    expect(severities[0].querySelector("span")).toHaveStyle({ backgroundColor: "#FFC7CE" });
    expect(severities[1].querySelector("span")).toHaveStyle({ backgroundColor: "#FFEB9C" });
    expect(severities[2].querySelector("span")).toHaveStyle({ backgroundColor: "#DDEBF7" });
    for (const entry of severities) expect(entry.querySelector("svg")).not.toBeNull();
  });

  it("every button has an accessible name", async () => {
    const host = fakeHost();
    host.select.mockRejectedValueOnce(officeError("ItemNotFound"));
    const user = await renderPane(host);
    await user.click(checkButton());
    await user.click(await screen.findByRole("button", { name: /^G31/ }));
    await screen.findByText("无法定位到该单元格");

    for (const button of screen.getAllByRole("button")) {
      expect(button).toHaveAccessibleName(/\S/);
    }
  });

  it("en-US shows English labels", async () => {
    const host = fakeHost();
    const user = await renderPane(host, "en-US");

    expect(screen.getByRole("heading", { level: 1, name: "Breakdown Check" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Clear marks" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check" }));

    const summary = await screen.findByRole("region", { name: "Results" });
    expect(within(summary).getByText("3 tables checked")).toBeInTheDocument();
    expect(within(summary).getByText("Error: 1")).toBeInTheDocument();
    expect(within(summary).getByText("Warning: 0")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "附件1 (1)" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "A3:G31 研发投入任务分解 (1)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^G31 Error: / })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Mark colours" })).toHaveTextContent(
      "Light red: Error"
    );
    expect(screen.queryByText("校验")).not.toBeInTheDocument();
  });

  it("en-US clean run and failure are in English", async () => {
    const host = fakeHost(CLEAN_REPORT);
    host.runCheck.mockRejectedValueOnce(officeError("ResponsePayloadSizeLimitExceeded"));
    const user = await renderPane(host, "en-US");

    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("The check did not finish")).toBeInTheDocument();
    expect(screen.getByText(/larger than Excel can hand over at once/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("No problems found")).toBeInTheDocument();
  });
});
