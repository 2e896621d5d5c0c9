/**
 * The per-cell decisions of marking and unmarking, from what the workbook shows now and what the record says:
 * what to restore, what to colour, where a note may go. Office calls are only queued here, never synced.
 */
import type { CellMark } from "../core/marks";
import { cellKey } from "./addresses";
import { ANNOTATION_BYTE_BUDGET, annotationCost, type AnnotationKind } from "./annotations";
import { FillWrites, originalFillOf, showsMark } from "./fills";
import { recordCell, type CellFill, type MarkedCell, type MarkRecord } from "./markRecord";
import type { HostFeatures } from "./requirements";

/** What the workbook shows now, as read in the first two syncs. */
export interface CellState {
  features: HostFeatures;
  fills: Map<string, CellFill>;
  notesByCell: Map<string, Excel.Note[]>;
  commentIds: Set<string>;
  commentsByCell: Map<string, Excel.Comment[]>;
}

/** Collects the undo of recorded cells: fill restores, note and comment deletions. */
export class Undo {
  private readonly restores = new FillWrites();
  private readonly notesToDelete: Excel.Note[] = [];
  private readonly commentsToDelete: string[] = [];

  constructor(private readonly state: CellState) {}

  get restoredFills(): number {
    return this.restores.size;
  }

  /** Undoes one recorded cell; returns what cannot be undone on this host (to keep recording), or null. */
  cell(sheet: string, cell: string, entry: MarkedCell): MarkedCell | null {
    // A cell the user re-coloured after the mark keeps the user's colour.
    if (
      entry.original !== undefined &&
      showsMark(this.state.fills.get(cellKey(sheet, cell)), entry.mark)
    ) {
      this.restores.restore(sheet, cell, entry.original);
    }
    return this.annotations(sheet, cell, entry);
  }

  annotations(sheet: string, cell: string, entry: MarkedCell): MarkedCell | null {
    const leftover: MarkedCell = {};
    if (entry.note) {
      if (!this.state.features.notes) leftover.note = true;
      else this.notesToDelete.push(...(this.state.notesByCell.get(cellKey(sheet, cell)) ?? []));
    }
    if (typeof entry.comment === "string") {
      if (!this.state.features.comments) leftover.comment = entry.comment;
      else if (this.state.commentIds.has(entry.comment)) this.commentsToDelete.push(entry.comment);
    }
    return Object.keys(leftover).length > 0 ? leftover : null;
  }

  queue(context: Excel.RequestContext): void {
    for (const note of this.notesToDelete) note.delete();
    for (const id of this.commentsToDelete) context.workbook.comments.getItem(id).delete();
    this.restores.queue(context);
  }
}

/** Counts of one marking pass (see MarkSummary in marks.ts). */
export interface MarkingCounts {
  coloured: number;
  annotationKind: AnnotationKind;
  annotated: number;
  keptUserAnnotations: number;
  unannotated: number;
}

/** Decides, cell by cell, what to colour and annotate, and records it. */
export class Marking {
  readonly fills = new FillWrites();
  readonly annotations: CellMark[] = [];
  readonly summary: MarkingCounts;
  private noteBudget = ANNOTATION_BYTE_BUDGET;

  constructor(
    private readonly state: CellState,
    private readonly undo: Undo,
    private readonly kind: AnnotationKind,
    private readonly record: MarkRecord
  ) {
    this.summary = {
      coloured: 0,
      annotationKind: kind,
      annotated: 0,
      keptUserAnnotations: 0,
      unannotated: 0,
    };
  }

  /** `before`: the cell's entry in the previous record, if it was marked then. */
  add(target: CellMark, before: MarkedCell | undefined): void {
    const key = cellKey(target.sheet, target.cell);
    const entry: MarkedCell = {};

    const fill = this.state.fills.get(key);
    // Where the previous mark still shows, the user's own fill is the one recorded back then.
    const original =
      before?.original !== undefined && showsMark(fill, before.mark)
        ? before.original
        : fill
          ? originalFillOf(fill)
          : undefined;
    if (original !== undefined) {
      entry.original = original;
      entry.mark = target.fill;
      this.fills.colour(target.sheet, target.cell, target.fill);
      this.summary.coloured++;
    }

    // The previous note or comment of ours goes; one this host cannot delete stays, and stays recorded.
    const leftover = before ? this.undo.annotations(target.sheet, target.cell, before) : null;
    if (leftover) Object.assign(entry, leftover);
    else if (this.kind !== "none") this.annotate(target, key, before, entry);

    if (Object.keys(entry).length > 0) recordCell(this.record, target.sheet, target.cell, entry);
  }

  private annotate(
    target: CellMark,
    key: string,
    before: MarkedCell | undefined,
    entry: MarkedCell
  ): void {
    const userNote = (this.state.notesByCell.get(key) ?? []).length > 0 && !before?.note;
    const userComment = (this.state.commentsByCell.get(key) ?? []).some(
      (comment) => comment.id !== before?.comment
    );
    if (userNote || userComment) {
      this.summary.keptUserAnnotations++;
      return;
    }
    const cost = annotationCost(target.note);
    if (cost > this.noteBudget) {
      this.summary.unannotated++;
      return;
    }
    this.noteBudget -= cost;
    this.annotations.push(target);
    this.summary.annotated++;
    if (this.kind === "note") entry.note = true;
    else entry.comment = true;
  }
}
