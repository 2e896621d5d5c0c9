/** @jest-environment jsdom */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { mountNotice, mountPane, type OfficeEnvironment } from "../../src/taskpane/mount";
import { isDarkBackground, themeForOffice } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fakeHost } from "./fakeHost";

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

/** The CSS variables FluentProvider wrote for the mounted provider's theme. */
function themeCss(): string {
  const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
  const providerClass = [...(provider?.classList ?? [])].find((name) =>
    /^fui-FluentProviderr/.test(name)
  );
  const style = providerClass ? document.getElementById(providerClass) : null;
  const sheet = (style as HTMLStyleElement | null)?.sheet;
  return sheet ? [...sheet.cssRules].map((rule) => rule.cssText).join("\n") : "";
}

async function mount(environment: Partial<OfficeEnvironment>) {
  const createHost = jest.fn(() => fakeHost());
  // The pane reads the workbook's targets when it opens: let that read finish inside act().
  await act(async () => {
    root = mountPane(container, { inExcel: true, createHost, ...environment });
  });
  return createHost;
}

describe("mounting the pane", () => {
  it("outside Excel says to open the add-in in Excel and creates no host", async () => {
    const createHost = await mount({ inExcel: false, displayLanguage: undefined });
    expect(screen.getByText("请在 Excel 中打开本加载项")).toHaveAttribute("lang", "zh-CN");
    expect(screen.getByText("Please open this add-in in Excel")).toHaveAttribute("lang", "en-US");
    expect(screen.queryByRole("button", { name: "校验" })).not.toBeInTheDocument();
    expect(createHost).not.toHaveBeenCalled();
  });

  it("in Excel renders the pane in Office's language, with a host for that language", async () => {
    const createHost = await mount({ displayLanguage: "en-GB" });
    expect(screen.getByRole("button", { name: "Check" })).toBeInTheDocument();
    expect(createHost).toHaveBeenCalledWith("en-US");
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("defaults to zh-CN", async () => {
    const createHost = await mount({ displayLanguage: "zh-CN" });
    expect(screen.getByRole("button", { name: "校验" })).toBeInTheDocument();
    expect(createHost).toHaveBeenCalledWith("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("follows a dark Office theme", async () => {
    await mount({ officeTheme: { bodyBackgroundColor: "#262626" } });
    expect(themeCss()).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`
    );
  });

  it("uses the light theme when Office's background is light", async () => {
    await mount({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    expect(themeCss()).toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`
    );
  });

  it("explains a missing office.js", () => {
    act(() => {
      root = mountNotice(container, "officeUnavailable");
    });
    expect(screen.getByText(/无法加载 Office 组件/)).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded/)).toBeInTheDocument();
  });
});

describe("theme", () => {
  it.each([
    ["#262626", true],
    ["#000000", true],
    ["#1F1F1F", true],
    ["#FFFFFF", false],
    ["#F3F3F3", false],
    ["#E6E6E6", false],
    ["", false],
    [undefined, false],
    ["not a colour", false],
  ])("background %s is dark: %s", (colour, dark) => {
    expect(isDarkBackground(colour)).toBe(dark);
  });

  it("maps Office's theme to a Fluent theme", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice(undefined)).toBe(webLightTheme);
  });
});
