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
  /** Links from the 校验结果 sheet to the cells, `range.hyperlink` (ExcelApi 1.7). Absent: detected. */
  hyperlinks?: boolean;
  /** A chart series on the secondary axis, `series.axisGroup`, and axis number formats (ExcelApi 1.8). Absent: detected. */
  secondaryAxis?: boolean;
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
    hyperlinks: supportsExcelApi("1.7"),
    secondaryAxis: supportsExcelApi("1.8"),
  };
}

/** Whether links can be written: as told, else as detected. */
export function hasHyperlinks(features: HostFeatures): boolean {
  return features.hyperlinks ?? supportsExcelApi("1.7");
}

export function hasSecondaryAxis(features: HostFeatures): boolean {
  return features.secondaryAxis ?? supportsExcelApi("1.8");
}
