/**
 * The annotated copy, made by patching the original package rather than re-writing it: only the marked cells'
 * style index, styles.xml (appended entries), the marked sheets' notes (comments + VML), the new 校验结果 sheet with
 * the workbook/rels/content-type entries that list it, and — when the targets were edited on the page — the
 * changed cells of the 目标 sheet. Every other part of the zip keeps its bytes: charts, drawings, images,
 * sparklines, threaded comments, links, validations, conditional formats, names, tables, macros, custom XML.
 *
 * Pure: bytes in, bytes out, no fs and no DOM, so the CLI and the browser worker make the same copy.
 */
import { parseCell } from "../../core/a1";
import { RESULTS_SHEET_NAME, type CellMark, type MarkPlan } from "../../core/marks";
import type { ResultsLayout, ResultsLink } from "../../core/results";
import { TARGET_SHEET_NAME, type TargetSheetWrite } from "../../core/targets/targetSheetLayout";
import { writeNotes, type NoteMark } from "./notes";
import { newSheetXml, type NewCell } from "./newSheet";
import {
  CONTENT_TYPE,
  dropCalcChain,
  ContentTypes,
  partText,
  Relationships,
  setPartText,
} from "./opcParts";
import { sharedStrings } from "./sharedStrings";
import { SheetPart } from "./sheetPart";
import { writeTargetCells } from "./targetCells";
import { StyleSheet } from "./styles";
import { WorkbookPart } from "./workbookPart";
import { NotAPackageError, readParts, writeParts } from "./zipPackage";
import { XmlPartError } from "./xmlTree";
import { AnnotateError } from "./annotateError";

const MACRO_SHEET_TYPE = "application/vnd.ms-excel.macrosheet+xml";
const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

export interface AnnotateOptions {
  /** The 目标 sheet as the page's targets editor left it (the last write); absent: the sheet is not touched. */
  targetWrite?: TargetSheetWrite | null;
}

export interface AnnotatedCopy {
  bytes: Uint8Array;
  /** The name our results sheet got: 校验结果, or 校验结果 (2) when the workbook has a sheet of that name. */
  resultsSheet: string;
  /** The workbook keeps macros (.xlsm): the copy must be named .xlsm, or Excel refuses to open it. */
  macroEnabled: boolean;
  /** Users' notes that now carry our block after their words, notes we added, and users' notes too long to take ours. */
  notes: { joined: number; added: number; full: number };
  /** Marks that name a sheet the package has no worksheet for (they are listed on the results sheet only). */
  unplaced: CellMark[];
}

/** `HYPERLINK("#'附件1'!G32","G32")`: built from the sheet name and address only, quotes doubled. */
export function linkFormula(link: ResultsLink): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(`#${link.reference}`)},${quote(link.text)})`;
}

const RESULTS_WIDTHS = [12, 10, 16, 8, 12, 12, 10, 60];

export { AnnotateError };

/** Bytes in, bytes out; throws AnnotateError (never a half-made copy) when the package cannot be patched. */
export function annotateWorkbook(
  original: Uint8Array,
  plan: MarkPlan,
  options: AnnotateOptions = {}
): AnnotatedCopy {
  try {
    return patchWorkbook(original, plan, options);
  } catch (error) {
    if (error instanceof NotAPackageError)
      throw new AnnotateError(
        `无法写出标注副本：不是有效的 Excel 工作簿包（${error.message}）`,
        `cannot write the annotated copy: ${error.message}`
      );
    if (error instanceof XmlPartError)
      throw new AnnotateError(
        `无法写出标注副本：工作簿中的 ${error.part} 不是有效的 XML`,
        `cannot write the annotated copy: ${error.message}`
      );
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new AnnotateError(
      `无法写出标注副本：${detail}`,
      `cannot write the annotated copy: ${detail}`
    );
  }
}

function patchWorkbook(
  original: Uint8Array,
  plan: MarkPlan,
  options: AnnotateOptions = {}
): AnnotatedCopy {
  const parts = readParts(original);
  const contentTypes = new ContentTypes(parts);
  const workbook = new WorkbookPart(parts, contentTypes);
  const styles = new StyleSheet(parts, workbook.part, contentTypes);
  const macroEnabled = contentTypes.typeOf(workbook.part) === MACRO_WORKBOOK_TYPE;

  // The rows each sheet's marks are on: the other rows' cells need not be kept while reading a big sheet.
  const markedRows = new Map<string, Set<number>>();
  for (const mark of plan.cells) {
    const position = parseCell(mark.cell);
    if (!position) continue;
    const rows = markedRows.get(mark.sheet) ?? new Set<number>();
    rows.add(position.row);
    markedRows.set(mark.sheet, rows);
  }
  const opened = new Map<string, { sheet: SheetPart; part: string }>();
  const openSheet = (name: string, withValues = false) => {
    const known = opened.get(name);
    if (known) return known.sheet;
    const entry = workbook.sheet(name);
    const text = entry?.part ? partText(parts, entry.part) : null;
    if (!entry?.part || text === null) return null;
    if (entry.contentType !== CONTENT_TYPE.worksheet && entry.contentType !== MACRO_SHEET_TYPE)
      return null;
    const sheet = new SheetPart(
      text,
      entry.part,
      withValues ? { withValues } : { rows: markedRows.get(name) }
    );
    opened.set(name, { sheet, part: entry.part });
    return sheet;
  };

  let formulasReplaced = false;
  if (options.targetWrite) {
    const isNew = !workbook.sheet(TARGET_SHEET_NAME);
    if (isNew) workbook.addWorksheet(TARGET_SHEET_NAME, newSheetXml({ rows: [] }));
    const sheet = openSheet(TARGET_SHEET_NAME, true);
    if (!sheet) throw new Error(`${TARGET_SHEET_NAME} is not a worksheet`);
    const strings = isNew ? [] : sharedStrings(parts, workbook.rels);
    formulasReplaced = writeTargetCells(sheet, options.targetWrite, strings, (old) =>
      isNew ? styles.styleFor(old, { font: "bold" }) : old
    ).formulasReplaced;
  }

  const unplaced: CellMark[] = [];
  const notesBySheet = new Map<string, NoteMark[]>();
  for (const mark of plan.cells) {
    const position = parseCell(mark.cell);
    const sheet = openSheet(mark.sheet);
    if (!position || !sheet) {
      unplaced.push(mark);
      continue;
    }
    sheet.setStyle(position.row, position.column, (old) =>
      styles.styleFor(old, { fill: mark.fill })
    );
    const list = notesBySheet.get(mark.sheet) ?? [];
    list.push({ row: position.row, column: position.column, messages: mark.note.split("\n") });
    notesBySheet.set(mark.sheet, list);
  }
  const notes = { joined: 0, added: 0, full: 0 };
  for (const [name, { sheet, part }] of opened) {
    const rels = new Relationships(parts, part);
    const result = writeNotes(parts, sheet, rels, contentTypes, notesBySheet.get(name) ?? []);
    notes.joined += result.joined;
    notes.added += result.added;
    notes.full += result.full;
    rels.save();
    if (sheet.edited) setPartText(parts, part, sheet.save());
  }

  const resultsSheet = workbook.freeSheetName(RESULTS_SHEET_NAME);
  workbook.addWorksheet(resultsSheet, resultsXml(plan.layout, styles));

  // A formula we replaced by a value would leave the calculation chain naming a cell without one, which Excel
  // reports as damage; without the chain, Excel simply builds it again.
  if (formulasReplaced) dropCalcChain(parts, workbook.rels, contentTypes);
  styles.save();
  workbook.save();
  contentTypes.save();
  return { bytes: writeParts(parts), resultsSheet, macroEnabled, notes, unplaced };
}

/** The 校验结果 sheet: the core's layout, its summary colours, bold rows and links to the findings' cells. */
function resultsXml(layout: ResultsLayout, styles: StyleSheet): string {
  const bold = new Set(layout.boldRows);
  const fills = new Map(layout.fills.map((f) => [`${f.row},${f.column}`, f.color]));
  const links = new Map(layout.links.map((l) => [`${l.row},${l.column}`, l]));
  const rows: (NewCell | undefined)[][] = layout.rows.map((cells, r) =>
    cells.map((value, c) => {
      const link = links.get(`${r},${c}`);
      const fill = fills.get(`${r},${c}`);
      const font = link ? "link" : bold.has(r) ? "bold" : undefined;
      const style = font || fill ? styles.styleFor(0, { fill, font }) : 0;
      if (link) return { kind: "formula", formula: linkFormula(link), result: link.text, style };
      return { kind: "value", value, style };
    })
  );
  const rowStyles = new Map(layout.boldRows.map((r) => [r, styles.styleFor(0, { font: "bold" })]));
  return newSheetXml({ rows, rowStyles, widths: RESULTS_WIDTHS });
}
