/**
 * Results of a table read on the transposed sheet (recognize/orientation.ts), put back in the sheet's own
 * addresses: findings, the recognized table, target outcomes and progress series.
 */
import type { TargetOutcome, ProgressSeries } from "./check";
import type { Finding, RecognizedTable } from "./model";
import { transposeAddress } from "./recognize/transpose";

export function findingBack(f: Finding): Finding {
  return {
    ...f,
    cell: transposeAddress(f.cell),
    ...(f.related ? { related: f.related.map(transposeAddress) } : {}),
    ...(f.table ? { table: transposeAddress(f.table) } : {}),
  };
}

/**
 * The table in the sheet's addresses. Its range and sums are the sheet's; `labelColumn`, `unitRows`, `totalRows`,
 * `subtotalRows` and `periods[].column` describe the transposed reading (`transposed: true`): the label row,
 * the unit columns, the total column and the period rows, as numbers and letters of the transposed view.
 */
export function tableBack(t: RecognizedTable): RecognizedTable {
  return {
    ...t,
    range: transposeAddress(t.range),
    sums: t.sums.map((s) => ({
      cell: transposeAddress(s.cell),
      members: s.members.map(transposeAddress),
    })),
    transposed: true,
  };
}

export function outcomeBack(o: TargetOutcome, findings: Map<Finding, Finding>): TargetOutcome {
  return {
    ...o,
    ...(o.cell ? { cell: transposeAddress(o.cell) } : {}),
    ...(o.finding ? { finding: findings.get(o.finding) ?? o.finding } : {}),
  };
}

export function progressBack(p: ProgressSeries): ProgressSeries {
  return {
    ...p,
    table: transposeAddress(p.table),
    units: p.units.map((u) => ({
      ...u,
      cell: transposeAddress(u.cell),
      targetCell: transposeAddress(u.targetCell),
    })),
  };
}
