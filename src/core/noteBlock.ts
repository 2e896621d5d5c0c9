/**
 * The add-in's words inside a cell note, kept apart from the user's: a delimited block that can be found and
 * removed exactly, whatever the user wrote before or after it. Every door that writes notes (the Excel adapter,
 * the annotated .xlsx copy) composes and strips notes through these two functions, so the format is one.
 */

/** First line of our block. The brackets are rare in officers' notes, and the words say who wrote the block. */
export const NOTE_BLOCK_START = "【分解表校验】";
/** Last line of our block. */
export const NOTE_BLOCK_END = "【分解表校验·完】";

/** Our block for these messages, one message a line. */
export function noteBlock(messages: readonly string[]): string {
  return [NOTE_BLOCK_START, ...messages, NOTE_BLOCK_END].join("\n");
}

/**
 * The note after our block is put in: the user's text kept as it is, our block after it (on a new line), and an
 * earlier block of ours replaced rather than stacked.
 */
export function composeNote(
  existing: string | null | undefined,
  messages: readonly string[]
): string {
  const user = stripNoteBlock(existing ?? "").text;
  const block = noteBlock(messages);
  return user.length === 0 ? block : `${user}\n${block}`;
}

export interface StrippedNote {
  /** The note without our blocks: exactly the user's words (empty when the note was only ours). */
  text: string;
  /** How many blocks of ours were removed. */
  removed: number;
}

/**
 * Removes every block of ours (start line through end line) and the one line break that joined it to the user's
 * text. Text before, between and after blocks stays byte for byte. A start line without an end line is left
 * alone: the user may have cut our end marker, and we never delete what we cannot bound.
 */
export function stripNoteBlock(note: string): StrippedNote {
  let text = note;
  let removed = 0;
  for (;;) {
    const start = findLineStart(text, NOTE_BLOCK_START, 0);
    if (start < 0) break;
    const endMarker = findLineStart(text, NOTE_BLOCK_END, start + NOTE_BLOCK_START.length);
    if (endMarker < 0) break;
    let end = endMarker + NOTE_BLOCK_END.length;
    let from = start;
    // The break that joined the block to the user's text: before the block, or, at the very start, after it.
    if (from > 0 && isBreakBefore(text, from)) from -= breakLengthBefore(text, from);
    else if (from === 0) end += breakLengthAfter(text, end);
    text = text.slice(0, from) + text.slice(end);
    removed += 1;
  }
  return { text, removed };
}

/** True when the note holds a block of ours. */
export function hasNoteBlock(note: string | null | undefined): boolean {
  return note != null && stripNoteBlock(note).removed > 0;
}

function findLineStart(text: string, marker: string, from: number): number {
  let at = text.indexOf(marker, from);
  while (at >= 0) {
    const atLineStart = at === 0 || text[at - 1] === "\n" || text[at - 1] === "\r";
    const after = text[at + marker.length];
    const atLineEnd = after === undefined || after === "\n" || after === "\r";
    if (atLineStart && atLineEnd) return at;
    at = text.indexOf(marker, at + 1);
  }
  return -1;
}

function isBreakBefore(text: string, at: number): boolean {
  return text[at - 1] === "\n" || text[at - 1] === "\r";
}

function breakLengthBefore(text: string, at: number): number {
  return text[at - 1] === "\n" && text[at - 2] === "\r" ? 2 : 1;
}

function breakLengthAfter(text: string, at: number): number {
  if (text[at] === "\r" && text[at + 1] === "\n") return 2;
  return text[at] === "\n" || text[at] === "\r" ? 1 : 0;
}
