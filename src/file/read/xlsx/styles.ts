/**
 * What a cell's style index (`s`) means for the checks and the page: its number format code (`cellXfs` →
 * `numFmtId` → the file's own `<numFmt>` or Excel's built-in code) and its fill (theme colours and tints
 * resolved to RGB, for the page only) and its indent level (hierarchies shown by indentation).
 */
import { readXml, unescapeOoxml } from "./sax";

/** Excel's built-in number formats that have one code in every locale (as SheetJS CE lists them). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

/** A fill as the page reads it (the shape SheetJS gives with `cellStyles`): colours as `RRGGBB`. */
export interface Fill {
  patternType?: string;
  fgColor?: { rgb?: string };
  bgColor?: { rgb?: string };
}

export interface CellStyles {
  /** Number format code by style index; undefined where the file names a format it does not define. */
  formats: (string | undefined)[];
  /** Fill by style index (read only when asked). */
  fills: (Fill | undefined)[];
  /** Indent level by style index (`<alignment indent>`), 0 where none; empty when no style indents. */
  indents: number[];
}

export const NO_STYLES: CellStyles = { formats: [], fills: [], indents: [] };

interface ColorSpec {
  rgb?: string;
  theme?: number;
  tint?: number;
}

function colorSpec(attributes: Record<string, string>): ColorSpec {
  const spec: ColorSpec = {};
  if (attributes.rgb) spec.rgb = attributes.rgb.slice(-6);
  if (attributes.theme !== undefined) spec.theme = parseInt(attributes.theme, 10);
  if (attributes.tint) spec.tint = parseFloat(attributes.tint);
  return spec;
}

/** The cell styles of `styles.xml`; fills (resolved with the theme's colours) only when those are given. */
export function readStyles(
  text: string | null,
  part: string,
  themeColors: string[] | null
): CellStyles {
  if (!text) return NO_STYLES;
  const codes = new Map<number, string>();
  const fillSpecs: { patternType?: string; fg?: ColorSpec; bg?: ColorSpec }[] = [];
  const xfs: { numFmtId: number; fillId: number; indent: number }[] = [];
  let section = "";
  let inFill = false;
  readXml(text, part, {
    open(local, a) {
      switch (local) {
        case "numFmts":
        case "fills":
        case "cellXfs":
          section = local;
          break;
        case "cellStyleXfs":
        case "dxfs":
        case "fonts":
        case "borders":
        case "cellStyles":
        case "extLst":
          section = "";
          break;
        case "numFmt":
          if (section === "numFmts" && a.formatCode !== undefined) {
            const id = parseInt(a.numFmtId, 10);
            if (id > 0) codes.set(id, unescapeOoxml(a.formatCode));
          }
          break;
        case "fill":
          if (section === "fills") {
            fillSpecs.push({});
            inFill = true;
          }
          break;
        case "patternFill":
          if (inFill && a.patternType) fillSpecs[fillSpecs.length - 1].patternType = a.patternType;
          break;
        case "fgColor":
          if (inFill) fillSpecs[fillSpecs.length - 1].fg = colorSpec(a);
          break;
        case "bgColor":
          if (inFill) fillSpecs[fillSpecs.length - 1].bg = colorSpec(a);
          break;
        case "xf":
          if (section === "cellXfs")
            xfs.push({
              numFmtId: a.numFmtId ? parseInt(a.numFmtId, 10) : 0,
              fillId: a.fillId ? parseInt(a.fillId, 10) : 0,
              indent: 0,
            });
          break;
        case "alignment":
          if (section === "cellXfs" && xfs.length > 0 && a.indent)
            xfs[xfs.length - 1].indent = Math.max(0, parseInt(a.indent, 10) || 0);
          break;
      }
    },
    close(local) {
      if (local === "fill") inFill = false;
      else if (local === section) section = "";
    },
  });
  const formats = xfs.map((xf) => codes.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId]);
  const indents = xfs.some((xf) => xf.indent > 0) ? xfs.map((xf) => xf.indent) : [];
  if (!themeColors) return { formats, fills: [], indents };
  const fillObjects = fillSpecs.map((spec) => {
    const fill: Fill = {};
    if (spec.patternType) fill.patternType = spec.patternType;
    const fg = resolve(spec.fg, themeColors);
    const bg = resolve(spec.bg, themeColors);
    if (spec.fg) fill.fgColor = fg ? { rgb: fg } : {};
    if (spec.bg) fill.bgColor = bg ? { rgb: bg } : {};
    return fill;
  });
  return { formats, fills: xfs.map((xf) => fillObjects[xf.fillId]), indents };
}

function resolve(spec: ColorSpec | undefined, themeColors: string[]): string | undefined {
  if (!spec) return undefined;
  if (spec.rgb) return spec.rgb;
  if (spec.theme === undefined) return undefined;
  const base = themeColors[spec.theme];
  return base ? tinted(base, spec.tint ?? 0) : undefined;
}

/**
 * The theme's colours by the index cells use: Excel swaps the first two pairs (0 = lt1, 1 = dk1, 2 = lt2,
 * 3 = dk2), then the accents and links in order.
 */
export function readThemeColors(text: string | null, part: string): string[] {
  if (!text) return [];
  const byName = new Map<string, string>();
  let current: string | null = null;
  let inScheme = false;
  readXml(text, part, {
    open(local, a) {
      if (local === "clrScheme") inScheme = true;
      else if (inScheme && current === null) current = local;
      else if (inScheme && current) {
        const value = local === "sysClr" ? a.lastClr : local === "srgbClr" ? a.val : undefined;
        if (value && !byName.has(current)) byName.set(current, value.slice(-6));
      }
    },
    close(local) {
      if (local === "clrScheme") inScheme = false;
      else if (local === current) current = null;
    },
  });
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4"];
  order.push("accent5", "accent6", "hlink", "folHlink");
  return order.map((name) => byName.get(name) ?? "");
}

/** Excel's tint: the colour's lightness moved towards black (tint < 0) or white (tint > 0). */
function tinted(hex: string, tint: number): string {
  if (tint === 0) return hex;
  const [h, s, l] = toHsl(parseInt(hex, 16));
  const lightness = tint < 0 ? l * (1 + tint) : 1 - (1 - l) * (1 - tint);
  return fromHsl(h, s, lightness);
}

function toHsl(rgb: number): [number, number, number] {
  const r = ((rgb >> 16) & 255) / 255;
  const g = ((rgb >> 8) & 255) / 255;
  const b = (rgb & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const channel = (t: number) => {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v =
      t < 1 / 6
        ? p + (q - p) * 6 * t
        : t < 1 / 2
          ? q
          : t < 2 / 3
            ? p + (q - p) * (2 / 3 - t) * 6
            : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, "0");
  };
  const gray = () =>
    Math.round(l * 255)
      .toString(16)
      .padStart(2, "0")
      .repeat(3);
  return s === 0
    ? gray().toUpperCase()
    : (channel(h + 1 / 3) + channel(h) + channel(h - 1 / 3)).toUpperCase();
}
