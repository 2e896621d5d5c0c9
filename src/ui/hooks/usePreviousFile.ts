/**
 * 上月文件 for the pane and the page: the user picks last month's workbook, the host reads it (the page's worker
 * reader) and keeps it for the next checks; the field shows its name, or why it could not be read.
 */
import { useCallback, useState } from "react";
import type { UiTexts } from "../../i18n";
import { failureOf } from "../../i18n/failure";
import type { PaneHost } from "../host";

export interface PreviousFileState {
  /** The host can compare with last month's file. */
  supported: boolean;
  /** The file kept for the checks, by name; null: none. */
  name: string | null;
  reading: boolean;
  /** Why the last file picked could not be read. */
  error: string | null;
  choose(file: Blob & { name: string }): Promise<void>;
  clear(): Promise<void>;
}

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function usePreviousFile(host: PaneHost, texts: UiTexts): PreviousFileState {
  const [name, setName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = useCallback(
    async (file: Blob & { name: string }) => {
      if (!host.setPreviousFile) return;
      setReading(true);
      setError(null);
      try {
        await host.setPreviousFile({ name: file.name, bytes: await fileBytes(file) });
        setName(file.name);
      } catch (thrown) {
        // The file kept before is forgotten too: the user meant to compare with another one.
        await host.setPreviousFile(null).catch(() => undefined);
        setName(null);
        setError(
          texts.previousFile.unreadable(file.name, texts.failureAdvice[failureOf(thrown).kind])
        );
      } finally {
        setReading(false);
      }
    },
    [host, texts]
  );

  const clear = useCallback(async () => {
    setError(null);
    setName(null);
    await host.setPreviousFile?.(null);
  }, [host]);

  return { supported: Boolean(host.setPreviousFile), name, reading, error, choose, clear };
}
