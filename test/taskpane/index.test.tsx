/** @jest-environment jsdom */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";

jest.mock("../../src/excel/run", () => ({
  runCheckInExcel: jest.fn(),
  clearMarksInExcel: jest.fn(),
  select: jest.fn(),
}));

type OnReadyCallback = (info: { host: string | null; platform: string | null }) => void;

function fakeOffice(host: string | null, context: Partial<Office.Context> = {}) {
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    context,
    onReady: (callback: OnReadyCallback) => {
      callback({ host, platform: null });
      return Promise.resolve({ host, platform: null });
    },
  };
}

/** Loads the entry point afresh, as the page does, with `office` as the global Office (or none). */
async function loadEntry(office: unknown) {
  document.body.innerHTML = '<div id="root"></div>';
  const globals = globalThis as unknown as { Office?: unknown };
  if (office === undefined) delete globals.Office;
  else globals.Office = office;
  // A fresh module registry means a fresh React too: wait for its render instead of wrapping it in act().
  const actEnvironment = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  jest.isolateModules(() => {
    require("../../src/taskpane/index");
  });
  await waitFor(() => expect(document.getElementById("root")).not.toBeEmptyDOMElement());
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

describe("the task pane page", () => {
  it("opened in a plain browser asks for Excel", async () => {
    await loadEntry(fakeOffice(null));
    expect(screen.getByText("请在 Excel 中打开本加载项")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("in another Office host asks for Excel", async () => {
    await loadEntry(fakeOffice("Word"));
    expect(screen.getByText("请在 Excel 中打开本加载项")).toBeInTheDocument();
  });

  it("in Excel shows the pane in Office's language and theme", async () => {
    await loadEntry(
      fakeOffice("Excel", {
        displayLanguage: "zh-CN",
        officeTheme: { bodyBackgroundColor: "#262626" } as Office.OfficeTheme,
      })
    );
    expect(screen.getByRole("button", { name: "校验" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeInTheDocument();
  });

  it("without office.js explains it could not be loaded", async () => {
    await loadEntry(undefined);
    expect(screen.getByText(/无法加载 Office 组件/)).toBeInTheDocument();
  });
});
