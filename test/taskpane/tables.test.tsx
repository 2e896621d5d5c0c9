/** @jest-environment jsdom */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { WorkbookReport } from "../../src/core/check";
import { periodsNeedIndicator, totalColumns } from "../../src/ui/tableView";
import {
  QUARTERLY_TABLE,
  YONGCHUAN_FINDING,
  YONGCHUAN_REPORT,
  YONGCHUAN_TABLE,
  fakeHost,
  officeError,
  table,
} from "./fakeHost";
import { renderPane } from "./renderPane";

const tablesHeader = (name: string | RegExp = /^识别的表/) => screen.getByRole("button", { name });
const tableButton = (name: RegExp) => screen.getByRole("button", { name });

/** The label → value pairs of a table's details. */
function details(button: HTMLElement): Record<string, string> {
  const list = document.getElementById(button.getAttribute("aria-describedby")!)!;
  const terms = within(list).getAllByRole("term");
  const values = within(list).getAllByRole("definition");
  return Object.fromEntries(terms.map((term, i) => [term.textContent!, values[i].textContent!]));
}

async function runAndOpen(user: ReturnType<typeof userEvent.setup>, header = /^识别的表/) {
  await user.click(screen.getByRole("button", { name: /^(校验|Check)$/ }));
  await user.click(await screen.findByRole("button", { name: header }));
}

describe("task pane: tables found", () => {
  it("is a collapsed section after a run, headed with the number of tables", async () => {
    const user = await renderPane(fakeHost());
    await user.click(screen.getByRole("button", { name: "校验" }));

    const header = await screen.findByRole("button", { name: "识别的表（3）" });
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("region", { name: "识别的表（3）" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^附件1!A3:G31/ })).not.toBeInTheDocument();

    await user.click(header);
    expect(header).toHaveAttribute("aria-expanded", "true");
    const list = screen.getByRole("list", { name: "识别的表（3）" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["附件1!A3:G31研发投入任务分解", "附件2!A3:F20（无标题）", "附件3!A3:H25（无标题）"]);
  });

  it("lists what was read in a table: unit of measure, units, total rows, total columns, periods and their kinds", async () => {
    const user = await renderPane(fakeHost());
    await runAndOpen(user);

    const button = tableButton(/^附件1!A3:G31 研发投入任务分解$/);
    expect(details(button)).toEqual({
      计量单位: "万元",
      单位数: "27 个",
      合计行: "第 31 行",
      小计行: "无",
      合计列: "无",
      期间列: "C 2023 目标；D 2024 目标；E 2025 目标；F 2026 目标；G 2027 目标",
    });
    expect(button).toHaveAccessibleDescription(/计量单位\s*万元/);
  });

  it("names total columns, subtotal rows, and each period's indicator and kind when a table has two indicators", async () => {
    const report: WorkbookReport = { tables: [QUARTERLY_TABLE], findings: [] };
    const user = await renderPane(fakeHost(report));
    await runAndOpen(user);

    const found = details(tableButton(/^附件!A4:L20 梁平区2024年/));
    expect(found.计量单位).toBe("无");
    expect(found.单位数).toBe("12 个");
    expect(found.合计行).toBe("第 20 行");
    expect(found.小计行).toBe("第 9、19 行");
    expect(found.合计列).toBe("G、L 列");
    expect(found.期间列.split("；")).toEqual([
      "C 高新技术企业 2024Q1 目标",
      "D 高新技术企业 2024Q2 目标",
      "E 高新技术企业 2024Q3 目标",
      "F 高新技术企业 2024Q4 目标",
      "G 高新技术企业 2024 合计",
      "H 科技型企业 2023 基期",
      "I 科技型企业 2024 实际",
      "J 科技型企业 2024 比率",
      "L 科技型企业 2024 合计",
    ]);
  });

  it("clicking a table selects its range in the sheet", async () => {
    const host = fakeHost();
    const user = await renderPane(host);
    await runAndOpen(user);

    await user.click(tableButton(/^附件2!A3:F20/));

    expect(host.select).toHaveBeenCalledTimes(1);
    expect(host.select).toHaveBeenCalledWith("附件2", "A3:F20");
  });

  it("is reachable by keyboard: Tab to the header, Enter opens it, Tab to a table, arrows between tables", async () => {
    const host = fakeHost();
    const user = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const finding = await screen.findByRole("button", { name: /^G31/ });

    finding.focus();
    await user.tab();
    expect(tablesHeader()).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(tablesHeader()).toHaveAttribute("aria-expanded", "true");

    await user.tab();
    expect(tableButton(/^附件1!A3:G31/)).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(tableButton(/^附件2!A3:F20/)).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.select).toHaveBeenLastCalledWith("附件2", "A3:F20");
    await user.keyboard("{ArrowUp}");
    expect(tableButton(/^附件1!A3:G31/)).toHaveFocus();
    await user.keyboard(" ");
    expect(host.select).toHaveBeenLastCalledWith("附件1", "A3:G31");
  });

  it("a table that cannot be selected shows an error bar, cleared by the next selection that works", async () => {
    const host = fakeHost();
    host.select.mockRejectedValueOnce(officeError("ItemNotFound"));
    const user = await renderPane(host);
    await runAndOpen(user);

    await user.click(tableButton(/^附件1!A3:G31/));
    expect(await screen.findByText("无法选中该表")).toBeInTheDocument();
    expect(screen.getByText(/可能已被重命名或删除/)).toBeInTheDocument();

    await user.click(tableButton(/^附件1!A3:G31/));
    await waitFor(() => expect(screen.queryByText("无法选中该表")).not.toBeInTheDocument());
  });

  it("without a recognized table explains what a table needs, and shows no table list", async () => {
    const user = await renderPane(fakeHost({ tables: [], findings: [] }));
    await user.click(screen.getByRole("button", { name: "校验" }));

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("未识别到任务分解表"));
    expect(screen.getAllByText("未识别到任务分解表")).toHaveLength(2); // the message bar and the announcement
    expect(
      screen.getByText("需要有“合计/总计/小计”行或“合计”列，表头在数据上方。")
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^识别的表/ })).not.toBeInTheDocument();
  });

  it("explains a missing table even when the run has findings elsewhere", async () => {
    const user = await renderPane(fakeHost({ tables: [], findings: [YONGCHUAN_FINDING] }));
    await user.click(screen.getByRole("button", { name: "校验" }));

    expect(await screen.findByRole("button", { name: /^G31/ })).toBeInTheDocument();
    expect(
      screen.getByText("需要有“合计/总计/小计”行或“合计”列，表头在数据上方。")
    ).toBeInTheDocument();
  });

  it("en-US: heading, labels and column kinds in English", async () => {
    const report: WorkbookReport = { tables: [YONGCHUAN_TABLE, QUARTERLY_TABLE], findings: [] };
    const user = await renderPane(fakeHost(report), "en-US");
    await runAndOpen(user, /^Tables found \(2\)$/);

    expect(details(tableButton(/^附件1!A3:G31/))).toEqual({
      "Unit of measure": "万元",
      Units: "27",
      "Total rows": "row 31",
      "Subtotal rows": "none",
      "Total columns": "none",
      "Period columns": "C 2023 target; D 2024 target; E 2025 target; F 2026 target; G 2027 target",
    });
    const quarterly = details(tableButton(/^附件!A4:L20/));
    expect(quarterly["Subtotal rows"]).toBe("rows 9, 19");
    expect(quarterly["Total columns"]).toBe("columns G, L");
    expect(quarterly["Period columns"]).toContain("H 科技型企业 2023 baseline");
    expect(quarterly["Period columns"]).toContain("J 科技型企业 2024 rate");
    expect(screen.getByText("Click a table to select its range in the sheet.")).toBeInTheDocument();
  });

  it("every table button has an accessible name", async () => {
    const user = await renderPane(
      fakeHost({ ...YONGCHUAN_REPORT, tables: [...YONGCHUAN_REPORT.tables, QUARTERLY_TABLE] })
    );
    await runAndOpen(user);
    for (const button of screen.getAllByRole("button")) expect(button).toHaveAccessibleName(/\S/);
  });

  it("the opened section has no axe violations (jsdom: colour contrast not measured)", async () => {
    const report = { ...YONGCHUAN_REPORT, tables: [...YONGCHUAN_REPORT.tables, QUARTERLY_TABLE] };
    const user = await renderPane(fakeHost(report));
    await runAndOpen(user);
    const section = screen.getByRole("region", { name: /^识别的表/ });
    const result = await axe.run(section, { rules: { "color-contrast": { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(0);
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("tableView", () => {
  it("total columns come from sums whose members lie in the sum cell's own row", () => {
    expect(totalColumns(YONGCHUAN_TABLE)).toEqual([]);
    expect(totalColumns(QUARTERLY_TABLE)).toEqual(["G", "L"]);
    const wide = {
      ...table("S", "A1:AB9"),
      sums: [
        { cell: "AB9", members: ["C9:AA9"] },
        { cell: "Z2", members: ["C2:Y2"] },
        { cell: "AB3", members: [] },
      ],
    };
    expect(totalColumns(wide)).toEqual(["Z", "AB"]);
  });

  it("period columns need their indicator only in a table of several indicators", () => {
    expect(periodsNeedIndicator(YONGCHUAN_TABLE)).toBe(false);
    expect(periodsNeedIndicator(QUARTERLY_TABLE)).toBe(true);
  });
});
