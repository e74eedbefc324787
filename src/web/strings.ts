/**
 * The words of the web page (均衡网页版) around the pane's result view, whose own words come from the pane's
 * strings. Chinese only: the page is for county statisticians working from the Chinese template.
 */
export const webStrings = {
  title: '均衡网页版',
  subtitle: '县域义务教育优质均衡发展督导评估：选择按标准模板填好的工作簿，在本机计算全部指标。',
  privacy: '工作簿只在这台电脑上读取和计算，不会上传到任何地方；本页面不联网也能使用。',
  choose: '选择工作簿',
  dropHint: '也可以把 .xlsx 工作簿拖到这里。',
  dropHere: '松开鼠标即可读取这个工作簿',
  downloadResult: '下载评估结果',
  downloadReport: '下载自评报告',
  compare: '与上年比较',
  compareHint: '比较时再选择本区县另一年度的工作簿（.xlsx），得到“年度对比”。',
  downloadCompare: '下载年度对比',
  downloadPlan: '下载创建规划',
  actionsLabel: '操作',
  reading: (name: string) => `正在读取并计算 ${name}…`,
  drafting: '正在生成自评报告…',
  writing: '正在写出评估结果工作簿…',
  comparing: '正在比较两个年度…',
  planning: '正在生成创建规划…',
  loaded: (name: string, ms: number) => `${name}：计算完成（${(ms / 1000).toFixed(2)} 秒）。`,
  downloaded: (name: string) => `已下载“${name}”，请在浏览器的下载位置打开。`,
  reportDownloaded: (name: string) => `已下载自评报告初稿“${name}”；带【待填写】的内容需人工补充。`,
  compareReady: (name: string) => `年度对比已完成，可下载“${name}”。`,
  cannotEvaluate: '无法计算',
  failed: '操作未完成',
  notXlsx: (name: string) => `“${name}”不是 .xlsx 工作簿。请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”后再选择。`,
  chooseFirst: '请先选择本年度的工作簿。',
  fileHeading: (name: string) => `当前工作簿：${name}`,
} as const;

export type WebStrings = typeof webStrings;
