/**
 * Text from the user's cells, made safe for a terminal at the point of printing: an ESC sequence in a cell must not
 * recolour, move or retitle the user's terminal. Text output loses the control characters (line breaks and tabs
 * stay); JSON keeps every character but writes the C1 controls, which JSON.stringify leaves raw, as \u escapes.
 */

// Matching control characters is this module's job.
/* eslint-disable no-control-regex */
// ESC [ … final byte (CSI), ESC ] … BEL/ST (OSC), and any other ESC + one character.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\s\S]?)/g;
// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, U+009B is a one-byte CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/* eslint-enable no-control-regex */

export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

export function jsonTerminalSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
