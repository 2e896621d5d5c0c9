/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The real pane over the real Excel host, against the fake Excel (not a fake host): seeds/yongchuan.xlsx opened,
 * 校验 run from the pane, a finding clicked (Excel selects its cell), 清除标记 — and the workbook is exactly what it
 * was. Then targets edited in the pane land on the 目标 sheet, where the next check reads them.
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RESULTS_SHEET_NAME } from "../../src/core/marks";
import { App } from "../../src/taskpane/App";
import { createExcelHost } from "../../src/taskpane/excelHost";
import { createFakeExcel, uninstallFakeOffice, type FakeExcel } from "../support/fakeExcel";
import { seedAsFakeWorkbook } from "../support/seedWorkbook";

afterEach(() => uninstallFakeOffice());

async function openPane(excel: FakeExcel) {
  excel.install();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={createExcelHost("zh-CN")} locale="zh-CN" />
    </FluentProvider>
  );
  await act(async () => undefined);
  return user;
}

test("校验 → click a finding → 清除标记 gives the workbook back exactly", async () => {
  const excel = createFakeExcel(await seedAsFakeWorkbook("yongchuan.xlsx"));
  const before = excel.snapshot();
  const user = await openPane(excel);
  // Opening the pane reads the 目标 sheet and writes nothing.
  await waitFor(() =>
    expect(screen.getByRole("button", { name: /^计划目标（\d+）$/ })).toBeInTheDocument()
  );
  expect(excel.snapshot()).toEqual(before);

  await user.click(screen.getByRole("button", { name: "校验" }));
  const finding = await screen.findByRole(
    "button",
    { name: /^G32 错误：2027年合计600000，但各单位之和为600001，相差-1（附件1）$/ },
    { timeout: 10_000 }
  );
  const marked = excel.snapshot().sheets.find((s) => s.name === "附件1")!;
  expect(marked.cells.G32.fill).toMatchObject({ color: "#FFC7CE" });
  expect(
    within(screen.getByRole("region", { name: "校验结果" })).getByText(/^错误 [1-9][0-9]* 处$/)
  ).toBeInTheDocument();

  await user.click(finding);
  await waitFor(() => expect(excel.view.selection).toEqual({ sheet: "附件1", address: "G32" }));
  expect(excel.view.activeSheet).toBe("附件1");

  await user.click(screen.getByRole("button", { name: "清除标记" }));
  await waitFor(() =>
    expect(screen.queryByRole("region", { name: "校验结果" })).not.toBeInTheDocument()
  );
  // Every value, formula, number format, fill, note, comment and setting as before; the results sheet is
  // emptied but kept (deleting a sheet would wipe the user's undo history).
  const after = excel.snapshot();
  delete after.settings; // our record, which keeps naming our emptied results sheet (by id)
  expect(after).toEqual({
    ...before,
    sheets: [...before.sheets, { name: RESULTS_SHEET_NAME, cells: {} }],
  });
  expect(excel.droppedOperations).toBe(0);
});

test("targets pasted and saved in the pane land on the 目标 sheet; the next check reads them", async () => {
  const excel = createFakeExcel(await seedAsFakeWorkbook("yongchuan.xlsx"));
  const user = await openPane(excel);
  const header = await screen.findByRole("button", { name: /^计划目标（\d+）$/ });
  const count = Number(/（(\d+)）/.exec(header.textContent!)![1]);
  expect(count).toBeGreaterThan(0);
  await user.click(header);

  // Keep only the sentence's targets: delete the sheet's, paste the plan's sentence.
  for (let i = 0; i < count; i++)
    await user.click(screen.getAllByRole("button", { name: /^删除目标：/ })[0]);
  await user.click(screen.getByRole("textbox", { name: "规划原文" }));
  await user.paste("到2025年，全区高新技术企业突破75家、科技型企业超过690家");
  await user.click(screen.getByRole("button", { name: "识别" }));
  await user.click(screen.getByRole("button", { name: "添加 2 条" }));
  await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
  await waitFor(() => expect(screen.getByText("已保存在“目标”表中")).toBeInTheDocument());

  const sheet = excel.snapshot().sheets.find((s) => s.name === "目标")!;
  const column = (letter: string) =>
    Object.entries(sheet.cells)
      .filter(([address]) => address.startsWith(letter) && /^[A-Z]\d+$/.test(address))
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([, cell]) => cell.value);
  expect(column("A")).toEqual(["指标", "高新技术企业", "科技型企业"]);
  expect(column("D")).toEqual(["目标值", 75, 690]);

  // The check compares them with the tables: the pane shows each target's outcome.
  await user.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole("region", { name: "校验结果" }, { timeout: 10_000 });
  const list = screen.getByRole("list", { name: "计划目标" });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    expect.stringMatching(/高新技术企业 2025年 突破 75 家.*已达到/),
    expect.stringMatching(/科技型企业 2025年 超过 690 家.*已达到/),
  ]);
});
