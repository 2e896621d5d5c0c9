/**
 * Blocks that look like tables but whose totals could not be read (`table-unverified`). The recognizer never
 * drops such a block silently: it says where it is, which total cells were not judged and what it tried.
 */
import type { CellPosition } from "./layout";

/** What the recognizer tried before giving up on a block's totals. */
export type UnverifiedReason =
  /** A total row with numbers, but no rows of units above or below it. */
  | { kind: "no-units" }
  /** Rows of units were found but no header above them, and their sums do not agree with the total. */
  | { kind: "no-header"; tried: ReadingTried[]; units: number }
  /** Under a header with labelled units, the total is about twice their sum: rows without a total word add up others. */
  | { kind: "double-counted"; units: number }
  /** Under a header with named units, every total is off by more than half: it adds up something else. */
  | { kind: "far-off"; units: number }
  /** Units without names: the total's members cannot be told from other rows. */
  | { kind: "unlabelled-units"; tried: ReadingTried[]; units: number }
  /** A total column whose sibling columns do not add up to it, in any run or group tried. */
  | { kind: "total-column"; header: string; tried: number };

export type ReadingTried = "above" | "below" | "subtotals-before" | "subtotals-after";

export interface UnverifiedBlock {
  sheet: string;
  /** The block, 0-based inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The total cells that were not judged. */
  totalCells: CellPosition[];
  /** The total's own label (`合计`, `Total`) or the total column's header. */
  label: string;
  reason: UnverifiedReason;
}
