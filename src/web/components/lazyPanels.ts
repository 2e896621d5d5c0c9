/**
 * The parts of the page that only show once a workbook is open — the plan targets editor (its forms and the plan
 * sentence reader), the list of tables found, the progress charts — load then, as one chunk of their own: the first
 * render stays as small as before they existed. (chart.js itself loads later still, with the first chart.)
 */
import { lazy } from "react";

const panels = () => import(/* webpackChunkName: "web-panels" */ "./panels");

export const TargetsEditor = lazy(() => panels().then((m) => ({ default: m.TargetsEditor })));
export const TablesFound = lazy(() => panels().then((m) => ({ default: m.TablesFound })));
export const ProgressCharts = lazy(() => panels().then((m) => ({ default: m.ProgressCharts })));
