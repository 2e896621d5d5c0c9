/**
 * The file list as data: each file and its state, files added (the same file twice is listed once), and the
 * combined summary across files — totals, counts by rule, and the files to follow up, those with errors first.
 * Pure: no React, no worker.
 */
import { countBySeverity } from "../../core/counts";
import type { RuleId, Severity } from "../../core/model";
import type { BatchTotals } from "../../i18n";
import type { FileCheck, Reason } from "./batchProtocol";

export type FileState =
  | { kind: "waiting" }
  | { kind: "checking" }
  | { kind: "checked"; check: FileCheck; counts: Record<Severity, number> }
  | { kind: "unreadable"; why: Reason };

export interface BatchEntry {
  /** Unique in the list (names need not be). */
  key: number;
  name: string;
  /** The file as chosen or dropped: read again at each check, so the list holds no bytes. */
  source: Blob;
  state: FileState;
}

/** A file as the list receives it (a File; a Blob with a name in tests). */
export interface ChosenFile {
  name: string;
  source: Blob;
}

const WAITING: FileState = { kind: "waiting" };

function sameFile(a: ChosenFile, b: ChosenFile): boolean {
  const modified = (blob: Blob) => (blob as Partial<File>).lastModified;
  return (
    a.name === b.name &&
    a.source.size === b.source.size &&
    modified(a.source) === modified(b.source)
  );
}

/** The list with these files added at its end, waiting; a file already listed is not listed again. */
export function addFiles(
  entries: BatchEntry[],
  files: ChosenFile[],
  firstKey: number
): BatchEntry[] {
  const next = entries.slice();
  let key = firstKey;
  for (const file of files) {
    if (next.some((entry) => sameFile(entry, file))) continue;
    next.push({ key: key++, name: file.name, source: file.source, state: WAITING });
  }
  return next;
}

export function withState(entries: BatchEntry[], key: number, state: FileState): BatchEntry[] {
  return entries.map((entry) => (entry.key === key ? { ...entry, state } : entry));
}

/** A check's outcome as the list keeps it. */
export function checkedState(check: FileCheck): FileState {
  return { kind: "checked", check, counts: countBySeverity(check.findings) };
}

/** Where a file stands, for the summary's order: what needs the officer most comes first. */
export type Standing = "errors" | "unreadable" | "warnings" | "noTables" | "clean" | "waiting";

const STANDING_ORDER: Standing[] = [
  "errors",
  "unreadable",
  "warnings",
  "noTables",
  "clean",
  "waiting",
];

export function standingOf(state: FileState): Standing {
  if (state.kind === "unreadable") return "unreadable";
  if (state.kind !== "checked") return "waiting";
  if (state.counts.error > 0) return "errors";
  if (state.counts.warning > 0) return "warnings";
  return state.check.tables === 0 ? "noTables" : "clean";
}

/** One rule's findings across the list. */
export interface RuleTally {
  rule: RuleId;
  findings: number;
  files: number;
}

export interface BatchSummary {
  totals: BatchTotals;
  /** Files with errors (most first), then unreadable, then with warnings (most first): the ones to follow up. */
  followUp: BatchEntry[];
  /** Rules by how many findings they made, most first. */
  byRule: RuleTally[];
}

function compareEntries(a: BatchEntry, b: BatchEntry): number {
  const rank =
    STANDING_ORDER.indexOf(standingOf(a.state)) - STANDING_ORDER.indexOf(standingOf(b.state));
  if (rank !== 0) return rank;
  const counts = (e: BatchEntry) => (e.state.kind === "checked" ? e.state.counts : null);
  const ca = counts(a);
  const cb = counts(b);
  if (ca && cb) return cb.error - ca.error || cb.warning - ca.warning || a.key - b.key;
  return a.key - b.key;
}

export function summarize(entries: BatchEntry[]): BatchSummary {
  const totals: BatchTotals = {
    files: entries.length,
    withErrors: 0,
    withWarnings: 0,
    clean: 0,
    noTables: 0,
    unreadable: 0,
    waiting: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  const rules = new Map<RuleId, RuleTally>();
  for (const entry of entries) {
    const standing = standingOf(entry.state);
    if (standing === "errors") totals.withErrors++;
    else if (standing === "warnings") totals.withWarnings++;
    else if (standing === "clean") totals.clean++;
    else if (standing === "noTables") totals.noTables++;
    else if (standing === "unreadable") totals.unreadable++;
    else totals.waiting++;
    if (entry.state.kind !== "checked") continue;
    totals.errors += entry.state.counts.error;
    totals.warnings += entry.state.counts.warning;
    totals.infos += entry.state.counts.info;
    const seen = new Set<RuleId>();
    for (const finding of entry.state.check.findings) {
      const tally = rules.get(finding.rule) ?? { rule: finding.rule, findings: 0, files: 0 };
      tally.findings++;
      if (!seen.has(finding.rule)) tally.files++;
      seen.add(finding.rule);
      rules.set(finding.rule, tally);
    }
  }
  const followUp = entries
    .filter((e) => ["errors", "unreadable", "warnings"].includes(standingOf(e.state)))
    .sort(compareEntries);
  const byRule = [...rules.values()].sort((a, b) => b.findings - a.findings || b.files - a.files);
  return { totals, followUp, byRule };
}

/** True when every file has an outcome (checked or unreadable). */
export function allDone(entries: BatchEntry[]): boolean {
  return entries.every((e) => e.state.kind === "checked" || e.state.kind === "unreadable");
}
