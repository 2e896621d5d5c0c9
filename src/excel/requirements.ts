/**
 * Which Excel API requirement sets above the manifest's floor (ExcelApi 1.9) this host offers.
 * Detected once per run and passed down, so tests can also hand in a host profile directly.
 */
export interface HostFeatures {
  /** Threaded comments, `workbook.comments` (ExcelApi 1.10). */
  comments: boolean;
  /** `range.getMergedAreasOrNullObject()` (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Notes, `worksheet.notes` (ExcelApi 1.18; missing on volume-licensed Office 2021/2024). */
  notes: boolean;
}

export function supportsExcelApi(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
    );
  } catch {
    return false;
  }
}

export function detectHostFeatures(): HostFeatures {
  return {
    comments: supportsExcelApi("1.10"),
    mergedAreas: supportsExcelApi("1.13"),
    notes: supportsExcelApi("1.18"),
  };
}
