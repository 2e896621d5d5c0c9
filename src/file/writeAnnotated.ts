/**
 * The file door's writing half: the mark plan applied to a copy of the workbook — a fill and a note per flagged
 * cell and a 校验结果 sheet laid out as in Excel (src/core/results.ts). The copy is the original package patched
 * part by part (src/file/patch), so nothing of the user's work is lost: values, formulas, charts, sparklines,
 * notes, links and macros stay as they were.
 */
export {
  AnnotateError,
  annotateWorkbook,
  linkFormula,
  type AnnotateOptions,
  type AnnotatedCopy,
} from "./patch/annotateWorkbook";
