/**
 * Notes and threaded comments on flagged cells. Notes need ExcelApi 1.18; older hosts get a threaded comment
 * (1.10), the oldest nothing (the 校验结果 sheet carries every message anyway).
 */
import { cellKey, qualifiedAddress, splitQualifiedAddress } from "./addresses";
import type { HostFeatures } from "./requirements";

export type AnnotationKind = "note" | "comment" | "none";

export function annotationKind(features: HostFeatures): AnnotationKind {
  if (features.notes) return "note";
  if (features.comments) return "comment";
  return "none";
}

/** Notes and comments are added cell by cell; past this many request bytes the rest go to the results sheet only. */
export const ANNOTATION_BYTE_BUDGET = 1_500_000;
const ANNOTATION_OVERHEAD_BYTES = 250;

export function annotationCost(text: string): number {
  return ANNOTATION_OVERHEAD_BYTES + utf8Length(text);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Where the workbook's notes or threaded comments sit. Neither has an address property, only `getLocation()`:
 * the list is loaded in one sync, the locations in the next. The cost grows with the notes present, not with findings.
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

/** The workbook's notes (ExcelApi 1.18). */
export class NoteIndex extends LocatedItems<Excel.Note> {
  constructor(context: Excel.RequestContext) {
    const notes = context.workbook.notes;
    notes.load("items/authorName");
    super(notes);
  }
}

/** The workbook's threaded comments (ExcelApi 1.10). */
export class CommentIndex extends LocatedItems<Excel.Comment> {
  private readonly comments: Excel.CommentCollection;

  constructor(context: Excel.RequestContext) {
    const comments = context.workbook.comments;
    comments.load("items/id");
    super(comments);
    this.comments = comments;
  }

  /** After the first sync. */
  ids(): Set<string> {
    return new Set(this.comments.items.map((comment) => comment.id));
  }
}

export function queueNote(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  text: string
): void {
  context.workbook.worksheets.getItem(sheet).notes.add(cell, text);
}

/** Adds a threaded comment and loads its id, so the undo record can name exactly this comment. */
export function queueComment(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  text: string
): Excel.Comment {
  const comment = context.workbook.comments.add(qualifiedAddress(sheet, cell), text);
  comment.load("id");
  return comment;
}
