/** The ribbon's result dialog in English. */
import type { DialogTexts } from "../dialog";

export const dialog: DialogTexts = {
  close: "Close",
  closesIn: (seconds) => `Closes in ${seconds} s`,
};
