/** The file list as data: files added once, each file's standing, and the summary across files (errors first). */
import type { Finding } from "../../../src/core/model";
import {
  addFiles,
  allDone,
  checkedState,
  standingOf,
  summarize,
  withState,
  type BatchEntry,
} from "../../../src/web/batch/batchList";
import { saying, sumMessage } from "../../support/findings";

function finding(rule: Finding["rule"], severity: Finding["severity"], cell = "G32"): Finding {
  return {
    rule,
    severity,
    sheet: "附件1",
    cell,
    ...(rule === "sum-mismatch" ? sumMessage(600000, 600001) : saying(cell)),
  };
}

const blob = (text: string) => new Blob([text]);

function list(...names: string[]): BatchEntry[] {
  return addFiles(
    [],
    names.map((name) => ({ name, source: blob(name) })),
    1
  );
}

describe("the file list", () => {
  it("adds files at the end, waiting, with keys of their own; the same file twice is listed once", () => {
    const first = list("永川.xlsx", "梁平.xlsx");
    expect(first.map((e) => [e.key, e.name, e.state.kind])).toEqual([
      [1, "永川.xlsx", "waiting"],
      [2, "梁平.xlsx", "waiting"],
    ]);
    const again = addFiles(
      first,
      [
        { name: "永川.xlsx", source: first[0].source },
        { name: "北碚.xlsx", source: blob("北碚") },
        // Same name, other content: another town's file of the same name.
        { name: "梁平.xlsx", source: blob("another return") },
      ],
      3
    );
    expect(again.map((e) => [e.key, e.name])).toEqual([
      [1, "永川.xlsx"],
      [2, "梁平.xlsx"],
      [3, "北碚.xlsx"],
      [4, "梁平.xlsx"],
    ]);
  });

  it("a file stands by its worst: errors, unreadable, warnings, no table, clean, waiting", () => {
    const checked = (findings: Finding[], tables = 1) => checkedState({ findings, tables });
    expect(standingOf({ kind: "waiting" })).toBe("waiting");
    expect(standingOf({ kind: "checking" })).toBe("waiting");
    expect(standingOf({ kind: "unreadable", why: { zh: "坏", en: "bad" } })).toBe("unreadable");
    expect(
      standingOf(checked([finding("duplicate-unit", "warning"), finding("sum-mismatch", "error")]))
    ).toBe("errors");
    expect(standingOf(checked([finding("duplicate-unit", "warning")]))).toBe("warnings");
    expect(standingOf(checked([finding("behind-schedule", "info")]))).toBe("clean");
    expect(standingOf(checked([], 0))).toBe("noTables");
  });

  it("sums up across files: totals, rules by findings, and the files to follow up, errors first (most first)", () => {
    let entries = list("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx");
    const [a, b, c, d, e] = entries.map((x) => x.key);
    entries = withState(
      entries,
      a,
      checkedState({ findings: [finding("duplicate-unit", "warning")], tables: 1 })
    );
    entries = withState(
      entries,
      b,
      checkedState({
        findings: [finding("sum-mismatch", "error", "G31"), finding("sum-mismatch", "error")],
        tables: 2,
      })
    );
    entries = withState(entries, c, {
      kind: "unreadable",
      why: { zh: "不是工作簿", en: "not a workbook" },
    });
    entries = withState(
      entries,
      d,
      checkedState({
        findings: [finding("sum-mismatch", "error"), finding("behind-schedule", "info")],
        tables: 1,
      })
    );
    entries = withState(entries, e, checkedState({ findings: [], tables: 1 }));
    expect(allDone(entries)).toBe(false);

    const summary = summarize(entries);
    expect(summary.totals).toEqual({
      files: 6,
      withErrors: 2,
      withWarnings: 1,
      clean: 1,
      noTables: 0,
      unreadable: 1,
      waiting: 1,
      errors: 3,
      warnings: 1,
      infos: 1,
    });
    expect(summary.followUp.map((x) => x.name)).toEqual(["b.xlsx", "d.xlsx", "c.xlsx", "a.xlsx"]);
    expect(summary.byRule).toEqual([
      { rule: "sum-mismatch", findings: 3, files: 2 },
      { rule: "duplicate-unit", findings: 1, files: 1 },
      { rule: "behind-schedule", findings: 1, files: 1 },
    ]);
    expect(allDone(entries.slice(0, 5))).toBe(true);
  });
});
