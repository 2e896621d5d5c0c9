import { annotatedFileName, looksLikeXlsx, readStream } from "../../src/web/files";

describe("page files", () => {
  it("names the annotated copy as the CLI's --out does", () => {
    expect(annotatedFileName("yongchuan.xlsx")).toBe("yongchuan.checked.xlsx");
    expect(annotatedFileName("永川区 任务分解表.XLSX")).toBe("永川区 任务分解表.checked.xlsx");
    expect(annotatedFileName("C:\\Users\\科技局\\报表.v2.xlsx")).toBe("报表.v2.checked.xlsx");
    expect(annotatedFileName(".xlsx")).toBe(".xlsx.checked.xlsx");
    expect(annotatedFileName("")).toBe("workbook.checked.xlsx");
  });

  it("accepts .xlsx names", () => {
    expect(looksLikeXlsx("a.XLSX")).toBe(true);
    expect(looksLikeXlsx("a.xls")).toBe(false);
  });

  it("reads a stream to the end, reporting the bytes as they come", async () => {
    const chunks = [Uint8Array.from([1, 2]), Uint8Array.from([3]), Uint8Array.from([4, 5, 6])];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const seen: [number, number][] = [];
    const bytes = await readStream(stream, 6, (done, total) => seen.push([done, total]));
    expect(Array.from(new Uint8Array(bytes))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual([
      [2, 6],
      [3, 6],
      [6, 6],
    ]);
  });
});
