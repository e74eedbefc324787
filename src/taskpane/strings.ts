/**
 * Every word the task pane shows, in Chinese and in English. The pane speaks Chinese unless Excel's display
 * language is something other than zh-*. Data messages (issues, the engine's reasons) come from the
 * message catalog and stay Chinese, because they quote the Chinese template.
 */
import type { IndicatorId, IndicatorStatus, Verdict } from '../engine/result';
import type { Stage } from '../engine/model';
import type { Severity } from '../engine/types';
import { INDICATOR_NAMES } from '../engine/messages';

export type Lang = 'zh' | 'en';

/** The phases of a run, reported to the progress indicator in this order. */
export type RunStep = 'reading' | 'computing' | 'writing' | 'highlighting';

export interface PaneStrings {
  lang: Lang;
  title: string;
  subtitle: string;
  templateSection: string;
  includeSample: string;
  insertTemplate: string;
  templateInserted: string;
  evaluate: string;
  clearResults: string;
  resultsCleared: string;
  /** The 自查自评报告 button, its progress line and what is said when the draft is offered for download. */
  draftReport: string;
  draftingReport: string;
  reportReady: (fileName: string) => string;
  compareSection: string;
  compareWithLastYear: string;
  compareHint: string;
  comparing: string;
  compareDone: string;
  /** The choices of `junheng compare` (--baseline, --force) and the 问题清单 download. */
  compareBaseline: string;
  compareForce: string;
  downloadProblems: string;
  problemsHint: string;
  makingProblems: string;
  problemsReady: (fileName: string) => string;
  working: string;
  steps: Record<RunStep, string>;
  cannotEvaluate: string;
  failed: string;
  dismiss: string;
  outOfDate: string;
  verdictHeading: string;
  verdictWords: Record<Verdict, string>;
  blockersHeading: string;
  noBlockers: string;
  coefficientsHeading: string;
  coefficientCaption: string;
  stageHeader: string;
  indicatorHeader: string;
  valueHeader: string;
  limitHeader: string;
  statusHeader: string;
  compositeLabel: (stage: string, value: string) => string;
  stageWords: Record<Stage, string>;
  /** Full indicator names (shown as a tooltip) and short ones that fit the narrow pane. */
  indicatorNames: Record<IndicatorId, string>;
  indicatorShort: Record<IndicatorId, string>;
  coefficientWords: { pass: string; fail: string; none: string };
  indicatorStatusWords: Record<IndicatorStatus, string>;
  issuesHeading: (count: number) => string;
  noIssues: string;
  issuesHint: string;
  moreIssues: (hidden: number) => string;
  severityWords: Record<Severity, string>;
  issueLocation: (sheet: string, cell: string | null) => string;
  settingsSection: string;
  loadSettings: string;
  settingsLoading: string;
  saveSettings: string;
  settingsSaved: string;
  settingsMissingSheet: string;
  settingsInvalid: string;
  notANumber: string;
  yes: string;
  no: string;
  notInExcel: string;
  unexpected: string;
}

const INDICATOR_NAMES_ZH: Readonly<Record<IndicatorId, string>> = INDICATOR_NAMES;

const zh: PaneStrings = {
  lang: 'zh',
  title: '均衡评估',
  subtitle: '县域义务教育优质均衡发展督导评估',
  templateSection: '标准模板',
  includeSample: '包含示例县数据',
  insertTemplate: '插入标准模板',
  templateInserted: '已插入模板工作表；工作簿中已有的工作表保持不变。',
  evaluate: '一键计算',
  clearResults: '清除结果',
  draftReport: '生成自评报告',
  draftingReport: '正在生成自评报告…',
  reportReady: (name) => `已生成自评报告初稿“${name}”，请在下载位置打开；带【待填写】的内容需人工补充。`,
  resultsCleared: '已清除评估结果工作表和标注。',
  compareSection: '年度对比',
  compareWithLastYear: '与上年比较…',
  compareHint: '选择本区县上一年度的工作簿（.xlsx）；文件只在本机读取，不会上传。',
  comparing: '正在比较两个年度…',
  compareDone: '已写入“年度对比”工作表。',
  compareBaseline: '所选工作簿为认定年度（以它为基准判定下滑）',
  compareForce: '区县名称不同或年度相同时仍比较',
  downloadProblems: '下载问题清单',
  problemsHint: '先选择上一年度的工作簿进行比较，再下载本年度的问题清单。',
  makingProblems: '正在生成问题清单…',
  problemsReady: (name) => `已生成问题清单“${name}”，请在下载位置打开；责任单位、整改时限可在表中填写。`,
  working: '正在处理…',
  steps: {
    reading: '正在读取工作簿…',
    computing: '正在计算各项指标…',
    writing: '正在写入结果工作表…',
    highlighting: '正在标注未达标单元格…',
  },
  cannotEvaluate: '无法计算',
  failed: '操作未完成',
  dismiss: '关闭提示',
  outOfDate: '输入数据已更改，下面的结果已过期，请重新点击“一键计算”。',
  verdictHeading: '评估结论',
  verdictWords: {
    pass: '达到优质均衡发展标准',
    fail: '未达到优质均衡发展标准',
    incomplete: '数据不全，暂无法认定',
  },
  blockersHeading: '影响认定的事项',
  noBlockers: '无：各项均达到评估标准。',
  coefficientsHeading: '校际差异系数',
  coefficientCaption: '14 项校际差异系数（学段 × 指标）',
  stageHeader: '学段',
  indicatorHeader: '指标',
  valueHeader: '差异系数',
  limitHeader: '上限',
  statusHeader: '结论',
  compositeLabel: (stage, value) => `${stage}综合差异系数：${value}`,
  stageWords: { primary: '小学', junior: '初中' },
  indicatorNames: INDICATOR_NAMES_ZH,
  indicatorShort: {
    L1: '高学历教师',
    L2: '骨干教师',
    L3: '体育艺术教师',
    L4: '教学辅助用房',
    L5: '体育场馆',
    L6: '仪器设备值',
    L7: '多媒体教室',
  },
  coefficientWords: { pass: '达标', fail: '未达标', none: '不可计算' },
  indicatorStatusWords: { pass: '达标', near: '未达标(≥85%)', fail: '未达标', missing: '待填报' },
  issuesHeading: (count) => `数据问题（${count} 条）`,
  noIssues: '未发现数据问题。',
  issuesHint: '点击一条问题（或按 Enter）可定位到对应单元格。',
  moreIssues: (hidden) => `另有 ${hidden} 条，请查看“数据问题”工作表。`,
  severityWords: { error: '错误', warning: '警告' },
  issueLocation: (sheet, cell) => (cell ? `${sheet}!${cell}` : sheet),
  settingsSection: '评估标准',
  loadSettings: '读取评估标准',
  settingsLoading: '正在读取评估标准…',
  saveSettings: '保存到“评估标准”工作表',
  settingsSaved: '评估标准已保存；重新计算后生效。',
  settingsMissingSheet: '工作簿中没有“评估标准”工作表，下面显示的是默认值；保存时将新建该工作表。',
  settingsInvalid: '有设置值无法识别，请先改正标红的项。',
  notANumber: '请输入数字',
  yes: '是',
  no: '否',
  notInExcel: '请在 Excel 中通过“开始”选项卡的“均衡评估”按钮打开本窗格。',
  unexpected: '发生意外错误',
};

const en: PaneStrings = {
  lang: 'en',
  title: 'Junheng',
  subtitle: 'County evaluation of high-quality balanced compulsory education',
  templateSection: 'Standard template',
  includeSample: 'Include the sample county',
  insertTemplate: 'Insert standard template',
  templateInserted: 'Template sheets inserted; sheets already in the workbook were left unchanged.',
  evaluate: 'Evaluate',
  clearResults: 'Clear results',
  draftReport: 'Draft self-evaluation report',
  draftingReport: 'Drafting the self-evaluation report…',
  reportReady: (name) => `Draft report "${name}" downloaded; passages marked 【待填写】 are for you to write.`,
  resultsCleared: 'Result sheets and highlights cleared.',
  compareSection: 'Year on year',
  compareWithLastYear: 'Compare with last year…',
  compareHint: "Pick the county's workbook of an earlier year (.xlsx); it is read on this computer and never uploaded.",
  comparing: 'Comparing the two years…',
  compareDone: 'The sheet 年度对比 has been written.',
  compareBaseline: 'The picked workbook is the recognition year (judge 下滑 against it)',
  compareForce: 'Compare even when the county names differ or the years are the same',
  downloadProblems: 'Download the 问题清单',
  problemsHint: "Compare with an earlier year's workbook first, then download this year's 问题清单.",
  makingProblems: 'Making the 问题清单…',
  problemsReady: (name) => `问题清单 "${name}" downloaded; 责任单位 and 整改时限 are for you to fill in.`,
  working: 'Working…',
  steps: {
    reading: 'Reading the workbook…',
    computing: 'Computing the indicators…',
    writing: 'Writing the result sheets…',
    highlighting: 'Highlighting cells that fall short…',
  },
  cannotEvaluate: 'Cannot evaluate',
  failed: 'The action did not complete',
  dismiss: 'Dismiss',
  outOfDate: 'The input data changed: the results below are out of date. Click Evaluate again.',
  verdictHeading: 'Verdict',
  verdictWords: {
    pass: 'Meets the high-quality balance standard',
    fail: 'Does not meet the high-quality balance standard',
    incomplete: 'Data incomplete: no verdict yet',
  },
  blockersHeading: 'Items blocking the verdict',
  noBlockers: 'None: every item meets its standard.',
  coefficientsHeading: 'Between-school coefficients of variation',
  coefficientCaption: 'The 14 coefficients of variation (stage × indicator)',
  stageHeader: 'Stage',
  indicatorHeader: 'Indicator',
  valueHeader: 'Coefficient',
  limitHeader: 'Limit',
  statusHeader: 'Status',
  compositeLabel: (stage, value) => `${stage} composite coefficient: ${value}`,
  stageWords: { primary: 'Primary', junior: 'Junior secondary' },
  indicatorNames: {
    L1: 'Teachers above the required degree per 100 students',
    L2: 'County-level or higher backbone teachers per 100 students',
    L3: 'PE and art teachers per 100 students',
    L4: 'Teaching and auxiliary floor area per student',
    L5: 'Sports ground and hall area per student',
    L6: 'Teaching equipment value per student',
    L7: 'Networked multimedia classrooms per 100 students',
  },
  indicatorShort: {
    L1: 'Degree teachers',
    L2: 'Backbone teachers',
    L3: 'PE and art teachers',
    L4: 'Teaching area',
    L5: 'Sports area',
    L6: 'Equipment value',
    L7: 'Multimedia rooms',
  },
  coefficientWords: { pass: 'Pass', fail: 'Fail', none: 'Not computable' },
  indicatorStatusWords: { pass: 'Pass', near: 'Fail (≥85%)', fail: 'Fail', missing: 'To be filled' },
  issuesHeading: (count) => `Data issues (${count})`,
  noIssues: 'No data issues found.',
  issuesHint: 'Click an issue (or press Enter) to go to its cell.',
  moreIssues: (hidden) => `${hidden} more: see the 数据问题 sheet.`,
  severityWords: { error: 'Error', warning: 'Warning' },
  issueLocation: (sheet, cell) => (cell ? `${sheet}!${cell}` : sheet),
  settingsSection: 'Evaluation standards (评估标准)',
  loadSettings: 'Read the standards',
  settingsLoading: 'Reading the standards…',
  saveSettings: 'Save to the 评估标准 sheet',
  settingsSaved: 'Standards saved; they apply from the next evaluation.',
  settingsMissingSheet: 'The workbook has no 评估标准 sheet: defaults are shown, and saving creates the sheet.',
  settingsInvalid: 'Some values cannot be read: correct the marked fields first.',
  notANumber: 'Enter a number',
  yes: 'Yes',
  no: 'No',
  notInExcel: 'Open this pane in Excel, from the Junheng button on the Home tab.',
  unexpected: 'Unexpected error',
};

/** Chinese for zh-* display languages (and when Excel does not say), English otherwise. */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'zh';
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The pane's words in one language. */
export function stringsFor(lang: Lang): PaneStrings {
  return lang === 'zh' ? zh : en;
}
