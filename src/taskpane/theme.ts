/** The pane follows Office's theme: a dark body background in Office means the dark Fluent theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function isDarkBackground(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map(linearChannel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function themeForOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
