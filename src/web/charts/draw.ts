/**
 * chart.js, loaded with the first chart the page draws (a chunk of its own, so the first render stays small): only
 * the parts the progress charts use are registered. Nothing here fetches anything; the fonts are the page's own.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import type { PageChartConfig } from "./chartConfig";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip
);

/** Chinese faces after the Latin ones, so 单位 names and titles draw in a CJK font wherever the system has one. */
Chart.defaults.font.family =
  '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", Arial, sans-serif';
Chart.defaults.font.size = 12;

export interface DrawnChart {
  destroy(): void;
}

export function drawChart(canvas: HTMLCanvasElement, config: PageChartConfig): DrawnChart {
  return new Chart(canvas, config);
}
