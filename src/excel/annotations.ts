/**
 * Notes and threaded comments on flagged cells. Notes need ExcelApi 1.18; older hosts get a threaded comment
 * (1.10), the oldest nothing (the 校验结果 sheet carries every message anyway).
 * Our words are a delimited block (src/core/noteBlock.ts): in a note, after the user's own text when the cell has a
 * note already; in a comment, the whole content of a comment the add-in started (it never replies into a thread).
 * Clearing removes exactly the block: the user's text, notes and replies stay.
 */
import { hasNoteBlock, stripNoteBlock } from "../core/noteBlock";
import { utf8Length } from "../core/utf8";
import { cellKey, splitQualifiedAddress } from "./addresses";
import type { HostFeatures } from "./requirements";

export type AnnotationKind = "note" | "comment" | "none";

export function annotationKind(features: HostFeatures): AnnotationKind {
  if (features.notes) return "note";
  if (features.comments) return "comment";
  return "none";
}

/** Notes and comments are written cell by cell; past this many request bytes the rest go to the results sheet only. */
export const ANNOTATION_BYTE_BUDGET = 1_500_000;
const ANNOTATION_OVERHEAD_BYTES = 250;

/** Request bytes of writing one note or comment of this text. */
export function annotationCost(text: string): number {
  return ANNOTATION_OVERHEAD_BYTES + utf8Length(text);
}

/**
 * Where the workbook's notes or threaded comments sit, with their content. Neither has an address property, only
 * `getLocation()`: the list is loaded in one sync, the locations in the next. The cost grows with the notes
 * present, not with findings.
 */
abstract class LocatedItems<T extends Excel.Note | Excel.Comment> {
  private locations: { item: T; range: Excel.Range }[] = [];

  protected constructor(private readonly collection: { items: T[] }) {}

  /** After the first sync. */
  queueLocations(): void {
    this.locations = this.collection.items.map((item) => {
      const range = item.getLocation();
      range.load("address");
      return { item, range };
    });
  }

  /** After the second sync: cellKey → the items on that cell. */
  byCell(): Map<string, T[]> {
    const cells = new Map<string, T[]>();
    for (const { item, range } of this.locations) {
      const { sheet, address } = splitQualifiedAddress(range.address);
      const key = cellKey(sheet, address.replace(/\$/g, ""));
      const items = cells.get(key);
      if (items) items.push(item);
      else cells.set(key, [item]);
    }
    return cells;
  }
}

/** The workbook's notes (ExcelApi 1.18), with their content. */
export class NoteIndex extends LocatedItems<Excel.Note> {
  constructor(context: Excel.RequestContext) {
    const notes = context.workbook.notes;
    notes.load("items/content");
    super(notes);
  }
}

/** The workbook's threaded comments (ExcelApi 1.10), with their content and, for ours, how many replies. */
export class CommentIndex extends LocatedItems<Excel.Comment> {
  private readonly comments: Excel.CommentCollection;
  private readonly replyCounts = new Map<string, OfficeExtension.ClientResult<number>>();

  constructor(context: Excel.RequestContext) {
    const comments = context.workbook.comments;
    comments.load("items/id,items/content");
    super(comments);
    this.comments = comments;
  }

  /** After the first sync. */
  ids(): Set<string> {
    return new Set(this.comments.items.map((comment) => comment.id));
  }

  /** After the first sync: counts the replies of every comment that holds our block or whose id is recorded. */
  queueReplyCounts(recordedIds: ReadonlySet<string>): void {
    for (const comment of this.comments.items)
      if (recordedIds.has(comment.id) || hasNoteBlock(comment.content))
        this.replyCounts.set(comment.id, comment.replies.getCount());
  }

  /** After the second sync. Unknown (not counted): treated as having replies, so nothing is deleted on a guess. */
  replies(comment: Excel.Comment): number {
    return this.replyCounts.get(comment.id)?.value ?? 1;
  }
}

/** What to do with a note or comment holding our block, when our words leave it. */
export type BlockRemoval = { action: "delete" } | { action: "rewrite"; content: string } | null;

/**
 * Our block out of a note or comment: deleted when nothing else is left (and, for a comment, no reply hangs on it),
 * else rewritten to the user's words. Null when the text holds no block of ours (it is the user's: left alone).
 */
export function removeBlock(content: string, replies = 0, keptThreadText = ""): BlockRemoval {
  const stripped = stripNoteBlock(content);
  if (stripped.removed === 0) return null;
  if (stripped.text.trim() === "" && replies === 0) return { action: "delete" };
  return {
    action: "rewrite",
    content: stripped.text.trim() === "" ? keptThreadText : stripped.text,
  };
}
