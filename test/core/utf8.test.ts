import { utf8Length } from "../../src/core/utf8";

describe("utf8Length", () => {
  it("agrees with the encoder on ASCII, Latin, Chinese, astral characters and lone surrogates", () => {
    const samples = [
      "",
      "G31",
      "é",
      "合计",
      "𠀀",
      "😀 ok",
      "a𝔘b",
      "\ud800",
      "\udc00x",
      "校验结果\n𠮷",
    ];
    for (const text of samples) expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("counts an astral character as 4 bytes, not 5 or 6", () => {
    expect(utf8Length("𠮷")).toBe(4);
    expect(utf8Length("😀")).toBe(4);
  });
});
