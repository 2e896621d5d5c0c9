/** The example workbooks the page offers; webpack copies `seeds/*.xlsx` to `dist/seeds/`. A test keeps this list in step with seeds/. */
import type { Locale } from "../i18n";

export interface Example {
  file: string;
  label: Record<Locale, string>;
}

export const EXAMPLES_PATH = "seeds/";

export const EXAMPLES: readonly Example[] = [
  {
    file: "yongchuan.xlsx",
    label: { "zh-CN": "永川区（3 张附件）", "en-US": "Yongchuan (3 attachments)" },
  },
  {
    file: "liangping.xlsx",
    label: { "zh-CN": "梁平区（季度表）", "en-US": "Liangping (quarterly)" },
  },
  {
    file: "beibei.xlsx",
    label: { "zh-CN": "北碚区（两级表头）", "en-US": "Beibei (two-level header)" },
  },
];
