/**
 * The per-cell decisions of marking and unmarking, from what the workbook shows now and what the record says:
 * what to restore, what to colour, where our block goes. Office calls are only queued here, never synced.
 */
import type { CellMark } from "../core/marks";
import { composeNote, hasNoteBlock } from "../core/noteBlock";
import { cellKey } from "./addresses";
import {
  ANNOTATION_BYTE_BUDGET,
  annotationCost,
  removeBlock,
  type AnnotationKind,
  type CommentIndex,
} from "./annotations";
import { FillWrites, originalFillOf, showsMark } from "./fills";
import { recordCell, type CellFill, type MarkedCell, type MarkRecord } from "./markRecord";
import type { HostFeatures } from "./requirements";

/** What the workbook shows now, as read in the first two syncs. */
export interface CellState {
  features: HostFeatures;
  fills: Map<string, CellFill>;
  notesByCell: Map<string, Excel.Note[]>;
  commentsByCell: Map<string, Excel.Comment[]>;
  /** Replies per comment (ours only); absent: no comments on this host. */
  comments?: CommentIndex;
  /** Sheets whose cells cannot be written (protected): their marks stay recorded for later. */
  lockedSheets: ReadonlySet<string>;
  /** The head of a thread we started, once our words are gone and the user's replies stay. */
  keptThreadText: string;
}

/** Collects the undo of recorded cells: fill restores, our blocks out of notes and comments. */
export class Undo {
  private readonly restores = new FillWrites();
  private readonly notesToDelete: Excel.Note[] = [];
  private readonly notesToRewrite: { note: Excel.Note; content: string }[] = [];
  private readonly commentsToDelete: Excel.Comment[] = [];
  private readonly commentsToRewrite: { comment: Excel.Comment; content: string }[] = [];
  /** Threads kept (the user replied to our comment): our words replaced by a short line. */
  keptThreads = 0;
  /** Recorded cells left as they are because their sheet is protected now. */
  locked = 0;

  constructor(private readonly state: CellState) {}

  get restoredFills(): number {
    return this.restores.size;
  }

  /** Undoes one recorded cell; returns what cannot be undone now (to keep recording), or null. */
  cell(sheet: string, cell: string, entry: MarkedCell): MarkedCell | null {
    if (this.state.lockedSheets.has(sheet)) {
      this.locked++;
      return entry;
    }
    // A cell the user re-coloured after the mark keeps the user's colour.
    if (
      entry.original !== undefined &&
      showsMark(this.state.fills.get(cellKey(sheet, cell)), entry.mark)
    ) {
      this.restores.restore(sheet, cell, entry.original);
    }
    return this.annotations(sheet, cell, entry);
  }

  /** Takes our block out of the cell's note or comment; returns what this host cannot undo, or null. */
  annotations(sheet: string, cell: string, entry: MarkedCell): MarkedCell | null {
    const leftover: MarkedCell = {};
    const key = cellKey(sheet, cell);
    if (entry.note) {
      if (!this.state.features.notes) leftover.note = entry.note;
      else
        for (const note of this.state.notesByCell.get(key) ?? []) {
          const removal = removeBlock(note.content);
          if (removal?.action === "delete") this.notesToDelete.push(note);
          else if (removal) this.notesToRewrite.push({ note, content: removal.content });
        }
    }
    if (entry.comment !== undefined) {
      if (!this.state.features.comments) leftover.comment = entry.comment;
      else for (const comment of this.ourComments(key, entry.comment)) this.uncomment(comment);
    }
    return Object.keys(leftover).length > 0 ? leftover : null;
  }

  /** Our comments on a cell: by the recorded id, or (id not known yet) the comment holding our block. */
  ourComments(key: string, recorded: string | true): Excel.Comment[] {
    const onCell = this.state.commentsByCell.get(key) ?? [];
    if (typeof recorded === "string") {
      const byId = onCell.filter((comment) => comment.id === recorded);
      return byId.length > 0 ? byId : onCell.filter((comment) => hasNoteBlock(comment.content));
    }
    return onCell.filter((comment) => hasNoteBlock(comment.content));
  }

  private uncomment(comment: Excel.Comment): void {
    const replies = this.state.comments?.replies(comment) ?? 1;
    const removal = removeBlock(comment.content, replies, this.state.keptThreadText);
    if (removal?.action === "delete") this.commentsToDelete.push(comment);
    else if (removal) {
      this.commentsToRewrite.push({ comment, content: removal.content });
      if (replies > 0) this.keptThreads++;
    }
  }

  queue(context: Excel.RequestContext): void {
    for (const note of this.notesToDelete) note.delete();
    for (const { note, content } of this.notesToRewrite) note.content = content;
    for (const comment of this.commentsToDelete) comment.delete();
    for (const { comment, content } of this.commentsToRewrite) comment.content = content;
    this.restores.queue(context);
  }
}

/** Counts of one marking pass (see MarkSummary in marks.ts). */
export interface MarkingCounts {
  coloured: number;
  annotationKind: AnnotationKind;
  /** Cells carrying our message (a note or comment of ours, or our block in the user's note). */
  annotated: number;
  /** Coloured cells without our message because the user's threaded comment holds the cell (one per cell). */
  keptUserAnnotations: number;
  /** Coloured cells without our message for the request budget. */
  unannotated: number;
}

/** A comment to add (in a sync of its own: adding one where an old-style note sits may fail). */
export interface CommentToAdd {
  sheet: string;
  cell: string;
  content: string;
}

/** Decides, cell by cell, what to colour and annotate, and records it. */
export class Marking {
  readonly fills = new FillWrites();
  readonly notesToAdd: { sheet: string; cell: string; content: string }[] = [];
  readonly notesToRewrite: { note: Excel.Note; content: string }[] = [];
  readonly commentsToAdd: CommentToAdd[] = [];
  readonly commentsToRewrite: { comment: Excel.Comment; content: string }[] = [];
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

    // Our block of another kind (a note, on a host that now writes comments) goes, or stays recorded if it cannot.
    if (before) {
      const other: MarkedCell = {};
      if (before.note && this.kind !== "note") other.note = before.note;
      if (before.comment !== undefined && this.kind !== "comment") other.comment = before.comment;
      const leftover =
        Object.keys(other).length > 0
          ? this.undo.annotations(target.sheet, target.cell, other)
          : null;
      if (leftover) Object.assign(entry, leftover);
    }
    if (this.kind === "note") this.note(target, key, entry);
    else if (this.kind === "comment") this.comment(target, key, before, entry);

    if (Object.keys(entry).length > 0) recordCell(this.record, target.sheet, target.cell, entry);
  }

  private affordable(text: string): boolean {
    const cost = annotationCost(text);
    if (cost > this.noteBudget) {
      this.summary.unannotated++;
      return false;
    }
    this.noteBudget -= cost;
    return true;
  }

  /** Our block in the cell's note: a new note, or after the user's text in theirs (our old block replaced). */
  private note(target: CellMark, key: string, entry: MarkedCell): void {
    if ((this.state.commentsByCell.get(key) ?? []).length > 0) {
      // A cell holds a threaded comment or a note, never both: the comment is the user's, we leave it.
      this.summary.keptUserAnnotations++;
      return;
    }
    const messages = target.note.split("\n");
    const existing = this.state.notesByCell.get(key)?.[0];
    const content = composeNote(existing?.content, messages);
    if (!this.affordable(content)) return;
    if (existing) {
      this.notesToRewrite.push({ note: existing, content });
      entry.note = composeNote(null, messages) === content ? true : "appended";
    } else {
      this.notesToAdd.push({ sheet: target.sheet, cell: target.cell, content });
      entry.note = true;
    }
    this.summary.annotated++;
  }

  /** Our own comment: the one we started here before (rewritten, its replies kept), else a new one. */
  private comment(
    target: CellMark,
    key: string,
    before: MarkedCell | undefined,
    entry: MarkedCell
  ): void {
    const messages = target.note.split("\n");
    const ours = before?.comment !== undefined ? this.undo.ourComments(key, before.comment) : [];
    const onCell = this.state.commentsByCell.get(key) ?? [];
    if (ours.length === 0 && onCell.length > 0) {
      // The user's thread: we never reply into it.
      this.summary.keptUserAnnotations++;
      return;
    }
    const content = ours[0] ? composeNote(ours[0].content, messages) : composeNote(null, messages);
    if (!this.affordable(content)) return;
    if (ours[0]) {
      this.commentsToRewrite.push({ comment: ours[0], content });
      entry.comment = ours[0].id;
    } else {
      this.commentsToAdd.push({ sheet: target.sheet, cell: target.cell, content });
      entry.comment = true;
    }
    this.summary.annotated++;
  }

  /** The notes and comment rewrites (the comment adds go in a sync of their own). */
  queue(context: Excel.RequestContext): void {
    this.fills.queue(context);
    const worksheets = context.workbook.worksheets;
    for (const { sheet, cell, content } of this.notesToAdd)
      worksheets.getItem(sheet).notes.add(cell, content);
    for (const { note, content } of this.notesToRewrite) note.content = content;
    for (const { comment, content } of this.commentsToRewrite) comment.content = content;
  }
}
