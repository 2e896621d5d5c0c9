/**
 * Files chosen in the dialog or dropped: the page opens one workbook, the first; the others are named in one note
 * (IgnoredFilesNote) rather than silently left out. The one place that decides what several files do.
 */
import { useCallback, useState } from "react";

export function useChosenFiles(openFile: (file: File) => void) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const choose = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      setIgnored(files.slice(1).map((file) => file.name));
      openFile(files[0]);
    },
    [openFile]
  );
  const dismiss = useCallback(() => setIgnored([]), []);
  return { ignored, choose, dismiss };
}
