/** The ribbon's result dialog in Chinese. */
import type { DialogTexts } from "../dialog";

export const dialog: DialogTexts = {
  close: "关闭",
  closesIn: (seconds) => `${seconds} 秒后自动关闭`,
};
