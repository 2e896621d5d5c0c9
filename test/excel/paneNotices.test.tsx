/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The pane says which sheets 校验 did not mark and why (the real pane over the real Excel host, on the fake Excel).
 */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createExcelHost } from "../../src/taskpane/excelHost";
import { breakdownWorkbook } from "../support/breakdownWorkbook";
import { createFakeExcel, uninstallFakeOffice } from "../support/fakeExcel";

afterEach(() => uninstallFakeOffice());

test("a protected and a hidden sheet: checked, not marked, and the pane says which and why", async () => {
  const model = breakdownWorkbook(3);
  model.sheets[0].protected = true;
  model.sheets[2].visibility = "Hidden";
  const excel = createFakeExcel(model);
  const before = excel.snapshot();
  excel.install();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={createExcelHost("zh-CN")} locale="zh-CN" />
    </FluentProvider>
  );
  await act(async () => undefined);
  await user.click(screen.getByRole("button", { name: "校验" }));
  const notice = await screen.findByText(/以下工作表已校验但未标记/, undefined, {
    timeout: 10_000,
  });
  expect(notice).toHaveTextContent("“附件1”受保护");
  expect(notice).toHaveTextContent("“附件3”已隐藏");
  const after = excel.snapshot();
  expect(after.sheets[0]).toEqual(before.sheets[0]);
  expect(after.sheets[2]).toEqual(before.sheets[2]);
  expect(after.sheets[1].cells.G10.fill?.color).toBe("#FFC7CE");
});
