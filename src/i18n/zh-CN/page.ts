/** The browser page's own strings in Chinese. */
import type { PageTexts } from "../page";

export const page: PageTexts = {
  pageTitle: "分解表校验（网页版）",
  lead: "不用 Excel 365 也能校验任务分解表：打开 .xlsx 文件，点“校验”，问题单元格在表中标出，可下载标注副本。",
  otherLanguage: "English",
  switchLanguage: "Switch the page to English",
  actionsLabel: "文件与校验",
  openFile: "打开 .xlsx 文件…",
  fileInputLabel: "选择要校验的 .xlsx 工作簿",
  examplesLabel: "示例工作簿",
  download: "下载标注副本",
  downloadHint: (fileName) => `${fileName}：问题单元格着色并加批注，另附“校验结果”表；原文件不变`,
  downloaded: (fileName) => `已生成 ${fileName}`,
  downloadFailed: "未能生成标注副本",
  phase: {
    read: "正在读取文件…",
    load: "正在启动校验组件…",
    parse: "正在解析工作簿…",
    sheets: "正在整理工作表…",
    check: "正在校验…",
    write: "正在生成标注副本…",
  },
  progressLabel: (phase, done, total) =>
    done !== undefined && total ? `${phase}（${Math.round((100 * done) / total)}%）` : phase,
  opened: (name, sheets) => `已打开 ${name}，共 ${sheets} 张工作表。点“校验”开始检查。`,
  openFailed: (name) => `无法打开 ${name}`,
  openCancelled: (name) => `已取消打开 ${name}，当前工作簿保持不变。`,
  cancelOpen: "取消打开",
  extraFilesIgnored: (names) =>
    `一次只打开一个文件：已打开第一个，另外 ${names.length} 个未打开（${names.join("、")}）。`,
  notXlsxName: "只能打开 .xlsx 工作簿。旧的 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。",
  emptyTitle: "把 .xlsx 文件拖到这里",
  emptyBody: "或点“打开 .xlsx 文件…”，也可以先试试上面的示例工作簿。",
  dropOverlay: "松开鼠标即可打开该文件",
  workbookHeading: (name) => name,
  sheetTabsLabel: "工作表",
  sheetTab: (name, hidden) => (hidden ? `${name}（隐藏）` : name),
  gridLabel: (sheet) => `工作表“${sheet}”`,
  gridHint: "点击单元格可查看内容和批注；选中后可用方向键移动。",
  cornerHeader: "行号",
  hiddenRow: (row) => `第 ${row} 行（在 Excel 中隐藏）`,
  hiddenColumn: (column) => `${column} 列（在 Excel 中隐藏）`,
  selection: (address, text, note) =>
    (text ? `${address}：${text}` : address) + (note ? ` — ${note}` : ""),
  nothingSelected: "未选中单元格",
  outlineLegend: "蓝色粗框：识别出的表格",
  resultsPanel: "结果与图例",
  listLimited: (shown, total) =>
    `共 ${total} 处问题，此处只列出前 ${shown} 处；全部问题见标注副本中的“校验结果”表。`,
  markText: (severityName, message) => `${severityName}：${message}`,
  targetsInPage: {
    intro:
      "用于本页的校验，并写入标注副本的“目标”表（指标 | 期间 | 条件 | 目标值 | 依据）；原文件不变。打开另一个文件时重新读取该文件的目标。",
    save: "应用到校验",
    saving: "正在应用…",
    saved: "本页的校验和标注副本使用这些目标",
    unsaved: "有未应用的修改",
    savedOnCheck: "校验前已应用修改后的目标。",
    invalidNotSaved: "目标有未填完整的修改，未应用；本次校验使用此前的目标。",
  },
  showCharts: "显示进度图表",
  chartsHeading: "进度图表",
  chartsIntro:
    "按校验结果绘制：各单位的目标与完成（柱形，左侧坐标轴），完成率与时序进度（折线，右侧百分比坐标轴）；各年度合计与计划目标。图表只在本页显示。",
  chartsLoading: "正在加载图表…",
  chartsFailed: "图表组件未能加载，请刷新页面后重试。各图的数据仍列在下方的表格中。",
  chartsDataFailed: (reason) => `未能计算进度图表的数据：${reason}`,
  chartsShown: (count) => (count > 0 ? `已显示 ${count} 张进度图表` : "没有可绘制的进度图表"),
  chartsCapped: (shown, total) => `数据较多，只绘制了前 ${shown} 张图表（共 ${total} 张）`,
  chartData: (title) => `图表数据：${title}`,
  unitsSummary: (units, behind, timeProgress, asOf) =>
    `${asOf}，共 ${units} 个单位，其中 ${behind} 个完成率低于时序进度（${timeProgress}）。`,
  indicatorSummary: (years, targets) =>
    `${years}各年度合计${targets ? `；计划目标：${targets}` : ""}。`,
  noValue: "—",
  chartTargetsConflict: (year, first, second) =>
    `${year}有两个不一致的计划目标：${first} 和 ${second}，图中都已画出（另一个为三角形标记），请核对以哪个为准。`,
  chartTargetsNotDrawn: "未画在图中的计划目标（不能与本表直接比较）：",
  chartTargetNotDrawn: (label, reason) => `${label}：${reason}`,
  privacy: {
    heading: "文件不出本机",
    text: "工作簿只在您的浏览器中读取和校验，不会上传到任何地方；本页面除加载自身文件外不发出任何网络请求。标注副本在浏览器中生成并直接下载，原文件不会被修改。",
  },
};
