/** @jest-environment jsdom */
/** 上月文件 in the task pane (the shared field of src/ui): pick last month's workbook, see it named, stop comparing. */
import "../support/jsdomPolyfills";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { failure, FailureError } from "../../src/i18n/failure";
import type { PreviousFile } from "../../src/ui/host";
import { fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

function hostWithPrevious(
  read: (file: PreviousFile | null) => Promise<void> = async () => undefined
) {
  return { ...fakeHost(), setPreviousFile: jest.fn(read) };
}

const picker = () => screen.getByTestId("previous-file-input") as HTMLInputElement;
const july = () => new File([new Uint8Array([80, 75, 3, 4, 1, 2])], "7月调度.xlsx");

describe("上月文件 in the pane", () => {
  it("is offered only by a host that can compare with last month", async () => {
    await renderPane(fakeHost());
    expect(screen.queryByText("上月文件")).not.toBeInTheDocument();
  });

  it("hands the picked file's name and bytes to the host, names it, and forgets it on 不比较", async () => {
    const host = hostWithPrevious();
    const user = await renderPane(host);
    expect(screen.getByText("上月文件")).toBeInTheDocument();
    expect(picker()).toHaveAttribute("accept", ".xlsx,.xlsm,.xls,.et,.ods,.csv");
    expect(screen.getByRole("button", { name: "选择上月文件…" })).toHaveAccessibleDescription(
      /上月的调度表工作簿/
    );

    await user.upload(picker(), july());
    expect(
      await screen.findByText("已选：7月调度.xlsx（校验时与它比较累计数）")
    ).toBeInTheDocument();
    expect(host.setPreviousFile).toHaveBeenCalledTimes(1);
    const given = host.setPreviousFile.mock.calls[0][0]!;
    expect(given.name).toBe("7月调度.xlsx");
    expect([...new Uint8Array(given.bytes)]).toEqual([80, 75, 3, 4, 1, 2]);

    await user.click(screen.getByRole("button", { name: "不比较" }));
    expect(host.setPreviousFile).toHaveBeenLastCalledWith(null);
    expect(screen.queryByText(/已选：/)).not.toBeInTheDocument();
  });

  it("a file the reader refuses: the reason under the field, and no file kept", async () => {
    const host = hostWithPrevious(async (file) => {
      if (file) throw new FailureError(failure("notXlsx"));
    });
    const user = await renderPane(host);
    await user.upload(picker(), new File(["plain text"], "notes.xlsx"));
    await waitFor(() =>
      expect(
        screen.getByText(/^上月文件“notes\.xlsx”无法读取：不是 \.xlsx 工作簿/)
      ).toBeInTheDocument()
    );
    expect(host.setPreviousFile).toHaveBeenLastCalledWith(null);
    expect(screen.queryByText(/已选：/)).not.toBeInTheDocument();
  });
});
