/**
 * 上月文件 in the task pane: the picked file read with the browser page's reader (SheetJS, src/file/read), loaded
 * only when a file is picked so the pane's first load stays small. Its grids go to the core as data.
 */
import type { PreviousWorkbook } from "../core/model";
import { failure, FailureError } from "../i18n/failure";
import type { PreviousFile } from "../ui/host";

export async function readPreviousWorkbook(file: PreviousFile): Promise<PreviousWorkbook> {
  const { readWorkbook } = await import("../file/read/readWorkbook");
  const { UnreadableWorkbookError } = await import("../file/read/errors");
  try {
    const read = readWorkbook(new Uint8Array(file.bytes), { name: file.name });
    return { name: file.name, workbook: read.grid };
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    const kind =
      error.reason === "encrypted"
        ? "encrypted"
        : error.reason === "not-xlsx"
          ? "notXlsx"
          : "corrupt";
    throw new FailureError(failure(kind), error.en);
  }
}
