/** The page's lazily loaded panels (see lazyPanels.ts). */
export { TablesFound } from "../../ui/components/TablesFound";
export { TargetsEditor } from "../../ui/components/TargetsEditor";
export { ProgressCharts } from "./ProgressCharts";
