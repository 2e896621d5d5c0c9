import {
  composeNote,
  hasNoteBlock,
  NOTE_BLOCK_END,
  NOTE_BLOCK_START,
  stripNoteBlock,
} from "../../src/core/noteBlock";

describe("our block inside a cell note", () => {
  const ours = ["2027年合计600000，但各单位之和为600001，相差-1"];

  it("is the whole note on a cell without one, and strips to nothing", () => {
    const note = composeNote(null, ours);
    expect(note).toBe(`${NOTE_BLOCK_START}\n${ours[0]}\n${NOTE_BLOCK_END}`);
    expect(stripNoteBlock(note)).toEqual({ text: "", removed: 1 });
  });

  it("keeps the user's note above ours, byte for byte", () => {
    const user = "科长：序号已与区局核对，保留\r\n第二行 ";
    const note = composeNote(user, ours);
    expect(note.startsWith(user)).toBe(true);
    expect(stripNoteBlock(note).text).toBe(user);
  });

  it("keeps text the user added before, between and after our block", () => {
    const note = `前面的话\n${composeNote(null, ours)}\n后面补充：已电话核实`;
    expect(stripNoteBlock(note).text).toBe("前面的话\n后面补充：已电话核实");
    const leading = `${composeNote(null, ours)}\n后面补充`;
    expect(stripNoteBlock(leading).text).toBe("后面补充");
  });

  it("replaces an earlier block instead of stacking", () => {
    const once = composeNote("用户批注", ours);
    const twice = composeNote(once, ["新的问题"]);
    expect(twice).toBe(`用户批注\n${NOTE_BLOCK_START}\n新的问题\n${NOTE_BLOCK_END}`);
    expect(stripNoteBlock(twice)).toEqual({ text: "用户批注", removed: 1 });
  });

  it("leaves a block alone whose end marker the user cut, and markers inside a line", () => {
    const cut = `${NOTE_BLOCK_START}\n${ours[0]}\n用户改写的结尾`;
    expect(stripNoteBlock(cut)).toEqual({ text: cut, removed: 0 });
    const inline = `见${NOTE_BLOCK_START}说明${NOTE_BLOCK_END}`;
    expect(stripNoteBlock(inline).removed).toBe(0);
    expect(hasNoteBlock(inline)).toBe(false);
    expect(hasNoteBlock(composeNote("x", ours))).toBe(true);
    expect(hasNoteBlock(null)).toBe(false);
  });
});
