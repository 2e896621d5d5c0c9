/** The follow-up list: every finding of every file as rows in the page's words, as CSV for Excel, and the zip's names. */
import type { Finding } from "../../../src/core/model";
import { renderFinding } from "../../../src/i18n";
import { addFiles, checkedState, withState } from "../../../src/web/batch/batchList";
import { copyNames, findingRows, toCsv } from "../../../src/web/batch/findingsExport";
import { annotatedFileName } from "../../../src/web/files";
import { sumMessage } from "../../support/findings";

const sum: Finding = {
  rule: "sum-mismatch",
  severity: "error",
  sheet: "附件1",
  cell: "G32",
  ...sumMessage(600000, 600001),
};

function entries() {
  let list = addFiles(
    [],
    ["永川.xlsx", "坏文件.xlsx", "等待.xlsx"].map((name) => ({ name, source: new Blob([name]) })),
    1
  );
  list = withState(list, 1, checkedState({ findings: [sum], tables: 1 }));
  list = withState(list, 2, {
    kind: "unreadable",
    why: { zh: "不是可识别的工作簿", en: "not a workbook" },
  });
  return list;
}

describe("the findings export", () => {
  it("has a row per finding (rule id and words, severity and message in words) and one per unreadable file", () => {
    expect(findingRows(entries(), "zh-CN")).toEqual([
      ["文件", "工作表", "单元格", "规则", "规则名称", "严重程度", "说明"],
      [
        "永川.xlsx",
        "附件1",
        "G32",
        "sum-mismatch",
        "合计与分项不符",
        "错误",
        renderFinding(sum, "zh-CN"),
      ],
      ["坏文件.xlsx", "", "", "", "", "无法读取", "不是可识别的工作簿"],
    ]);
    const english = findingRows(entries(), "en-US");
    expect(english[0]).toEqual([
      "File",
      "Sheet",
      "Cell",
      "Rule",
      "Rule name",
      "Severity",
      "Message",
    ]);
    expect(english[1][6]).toBe(renderFinding(sum, "en-US"));
    expect(english[2][6]).toBe("not a workbook");
  });

  it("writes CSV with a BOM and CRLF, quotes what needs quoting, and keeps formulas inert", () => {
    const csv = toCsv([
      ["文件", "说明"],
      ["a,b.xlsx", '说"明"'],
      ['=HYPERLINK("x")', "-1"],
      ["@SUM(A1)", "-减少"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "文件,说明",
      '"a,b.xlsx","说""明"""',
      '"\'=HYPERLINK(""x"")",-1',
      "'@SUM(A1),'-减少",
      "",
    ]);
  });

  it("names the copies as the single download does, a second of the same base name (2)", () => {
    expect(
      copyNames(["永川.xlsx", "永川.xls", "梁平.csv", "永川.XLSX"], annotatedFileName)
    ).toEqual([
      "永川.checked.xlsx",
      "永川.checked (2).xlsx",
      "梁平.checked.xlsx",
      "永川.checked (3).xlsx",
    ]);
  });
});
