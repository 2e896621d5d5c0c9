import type { WorkbookReport } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import { uiText } from "../../src/i18n";
import { cleanKind, resultAnnouncement } from "../../src/ui/resultStatus";
import { table, YONGCHUAN_FINDING } from "../taskpane/fakeHost";

const TABLE = table("附件1", "A3:G31");
const INFO: Finding = { ...YONGCHUAN_FINDING, severity: "info", rule: "target-not-met" };

function report(tables: number, findings: Finding[]): WorkbookReport {
  return { tables: Array.from({ length: tables }, () => TABLE), findings } as WorkbookReport;
}

function kind(r: WorkbookReport) {
  return cleanKind(r);
}

describe("what kind of result, for pane and page alike", () => {
  it("no table recognized", () => {
    expect(kind(report(0, []))).toBe("noTables");
    expect(resultAnnouncement(uiText("zh-CN"), report(0, []))).toBe("未识别到任务分解表");
  });

  it("clean, infos only, or something to fix", () => {
    expect(kind(report(2, []))).toBe("noFindings");
    expect(kind(report(2, [INFO]))).toBe("noErrorsOrWarnings");
    expect(kind(report(2, [YONGCHUAN_FINDING]))).toBeNull();
  });

  it("reads the counts out in one sentence, in either language", () => {
    const r = report(3, [YONGCHUAN_FINDING, INFO]);
    expect(resultAnnouncement(uiText("zh-CN"), r)).toBe(
      "共检查 3 张表：错误 1 处，警告 0 处，提示 1 处"
    );
    expect(resultAnnouncement(uiText("en-US"), r)).toBe(
      "3 tables checked: Error: 1, Warning: 0, Info: 1"
    );
  });
});
