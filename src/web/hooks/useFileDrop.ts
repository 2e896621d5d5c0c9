/** Dropping workbooks anywhere on the page hands them over (not while the page is busy); the overlay says so. */
import { useState, type DragEvent } from "react";

const hasFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes("Files");

export function useFileDrop(
  busy: boolean,
  openFiles: (files: File[]) => void,
  openMany?: (files: File[]) => void
) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = busy ? "none" : "copy";
    },
    onDragLeave: (event: DragEvent) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !event.currentTarget.contains(next)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      // Several files at once: the file list (a month's returns), which takes them even while the page is busy.
      if (files.length > 1 && openMany) openMany(files);
      else if (files.length > 0 && !busy) openFiles(files);
    },
  };
  return { dragging, handlers };
}
