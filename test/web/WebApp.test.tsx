/** @jest-environment jsdom */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookReport } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import type { Locale } from "../../src/i18n";
import type { DisplaySheet, DisplayStyle, DisplayWorkbook } from "../../src/web/display";
import { WebApp } from "../../src/web/WebApp";
import { workerFailure, type EngineClient } from "../../src/web/workerClient";
import { saying, sumMessage } from "../support/findings";

/** A small sheet as the worker would describe it: a title merged over A1:C1, a header, two units and a total. */
function sheet(
  name: string,
  rows: (string | null)[][],
  extra: Partial<DisplaySheet> = {}
): DisplaySheet {
  const styles: DisplayStyle[] = [
    { align: "left", valign: "bottom" },
    { align: "center", valign: "middle", fill: "#DDEBF7" },
  ];
  const rowStart = new Int32Array(rows.length + 1);
  const cellColumns: number[] = [];
  const cellStyles: number[] = [];
  const texts: string[] = [];
  rows.forEach((row, r) => {
    rowStart[r] = texts.length;
    row.forEach((text, c) => {
      if (text === null) return;
      cellColumns.push(c);
      cellStyles.push(r === 1 ? 1 : 0);
      texts.push(text);
    });
  });
  rowStart[rows.length] = texts.length;
  const columns = Math.max(...rows.map((r) => r.length));
  return {
    name,
    hidden: false,
    rows: rows.length,
    columns,
    columnWidths: new Array(columns).fill(64),
    rowHeights: new Array(rows.length).fill(20),
    hiddenRows: [],
    hiddenColumns: [],
    frozenRows: 2,
    frozenColumns: 0,
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    rowStart,
    cellColumns: Int32Array.from(cellColumns),
    cellStyles: Int32Array.from(cellStyles),
    texts,
    styles,
    ...extra,
  };
}

const WORKBOOK: DisplayWorkbook = {
  name: "区县.xlsx",
  sheets: [
    sheet("附件1", [
      ["研发投入任务分解", null, null],
      ["单位", "2025年", "2027年"],
      ["甲镇", "10", "20"],
      ["乙镇", "5", "7"],
      ["合计", "15", "26"],
    ]),
    sheet("附件2", [["空表"]]),
  ],
};

function finding(): Finding {
  return {
    rule: "sum-mismatch",
    severity: "error",
    sheet: "附件1",
    cell: "C5",
    expected: 27,
    actual: 26,
    difference: -1,
    ...sumMessage(26, 27),
  };
}

function report(): WorkbookReport {
  return {
    tables: [
      {
        sheet: "附件1",
        range: "A2:C5",
        title: "研发投入任务分解",
        indicators: [],
        unitOfMeasure: "万元",
        labelColumn: "A",
        unitRows: [3, 4],
        totalRows: [5],
        subtotalRows: [],
        periods: [],
        sums: [],
      },
    ],
    findings: [finding()],
  };
}

function fakeClient(overrides: Partial<EngineClient> = {}) {
  return {
    open: jest.fn(
      async (_name: string, _bytes: ArrayBuffer, onProgress?: (p: { phase: "parse" }) => void) => {
        onProgress?.({ phase: "parse" });
        return WORKBOOK;
      }
    ),
    check: jest.fn(async () => report()),
    annotate: jest.fn(async () => Uint8Array.from([0x50, 0x4b, 3, 4])),
    dispose: jest.fn(),
    targets: jest.fn(async () => []),
    setTargets: jest.fn(async () => null),
    charts: jest.fn(async () => []),
    setPrevious: jest.fn(async () => undefined),
    ...overrides,
  } as jest.Mocked<EngineClient>;
}

function renderPage(client: EngineClient, locale: Locale = "zh-CN") {
  const user = userEvent.setup();
  const firstRender = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebApp client={client} initialLocale={locale} onFirstRender={firstRender} />
    </FluentProvider>
  );
  return { user, firstRender };
}

function chooseFile(name: string) {
  const file = new File(["x"], name);
  Object.defineProperty(file, "stream", { value: undefined });
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(4) });
  const input = screen.getByTestId("file-input");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });

describe("browser page", () => {
  it("before a file: the promise in both languages, open and examples ready, 校验 and download not yet", () => {
    const { firstRender } = renderPage(fakeClient());
    expect(
      screen.getByRole("heading", { level: 1, name: "分解表校验（网页版）" })
    ).toBeInTheDocument();
    const privacy = screen.getByTestId("privacy");
    expect(privacy.querySelector('[lang="zh-CN"]')).toHaveTextContent("不会上传");
    expect(privacy.querySelector('[lang="en-US"]')).toHaveTextContent("never uploaded");
    expect(button("打开 .xlsx 文件…")).toBeEnabled();
    expect(button("永川区（3 张附件）")).toBeEnabled();
    expect(button("校验")).toHaveAttribute("aria-disabled", "true");
    expect(button("下载标注副本")).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByLabelText("选择要校验的 .xlsx 工作簿")).toHaveAttribute("type", "file");
    expect(screen.getByTestId("empty-state")).toHaveTextContent("把 .xlsx 文件拖到这里");
    expect(firstRender).toHaveBeenCalledTimes(1);
  });

  it("a chosen file is shown as its sheets, with merged title and frozen header", async () => {
    const client = fakeClient();
    renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    expect(client.open).toHaveBeenCalledWith(
      "区县.xlsx",
      expect.any(ArrayBuffer),
      expect.any(Function),
      { signal: expect.any(AbortSignal) }
    );
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("data-sheet-tab"))).toEqual([
      "附件1",
      "附件2",
    ]);
    const grid = screen.getByRole("region", { name: "工作表“附件1”" });
    const title = grid.querySelector('[data-cell="A1"]');
    expect(title).toHaveAttribute("colspan", "3");
    expect(title).toHaveTextContent("研发投入任务分解");
    expect(grid.querySelector('[data-cell="B2"]')).toHaveStyle({
      backgroundColor: "#DDEBF7",
      position: "sticky",
    });
    expect(grid.querySelector('[data-cell="C5"]')).toHaveTextContent("26");
    expect(screen.getByTestId("status")).toHaveTextContent("已打开 区县.xlsx，共 2 张工作表");
  });

  it("校验 marks the cell, lists the finding, and the finding selects its cell", async () => {
    const client = fakeClient();
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    expect(client.check).toHaveBeenCalledWith(expect.any(Function));

    const item = await screen.findByRole("button", {
      name: /^C5 错误：2027年合计26，但各单位之和为27，相差-1/,
    });
    const cell = document.querySelector('[data-cell="C5"]') as HTMLElement;
    expect(cell).toHaveAttribute("data-severity", "error");
    expect(cell).toHaveStyle({ backgroundColor: "#FFC7CE" });
    expect(cell.querySelector('[data-mark="error"]')).not.toBeNull();
    expect(cell).toHaveTextContent("错误：2027年合计26");
    // The tables panel is a lazy chunk: on a loaded machine it may land after the findings list.
    expect(
      await screen.findByRole("button", { name: "识别的表（1）" }, { timeout: 20_000 })
    ).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "附件1（1 处）" })).toBeInTheDocument();

    await user.click(item);
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector('[data-cell="C5"]'))
    );
    expect(document.activeElement).toHaveAttribute("aria-current", "true");
    expect(screen.getByTestId("selection")).toHaveTextContent("附件1!C5：26");

    await user.keyboard("{ArrowLeft}");
    await waitFor(() => expect(document.activeElement).toHaveAttribute("data-cell", "B5"));

    await user.click(button("清除标记"));
    await waitFor(() =>
      expect(document.querySelector('[data-cell="C5"]')).not.toHaveAttribute("data-severity")
    );
    expect(screen.queryByRole("button", { name: /^C5 错误/ })).not.toBeInTheDocument();
  });

  it("the tables found: clicking one goes to its top-left cell and outlines its range in the grid", async () => {
    const client = fakeClient();
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    await user.click(await screen.findByRole("button", { name: "识别的表（1）" }));
    const table = screen.getByRole("button", { name: /^附件1!A2:C5 研发投入任务分解/ });
    await user.click(table);
    await waitFor(() => expect(document.activeElement).toHaveAttribute("data-cell", "A2"));
    const outline = (cell: string) =>
      (document.querySelector(`[data-cell="${cell}"]`) as HTMLElement).style.boxShadow;
    // The selection colour (Excel's green) on the range's edges, inside the tables' blue frame.
    expect(outline("A2")).toContain("#107C41");
    expect(outline("C5")).toContain("#107C41");
    expect(outline("B3")).not.toContain("#107C41");
    // Choosing a cell takes the outline away.
    await user.click(document.querySelector('[data-cell="B3"]') as HTMLElement);
    await waitFor(() => expect(outline("A2")).not.toContain("#107C41"));
  });

  it("filters by severity and rule narrow the list, grouped by sheet and table", async () => {
    const behind: Finding = {
      rule: "behind-schedule",
      severity: "warning",
      sheet: "附件1",
      cell: "B3",
      table: "A2:C5",
      ...saying("甲镇完成率 40.0%，低于时序进度 50.0%"),
    };
    const outside: Finding = {
      rule: "duplicate-unit",
      severity: "warning",
      sheet: "附件2",
      cell: "A1",
      ...saying("单位“空表”重复"),
    };
    const client = fakeClient({
      check: jest.fn(async () => ({
        ...report(),
        findings: [{ ...finding(), table: "A2:C5" }, behind, outside],
      })),
    });
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    const findings = await screen.findByRole("region", { name: "问题清单" });
    expect(within(findings).getByRole("heading", { name: "附件1（2 处）" })).toBeInTheDocument();
    expect(
      within(findings).getByRole("list", { name: "A2:C5 研发投入任务分解（2 处）" })
    ).toBeInTheDocument();
    expect(within(findings).getByRole("list", { name: "表格之外（1 处）" })).toBeInTheDocument();
    expect(within(findings).getByText("显示 3 处，共 3 处")).toBeInTheDocument();

    await user.click(within(findings).getByRole("button", { name: /^警告 2/ }));
    expect(within(findings).getByText("显示 1 处，共 3 处")).toBeInTheDocument();
    expect(within(findings).queryByRole("button", { name: /^B3 警告/ })).not.toBeInTheDocument();
    expect(within(findings).getByRole("button", { name: /^C5 错误/ })).toBeInTheDocument();

    await user.click(within(findings).getByRole("button", { name: "显示全部" }));
    await user.click(within(findings).getByRole("button", { name: "合计与分项不符（1）" }));
    expect(within(findings).getByText("显示 2 处，共 3 处")).toBeInTheDocument();
    expect(within(findings).queryByRole("button", { name: /^C5 错误/ })).not.toBeInTheDocument();
    // A check again keeps the filter.
    await user.click(button("校验"));
    await waitFor(() => expect(client.check).toHaveBeenCalledTimes(2));
    expect(
      await within(await screen.findByRole("region", { name: "问题清单" })).findByText(
        "显示 2 处，共 3 处"
      )
    ).toBeInTheDocument();
  });

  it("download hands the annotated bytes to the browser as <name>.checked.xlsx", async () => {
    const client = fakeClient();
    const { user } = renderPage(client);
    const created: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return "blob:page/1";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    await screen.findByRole("button", { name: /^C5 错误/ });
    await user.click(button("下载标注副本"));
    await screen.findByText("已生成 区县.checked.xlsx");
    expect(client.annotate).toHaveBeenCalledTimes(1);
    expect(client.annotate).toHaveBeenCalledWith("zh-CN", expect.any(Function));
    expect(clicked).toEqual(["区县.checked.xlsx"]);
    expect(created[0].type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    click.mockRestore();
  });

  it("an unreadable file: the reason in words, and no workbook shown", async () => {
    const client = fakeClient({
      open: jest.fn(async () => Promise.reject(workerFailure("encrypted", "x"))),
    });
    renderPage(client);
    chooseFile("加密.xlsx");
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent("无法打开 加密.xlsx");
    expect(notice).toHaveTextContent("工作簿设有打开密码");
    expect(screen.getByTestId("empty-state")).toBeInTheDocument();
  });

  it("a download that fails says why (the worker's reason), not a guess", async () => {
    const client = fakeClient({
      annotate: jest.fn(async () => Promise.reject(workerFailure("no-workbook", "gone"))),
    });
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    await screen.findByRole("button", { name: /^C5 错误/ });
    await user.click(button("下载标注副本"));
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent("未能生成标注副本");
    expect(notice).toHaveTextContent("请先打开一个工作簿。");
    expect(notice).not.toHaveTextContent("gone");
  });

  it("charts that cannot be worked out say why, not that there is nothing to chart", async () => {
    const client = fakeClient({
      charts: jest
        .fn()
        .mockResolvedValueOnce([])
        .mockRejectedValue(workerFailure("internal", "out of memory")),
    });
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("显示进度图表"));
    await screen.findByTestId("charts");
    // A check again: the charts on show follow the new report, and that fails.
    await user.click(button("校验"));
    const failure = await screen.findByTestId("charts-failure");
    expect(failure).toHaveTextContent("未能计算进度图表的数据：发生了意外错误。请刷新页面后重试。");
    expect(screen.queryByText(/没有可绘制的数据/)).not.toBeInTheDocument();
  });

  it("switching to English re-renders the findings in English and never checks again", async () => {
    const client = fakeClient();
    const { user } = renderPage(client);
    chooseFile("区县.xlsx");
    await screen.findByRole("heading", { level: 2, name: "区县.xlsx" });
    await user.click(button("校验"));
    await screen.findByRole("button", { name: /^C5 错误/ });
    await user.click(button("Switch the page to English"));
    await screen.findByRole("button", {
      name: /^C5 Error: 2027年 合计 is 26 but its units add up to 27/,
    });
    expect(client.check).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Breakdown Check (web)");
    expect(document.documentElement.lang).toBe("en-US");
    const findings = screen.getByRole("region", { name: "Findings" });
    expect(within(findings).getByRole("heading", { name: "附件1 (1)" })).toBeInTheDocument();
  });

  it("上月文件: the picked file goes to the worker (its bytes moved there) before any workbook is open", async () => {
    const client = fakeClient();
    const { user } = renderPage(client);
    expect(screen.getByText("上月文件")).toBeInTheDocument();
    const july = new File([Uint8Array.from([0x50, 0x4b, 3, 4])], "7月调度.xlsx");
    await user.upload(screen.getByTestId("previous-file-input"), july);
    expect(
      await screen.findByText("已选：7月调度.xlsx（校验时与它比较累计数）")
    ).toBeInTheDocument();
    expect(client.setPrevious).toHaveBeenCalledWith("7月调度.xlsx", expect.any(ArrayBuffer));
    const bytes = client.setPrevious.mock.calls[0][1]!;
    expect([...new Uint8Array(bytes)]).toEqual([0x50, 0x4b, 3, 4]);
    await user.click(button("不比较"));
    expect(client.setPrevious).toHaveBeenLastCalledWith("", null);
  });
});
