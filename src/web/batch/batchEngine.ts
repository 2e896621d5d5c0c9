/**
 * The worker's side of the file list: one file read and checked at a time (as the CLI reads it), its annotated copy
 * made as the page's single download makes it, the copies zipped, and the findings list written as .xlsx.
 */
import * as XLSX from "@e965/xlsx";
import { zipSync, type Zippable } from "fflate";
import { checkWorkbook } from "../../core/check";
import type { Locale } from "../../i18n";
import { AnnotateError } from "../../file/writeAnnotated";
import { readWorkbook, UnreadableWorkbookError } from "../../file/read/readWorkbook";
import { annotatedCopy, ownBuffer } from "../annotatedCopy";
import type { BatchRequest, BatchResponse, Reason } from "./batchProtocol";

export type BatchPost = (message: BatchResponse, transfer?: Transferable[]) => void;

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

function copyFailure(error: unknown): Reason {
  if (error instanceof AnnotateError) return { zh: error.zh, en: error.message };
  if (error instanceof UnreadableWorkbookError) return { zh: error.zh, en: error.en };
  const line = errorLine(error);
  return { zh: `无法写出标注副本：${line}`, en: `cannot write the annotated copy: ${line}` };
}

export interface BatchEngine {
  handle(request: BatchRequest): void;
}

export function createBatchEngine(post: BatchPost): BatchEngine {
  function file(id: number, name: string, data: ArrayBuffer, copyLocale?: Locale): void {
    const bytes = new Uint8Array(data);
    let read;
    try {
      read = readWorkbook(bytes, { name });
    } catch (error) {
      if (!(error instanceof UnreadableWorkbookError)) throw error;
      const reason = error.reason === "too-large" ? "corrupt" : error.reason;
      post({ id, type: "batch-unreadable", reason, why: { zh: error.zh, en: error.en } });
      return;
    }
    const report = checkWorkbook(read.grid);
    const check = { findings: report.findings, tables: report.tables.length };
    if (!copyLocale) {
      post({ id, type: "batch-checked", check });
      return;
    }
    let copy: ArrayBuffer;
    try {
      copy = ownBuffer(annotatedCopy(bytes, name, read.format, report, copyLocale));
    } catch (error) {
      post({ id, type: "batch-checked", check, copyFailure: copyFailure(error) });
      return;
    }
    post({ id, type: "batch-checked", check, copy }, [copy]);
  }

  function zip(id: number, entries: { name: string; bytes: ArrayBuffer }[]): void {
    const files: Zippable = {};
    for (const entry of entries) files[entry.name] = [new Uint8Array(entry.bytes), { level: 0 }];
    const bytes = ownBuffer(zipSync(files));
    post({ id, type: "batch-bytes", bytes }, [bytes]);
  }

  function xlsx(id: number, sheetName: string, rows: string[][]): void {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    // Wide enough for the words: the longest value of each column, within reason.
    sheet["!cols"] = (rows[0] ?? []).map((_, c) => ({
      wch: Math.min(80, Math.max(6, ...rows.map((row) => (row[c] ?? "").length * 2))),
    }));
    sheet["!autofilter"] = {
      ref: XLSX.utils.encode_range({
        s: { r: 0, c: 0 },
        e: { r: Math.max(0, rows.length - 1), c: Math.max(0, (rows[0]?.length ?? 1) - 1) },
      }),
    };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, sheetName);
    const out = XLSX.write(book, { type: "array", bookType: "xlsx", compression: true });
    const bytes = ownBuffer(new Uint8Array(out as ArrayBuffer));
    post({ id, type: "batch-bytes", bytes }, [bytes]);
  }

  return {
    handle(request) {
      try {
        if (request.type === "batch-file")
          return file(request.id, request.name, request.bytes, request.copyLocale);
        if (request.type === "batch-zip") return zip(request.id, request.entries);
        return xlsx(request.id, request.sheet, request.rows);
      } catch (error) {
        post({ id: request.id, type: "failed", reason: "internal", detail: errorLine(error) });
      }
    },
  };
}
