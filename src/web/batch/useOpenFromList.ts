/**
 * A file of the list opened in the grid (the page's single-file view); when the list has checked it, the page checks
 * it too once it shows, so its marks are there — after the page has taken the new file in (its host and targets).
 */
import { useCallback, useEffect, useRef } from "react";
import { readFileBytes, type ByteProgress } from "../files";
import type { BatchEntry } from "./batchList";

export function useOpenFromList(
  open: (name: string, load: (onBytes: ByteProgress) => Promise<ArrayBuffer>) => Promise<void>,
  /** A new number for each file the page opened (or failed to open). */
  fileSeq: number,
  check: () => Promise<unknown>
) {
  const checkNext = useRef(false);
  const latestCheck = useRef(check);
  latestCheck.current = check;

  useEffect(() => {
    if (!checkNext.current) return;
    checkNext.current = false;
    void latestCheck.current();
  }, [fileSeq]);

  return useCallback(
    (entry: BatchEntry) => {
      checkNext.current = entry.state.kind === "checked";
      void open(entry.name, (onBytes) => readFileBytes(entry.source, onBytes));
    },
    [open]
  );
}
