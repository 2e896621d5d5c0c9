/** The page's lazily loaded panels (see lazyPanels.ts). */
export { TablesFound } from "../../taskpane/components/TablesFound";
export { TargetsEditor } from "../../taskpane/components/TargetsEditor";
export { ProgressCharts } from "./ProgressCharts";
