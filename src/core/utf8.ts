/** UTF-8 bytes of a string, counted by code point: ASCII 1, up to U+07FF 2, the rest of the BMP (Chinese) 3, astral 4. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
