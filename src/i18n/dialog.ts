/**
 * The shape of the ribbon's result dialog strings (src/commands/dialog.ts). The dialog imports its locale parts
 * directly, not the whole catalog, so its bundle stays tiny.
 */
export interface DialogTexts {
  close: string;
  closesIn(seconds: number): string;
}
